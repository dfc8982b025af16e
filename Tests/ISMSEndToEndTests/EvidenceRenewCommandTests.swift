import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms evidence renew, end to end")
struct EvidenceRenewCommandTests {
    private let record = "evidence/policy/ev-policy.evidence.yaml"
    private let newPolicy = "Information security policy, version 2, approved by the board.\n"

    private func source(_ name: String, _ content: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-src-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("E304 before; renew re-pins the changed file and sets collected; isms check is clean after")
    func repins() throws {
        let fixture = try FixtureRegister()
        try fixture.write("evidence/policy/policy.txt", newPolicy)
        let before = try IsmsBinary.run(["check", "--as-of", "2026-06-01"], in: fixture.root)
        #expect(before.status == 1)
        #expect(before.stdout.contains("E304"))
        let original = try fixture.text(record)
        let result = try IsmsBinary.run(
            ["evidence", "renew", "ev-policy", "--collected", "2026-05-30", "-C", fixture.root])
        #expect(result.status == 0, "\(result.stderr)")
        let digest = try FixtureRegister.sha256(of: newPolicy)
        let old = try FixtureRegister.sha256(of: FixtureRegister.policyText)
        #expect(
            result.stdout
                == """
                evidence/policy/policy.txt: re-pinned, sha256 \(old.prefix(12))… → \(digest.prefix(12))…
                \(record): collected 2026-03-01 → 2026-05-30

                """)
        #expect(
            try fixture.text(record)
                == original.replacingOccurrences(of: "2026-03-01", with: "2026-05-30")
                .replacingOccurrences(of: old, with: digest))
        let after = try IsmsBinary.run(["check", "--as-of", "2026-06-01"], in: fixture.root)
        #expect(after.status == 0, "\(after.stdout)")
        #expect(after.stdout.contains("0 errors, 0 warnings"), "\(after.stdout)")
    }

    @Test(
        "FILE replaces the record's file: copied beside the record, listed and pinned; the old one is left and reported"
    )
    func replaces() throws {
        let fixture = try FixtureRegister()
        let file = try source("policy-2026.txt", newPolicy)
        let result = try IsmsBinary.run(
            ["evidence", "renew", "ev-policy", file, "--collected", "2026-05-30", "-C", fixture.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("evidence/policy/policy-2026.txt: added, sha256 "))
        #expect(result.stdout.contains("evidence/policy/policy.txt: no longer listed, left in place"))
        #expect(try fixture.text("evidence/policy/policy-2026.txt") == newPolicy)
        #expect(FileManager.default.fileExists(atPath: file), "copied, not moved")
        let report = try fixture.check()
        #expect(report.diagnostics.sorted.map(\.code) == [.orphanEvidenceFile], "\(report.diagnostics.sorted)")
        let renewed = try #require(report.register.evidence.first)
        #expect(renewed.files.map(\.path) == ["policy-2026.txt"])
        #expect(renewed.sha256 == ["policy-2026.txt": try FixtureRegister.sha256(of: newPolicy)])
        #expect(renewed.collected == CalendarDate("2026-05-30"))
    }

    @Test("FILE with the name of the record's own file replaces its content; the check is clean")
    func replacesSameName() throws {
        let fixture = try FixtureRegister()
        let file = try source("policy.txt", newPolicy)
        let result = try IsmsBinary.run(
            ["evidence", "renew", "ev-policy", file, "--collected", "2026-05-30", "-C", fixture.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("evidence/policy/policy.txt: replaced, sha256 "))
        #expect(try fixture.text("evidence/policy/policy.txt") == newPolicy)
        #expect(try fixture.codes().isEmpty)
    }

    @Test("a file of the record that leaves the register is refused, exit 1, and nothing changes")
    func outside() throws {
        let fixture = try FixtureRegister()
        let outside = try source("secret.txt", "secret\n")
        try FileManager.default.removeItem(atPath: fixture.root + "/evidence/policy/policy.txt")
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root + "/evidence/policy/policy.txt", withDestinationPath: outside)
        let original = try fixture.text(record)
        let result = try IsmsBinary.run(["evidence", "renew", "ev-policy", "-C", fixture.root])
        #expect(result.status == 1)
        #expect(result.stderr.contains("resolves outside the register"), "\(result.stderr)")
        #expect(try fixture.text(record) == original)
        try fixture.write(record, original.replacingOccurrences(of: "[\"policy.txt\"]", with: "[\"../../../x.txt\"]"))
        let dotdot = try IsmsBinary.run(["evidence", "renew", "ev-policy", "-C", fixture.root])
        #expect(dotdot.status == 1)
        #expect(dotdot.stderr.contains("leaves the register"), "\(dotdot.stderr)")
    }

    @Test(
        "FILE that is not a regular file, or an existing file of another record, is refused as evidence add refuses it")
    func refusedFiles() throws {
        let fixture = try FixtureRegister()
        try fixture.addEvidence("ev-other", folder: "evidence/policy", file: "other.txt", supports: ["A.5.1"])
        let original = try fixture.text(record)
        let folder = FileManager.default.temporaryDirectory.path + "/isms-src-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        for path in [folder, folder + "/pipe"] {
            let result = try IsmsBinary.run(["evidence", "renew", "ev-policy", path, "-C", fixture.root])
            #expect(result.status == 1)
            #expect(result.stderr.contains("not a regular file"))
        }
        let clash = try IsmsBinary.run(
            ["evidence", "renew", "ev-policy", try source("other.txt", "mine"), "-C", fixture.root])
        #expect(clash.status == 1)
        #expect(clash.stderr.contains("never overwrites other evidence"), "\(clash.stderr)")
        #expect(try fixture.text("evidence/policy/other.txt") == FixtureRegister.policyText)
        #expect(try fixture.text(record) == original)
    }

    @Test("an unknown id is refused with the closest id; a future date, a bad date and no register are refused")
    func refusals() throws {
        let fixture = try FixtureRegister()
        let unknown = try IsmsBinary.run(["evidence", "renew", "ev-polcy", "-C", fixture.root])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean `ev-policy`?"), "\(unknown.stderr)")
        let future = try IsmsBinary.run(
            ["evidence", "renew", "ev-policy", "--collected", "2999-01-01", "-C", fixture.root])
        #expect(future.status == 1)
        #expect(future.stderr.contains("after today"))
        let invalid = try IsmsBinary.run(
            ["evidence", "renew", "ev-policy", "--collected", "2026-02-30", "-C", fixture.root])
        #expect(invalid.status == 2)
        let empty = FileManager.default.temporaryDirectory.path + "/isms-empty-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let none = try IsmsBinary.run(["evidence", "renew", "ev-policy", "-C", empty])
        #expect(none.status == 2)
    }

    @Test("--dry-run prints the changes and writes nothing; --help shows an example")
    func dryRunAndHelp() throws {
        let fixture = try FixtureRegister()
        try fixture.write("evidence/policy/policy.txt", newPolicy)
        let original = try fixture.text(record)
        let file = try source("policy-2026.txt", newPolicy)
        for arguments in [["ev-policy"], ["ev-policy", file]] {
            let result = try IsmsBinary.run(["evidence", "renew"] + arguments + ["--dry-run", "-C", fixture.root])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("collected 2026-03-01 → "))
            #expect(result.stdout.hasSuffix("dry run: nothing was written\n"))
        }
        #expect(try fixture.text(record) == original)
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/evidence/policy/policy-2026.txt"))
        let help = try IsmsBinary.run(["evidence", "renew", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("isms evidence renew ev-backup-log"))
    }
}
