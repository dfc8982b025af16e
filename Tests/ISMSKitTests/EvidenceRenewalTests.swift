import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

@Suite("evidence renew: the record is edited in place, written whole or not at all")
struct EvidenceRenewalTests {
    private let path = "evidence/policy/ev-policy.evidence.yaml"
    private let newText = "Information security policy, version 2.\n"

    /// A record written by hand: comments, quoting, flow and block lists, keys in an odd order.
    private func handWritten(_ fixture: FixtureRegister) throws -> String {
        let digest = try FixtureRegister.sha256(of: FixtureRegister.policyText)
        let supports = AnnexACatalog.controls.map(\.id) + ClauseCatalog.documentedInformation.map(\.id)
        let text = """
            # The policy as the board approved it.
            id: ev-policy
            supports: [\(supports.map { "\"\($0)\"" }.joined(separator: ", "))]
            collected: "2026-03-01"   # the board's meeting
            title: Évidence ev-policy
            files: ["policy.txt"]  # one file
            owner: CISO
            sha256:
              # pinned when added
              "policy.txt": \(digest.uppercased())  # upper case is read too
            # trailing comment

            """
        try fixture.write(path, text)
        return text
    }

    private func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    private func recordText(_ fixture: FixtureRegister) throws -> String {
        try String(contentsOfFile: fixture.root + "/" + path, encoding: .utf8)
    }

    @Test("re-pinning changes only the collected value and the digest; comments and other keys stay byte for byte")
    func repinEditsInPlace() throws {
        let fixture = try FixtureRegister()
        let before = try handWritten(fixture)
        try fixture.write("evidence/policy/policy.txt", newText)
        #expect(try fixture.codes().contains("E304"))
        let report = try EvidenceRenewal.renew(
            EvidenceRenewalRequest(id: "ev-policy", collected: CalendarDate("2026-05-20")!), in: try fixture.load())
        let after = try recordText(fixture)
        let digest = try FixtureRegister.sha256(of: newText)
        var expected = lines(before)
        expected[3] = #"collected: "2026-05-20"   # the board's meeting"#
        expected[9] = "  \"policy.txt\": \(digest)  # upper case is read too"
        #expect(lines(after) == expected)
        #expect(report.lines.count == 2)
        #expect(report.lines[0].hasPrefix("evidence/policy/policy.txt: re-pinned, sha256 "))
        #expect(report.lines[1] == "\(path): collected 2026-03-01 → 2026-05-20")
        // Read back by the loader, and the check is clean.
        let check = try fixture.check()
        #expect(check.diagnostics.findings.isEmpty, "\(check.diagnostics.sorted)")
        let record = try #require(check.register.evidence.first)
        #expect(record.collected == CalendarDate("2026-05-20"))
        #expect(record.sha256 == ["policy.txt": digest])
        #expect(record.title == "Évidence ev-policy")
    }

    @Test("replacing the files rewrites the flow list and the pin lines only; the old file stays, and is reported")
    func replaceEditsInPlace() throws {
        let fixture = try FixtureRegister()
        let before = try handWritten(fixture)
        let source = fixture.root + "/../isms-renew-src-" + UUID().uuidString + "/policy-v2.txt"
        try FileManager.default.createDirectory(
            atPath: (source as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(newText.utf8).write(to: URL(fileURLWithPath: source))
        let report = try EvidenceRenewal.renew(
            EvidenceRenewalRequest(id: "ev-policy", collected: CalendarDate("2026-05-20")!, files: [source]),
            in: try fixture.load())
        let digest = try FixtureRegister.sha256(of: newText)
        var expected = lines(before)
        expected[3] = #"collected: "2026-05-20"   # the board's meeting"#
        expected[5] = #"files: ["policy-v2.txt"]  # one file"#
        expected[9] = "  \"policy-v2.txt\": \(digest)"
        #expect(lines(try recordText(fixture)) == expected)
        #expect(report.lines.contains { $0.hasPrefix("evidence/policy/policy-v2.txt: added, sha256 ") })
        #expect(report.lines.contains { $0.hasPrefix("evidence/policy/policy.txt: no longer listed, left in place") })
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/evidence/policy/policy.txt"))
        #expect(try fixture.codes() == ["W301"])
    }

    @Test("block lists: the item lines are replaced with the same indentation; a new pin joins the block")
    func blockLists() throws {
        let fixture = try FixtureRegister()
        let digest = try FixtureRegister.sha256(of: FixtureRegister.policyText)
        try fixture.write("evidence/policy/extra.txt", "extra\n")
        let before = """
            id: ev-policy
            title: Policy
            collected: 2026-03-01
            owner: CISO
            files:
                -   policy.txt
                -   extra.txt
            supports: [A.5.1]
            sha256:
                policy.txt: \(digest)
            example: false
            """
        try fixture.write(path, before)
        _ = try EvidenceRenewal.renew(
            EvidenceRenewalRequest(id: "ev-policy", collected: CalendarDate("2026-04-01")!), in: try fixture.load())
        let extra = try FixtureRegister.sha256(of: "extra\n")
        var expected = lines(before)
        expected[2] = "collected: 2026-04-01"
        expected.insert("    \"extra.txt\": \(extra)", at: 10)
        #expect(lines(try recordText(fixture)) == expected)
        let record = try #require(try fixture.load().register.evidence.first)
        #expect(record.sha256 == ["policy.txt": digest, "extra.txt": extra])
    }

    @Test("a record changed on disk between reading and the rename is left as the other writer wrote it")
    func changedBeforeRename() throws {
        let fixture = try FixtureRegister()
        _ = try handWritten(fixture)
        let source = fixture.root + "/../isms-renew-src-" + UUID().uuidString + "/policy-v2.txt"
        try FileManager.default.createDirectory(
            atPath: (source as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(newText.utf8).write(to: URL(fileURLWithPath: source))
        let loaded = try fixture.load()
        let concurrent = "# edited by someone else meanwhile\n" + (try recordText(fixture))
        var hooks = RenewalHooks()
        hooks.beforeRecordRename = { try? fixture.write(path, concurrent) }
        #expect {
            try EvidenceRenewal.renew(
                EvidenceRenewalRequest(id: "ev-policy", collected: CalendarDate("2026-05-20")!, files: [source]),
                in: loaded, hooks: hooks)
        } throws: { ($0 as? IntakeError)?.description.contains("changed on disk") == true }
        #expect(try recordText(fixture) == concurrent)
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/evidence/policy/policy-v2.txt"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root + "/evidence/policy")
        #expect(leftovers.sorted() == ["ev-policy.evidence.yaml", "policy.txt"])
    }

    @Test("a record that does not read back as intended is put back, and a replaced file with it")
    func readBackUndone() throws {
        let fixture = try FixtureRegister()
        let before = try handWritten(fixture)
        let source = fixture.root + "/../isms-renew-src-" + UUID().uuidString + "/policy.txt"
        try FileManager.default.createDirectory(
            atPath: (source as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(newText.utf8).write(to: URL(fileURLWithPath: source))
        var hooks = RenewalHooks()
        hooks.afterRecordWrite = {
            // A write that went wrong: the title is no longer what it was.
            let text = (try? String(contentsOfFile: fixture.root + "/" + path, encoding: .utf8)) ?? ""
            try? fixture.write(path, text.replacingOccurrences(of: "Évidence", with: "Evidence"))
        }
        #expect {
            try EvidenceRenewal.renew(
                EvidenceRenewalRequest(id: "ev-policy", collected: CalendarDate("2026-05-20")!, files: [source]),
                in: try fixture.load(), hooks: hooks)
        } throws: { ($0 as? IntakeError)?.description.contains("did not read back as intended") == true }
        #expect(try recordText(fixture) == before)
        #expect(
            try String(contentsOfFile: fixture.root + "/evidence/policy/policy.txt", encoding: .utf8)
                == FixtureRegister.policyText)
    }

    @Test("a file that leaves the register, through `..` or a symbolic link, is refused and never opened")
    func outside() throws {
        let fixture = try FixtureRegister()
        let outside = fixture.root + "/../isms-outside-" + UUID().uuidString
        try Data("secret\n".utf8).write(to: URL(fileURLWithPath: outside))
        defer { try? FileManager.default.removeItem(atPath: outside) }
        for written in ["../../../" + (outside as NSString).lastPathComponent, "link.txt"] {
            try? fixture.remove("evidence/policy/link.txt")
            try FileManager.default.createSymbolicLink(
                atPath: fixture.root + "/evidence/policy/link.txt", withDestinationPath: outside)
            let text = """
                id: ev-policy
                title: Policy
                collected: 2026-03-01
                owner: CISO
                files: ["\(written)"]
                supports: [A.5.1]

                """
            try fixture.write(path, text)
            #expect {
                try EvidenceRenewal.renew(
                    EvidenceRenewalRequest(id: "ev-policy", collected: CalendarDate("2026-05-20")!),
                    in: try fixture.load())
            } throws: {
                let message = ($0 as? IntakeError)?.description ?? ""
                return message.contains("leaves the register") || message.contains("resolves outside the register")
            }
            #expect(try recordText(fixture) == text)
        }
    }

    @Test("unknown id: refused with the closest id; a new collected date after `expires`: refused")
    func refusals() throws {
        let fixture = try FixtureRegister()
        #expect {
            try EvidenceRenewal.renew(
                EvidenceRenewalRequest(id: "ev-polcy", collected: CalendarDate("2026-05-20")!), in: try fixture.load())
        } throws: { ($0 as? IntakeError)?.description.contains("did you mean `ev-policy`?") == true }
        try fixture.addEvidence(
            "ev-policy", supports: ["A.5.1"], extra: "expires: 2026-04-30")
        #expect {
            try EvidenceRenewal.renew(
                EvidenceRenewalRequest(id: "ev-policy", collected: CalendarDate("2026-05-20")!), in: try fixture.load())
        } throws: { ($0 as? IntakeError)?.description.contains("expires on 2026-04-30") == true }
    }
}
