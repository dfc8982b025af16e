import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms evidence add, end to end")
struct EvidenceAddCommandTests {
    private func source(_ name: String, _ content: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-src-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("copies the files, writes a pinned record, prints its path, and the check accepts it")
    func adds() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own"))
        let file = try source("toegangsreview “Q1”.csv", "naam,rol\nJosé,beheerder\n")
        let result = try IsmsBinary.run(
            [
                "evidence", "add", file, "--supports", "ORG-1", "A.5.15", "--collected", "2026-04-01", "--owner",
                "CISO",
                "--to", "evidence/access",
            ], in: fixture.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "evidence/access/toegangsreview-q1.evidence.yaml\n")
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/evidence/access/toegangsreview “Q1”.csv"))
        #expect(FileManager.default.fileExists(atPath: file), "copied, not moved")
        let report = try fixture.check()
        #expect(report.diagnostics.findings.isEmpty, "\(report.diagnostics.sorted)")
        let record = report.register.evidence.first { $0.id == "ev-toegangsreview-q1" }
        #expect(record?.sha256.count == 1)
        #expect(record?.supports == ["ORG-1", "A.5.15"])
    }

    @Test(
        "without --title and --owner: the file's name without extension, and the security officer's role without contact details"
    )
    func defaults() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "isms.yaml",
            FixtureRegister.settings.replacingOccurrences(
                of: "security-officer: Security Officer",
                with: "security-officer: Security Officer (via privacy@fixture.example, 030 123 45 67)"))
        let file = try source("access-review-2026.csv", "naam,rol\n")
        let result = try IsmsBinary.run(["evidence", "add", file, "--supports", "A.5.15", "-C", fixture.root])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(try fixture.load().register.evidence.first { $0.id == "ev-access-review-2026" })
        #expect(record.title == "access-review-2026")
        #expect(record.owner == "Security Officer")
        let text = try String(contentsOfFile: fixture.root + "/" + record.origin.path, encoding: .utf8)
        #expect(!text.contains("@") && !text.contains("030"), "no contact details in the record")
    }

    @Test("--expires writes `expires:`, --current-until-expires the key; the check keeps the agreement current")
    func expires() throws {
        let fixture = try FixtureRegister()
        let file = try source("dpa.txt", "Processing agreement, valid until 2029-12-31.\n")
        let result = try IsmsBinary.run(
            [
                "evidence", "add", file, "--supports", "A.5.20", "--collected", "2024-01-15", "--expires", "2029-12-31",
                "--current-until-expires", "--to", "evidence/suppliers", "-C", fixture.root,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: fixture.root + "/evidence/suppliers/dpa.evidence.yaml", encoding: .utf8)
        #expect(text.contains("\nexpires: 2029-12-31\ncurrent-until-expires: true\n"))
        let report = try fixture.check()
        #expect(report.diagnostics.findings.isEmpty, "\(report.diagnostics.sorted)")
        let record = report.register.evidence.first { $0.id == "ev-dpa" }
        #expect(record?.expires == CalendarDate("2029-12-31"))
        #expect(record?.currentUntilExpires == true)
    }

    @Test("--expires before --collected is refused, an invalid date is a usage error, and nothing is written")
    func expiresRefused() throws {
        let fixture = try FixtureRegister()
        let file = try source("dpa.txt", "agreement")
        let early = try IsmsBinary.run(
            [
                "evidence", "add", file, "--supports", "A.5.20", "--collected", "2026-03-01", "--expires", "2026-02-28",
                "-C", fixture.root,
            ])
        #expect(early.status == 1)
        #expect(
            early.stderr.contains("--expires 2026-02-28 is before the collected date 2026-03-01"), "\(early.stderr)")
        let invalid = try IsmsBinary.run(
            ["evidence", "add", file, "--supports", "A.5.20", "--expires", "2026-02-30", "-C", fixture.root])
        #expect(invalid.status == 2, "\(invalid.stderr)")
        let alone = try IsmsBinary.run(
            ["evidence", "add", file, "--supports", "A.5.20", "--current-until-expires", "-C", fixture.root])
        #expect(alone.status == 2)
        #expect(alone.stderr.contains("needs --expires"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/evidence/a-5-20"))
    }

    @Test("--move removes the source")
    func moves() throws {
        let fixture = try FixtureRegister()
        let file = try source("scan.pdf", "%PDF")
        let result = try IsmsBinary.run(["evidence", "add", file, "--supports", "A.5.1", "--move", "-C", fixture.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/evidence/a-5-1/scan.pdf"))
    }

    @Test("refuses an unknown id with the closest one, and writes nothing")
    func unknownID() throws {
        let fixture = try FixtureRegister()
        let file = try source("scan.pdf", "%PDF")
        let result = try IsmsBinary.run(["evidence", "add", file, "--supports", "A.5.99", "-C", fixture.root])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/evidence/a-5-99"))
    }

    @Test("refuses an existing record or file of the same name, and never overwrites")
    func noOverwrite() throws {
        let fixture = try FixtureRegister()
        let file = try source("policy.txt", "another policy")
        let result = try IsmsBinary.run(
            [
                "evidence", "add", file, "--supports", "A.5.1", "--title", "new", "--to", "evidence/policy", "-C",
                fixture.root,
            ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("already exists"))
        #expect(
            try String(contentsOfFile: fixture.root + "/evidence/policy/policy.txt", encoding: .utf8)
                == FixtureRegister.policyText)
        let again = try IsmsBinary.run([
            "evidence", "add", try source("a.txt", "a"), "--supports", "A.5.1", "--title", "Policy 2", "--to",
            "evidence/other", "-C", fixture.root,
        ])
        #expect(again.status == 0)
        let twice = try IsmsBinary.run([
            "evidence", "add", try source("b.txt", "b"), "--supports", "A.5.1", "--title", "Policy 2", "--to",
            "evidence/third", "-C", fixture.root,
        ])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("ev-policy-2"))
    }

    @Test("refuses a folder or a FIFO without blocking")
    func notRegular() throws {
        let fixture = try FixtureRegister()
        let folder = FileManager.default.temporaryDirectory.path + "/isms-src-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        for path in [folder, folder + "/pipe"] {
            let result = try IsmsBinary.run(["evidence", "add", path, "--supports", "A.5.1", "-C", fixture.root])
            #expect(result.status == 1)
            #expect(result.stderr.contains("not a regular file"))
        }
    }

    @Test("refuses --to outside evidence/")
    func outside() throws {
        let fixture = try FixtureRegister()
        let result = try IsmsBinary.run(
            [
                "evidence", "add", try source("x.txt", "x"), "--supports", "A.5.1", "--to", "evidence/../controls",
                "-C", fixture.root,
            ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("under evidence/"))
    }

    @Test("many runs at once in one register all succeed and lose no record")
    func concurrent() async throws {
        let fixture = try FixtureRegister()
        let count = 8
        var sources: [String] = []
        for index in 0..<count { sources.append(try source("log-\(index).txt", "log \(index)\n")) }
        let root = fixture.root
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for (index, file) in sources.enumerated() {
                // Half of them into one shared new folder, half into folders of their own.
                let folder = index % 2 == 0 ? "evidence/shared" : "evidence/own-\(index)"
                group.addTask {
                    try IsmsBinary.run([
                        "evidence", "add", file, "--supports", "A.8.15", "--to", folder, "--collected", "2026-04-01",
                        "-C", root,
                    ])
                    .status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.allSatisfy { $0 == 0 }, "\(statuses)")
        let report = try fixture.check()
        #expect(report.register.evidence.count == count + 1)
        #expect(report.diagnostics.findings.isEmpty, "\(report.diagnostics.sorted)")
    }

    /// Runs `isms evidence add` and kills it with SIGKILL after `delay` microseconds.
    private func addKilled(_ arguments: [String], in root: String, after delay: UInt32) throws -> Bool {
        let process = Process()
        process.executableURL = IsmsBinary.url
        process.arguments = ["evidence", "add"] + arguments + ["-C", root]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }

    @Test("kill -9 at random points: the new evidence is there whole or not at all, never a half-written record")
    func killedMidway() throws {
        let fixture = try FixtureRegister()
        // 48 MiB makes the copy slow enough to be interrupted at many points.
        let folder = FileManager.default.temporaryDirectory.path + "/isms-src-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/dump-0.bin", contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/dump-0.bin"))
        for _ in 0..<48 { try handle.write(contentsOf: Data(repeating: 0xA5, count: 1 << 20)) }
        try handle.close()
        var interrupted = 0
        for round in 0..<16 {
            let name = "dump-\(round).bin"
            if round > 0 { #expect(link(folder + "/dump-0.bin", folder + "/" + name) == 0) }
            // Even rounds add into a new folder (one rename brings file and record), odd rounds into
            // the existing evidence/policy (the file first, the record last).
            let target = round % 2 == 0 ? "evidence/round-\(round)" : "evidence/policy"
            if try addKilled(
                [folder + "/" + name, "--supports", "A.5.1", "--collected", "2026-04-01", "--to", target],
                in: fixture.root,
                after: UInt32(2_000 + (round * 53_000) % 400_000))
            {
                interrupted += 1
            }
            let report = try fixture.check()
            let findings = report.diagnostics.findings
            // No record is ever half-written or unpinned: nothing but an unrecorded file (W301)
            // can be left, and only in the existing folder.
            #expect(
                findings.allSatisfy {
                    $0.code == .orphanEvidenceFile && $0.location.path.hasPrefix("evidence/policy/")
                },
                "round \(round): \(findings)")
            let record = report.register.evidence.first { $0.id == "ev-dump-\(round)" }
            if let record {
                #expect(record.sha256.count == 1)
                #expect(report.files[record.id]?.allSatisfy(\.usable) == true)
            } else if round % 2 == 0 {
                #expect(!FileManager.default.fileExists(atPath: fixture.root + "/" + target), "round \(round)")
            }
        }
        #expect(interrupted > 0)
        // A run to completion afterwards still works.
        let finished = try IsmsBinary.run(
            [
                "evidence", "add", folder + "/dump-0.bin", "--supports", "A.5.1", "--collected", "2026-04-01", "--to",
                "evidence/final", "-C", fixture.root,
            ])
        #expect(finished.status == 0, "\(finished.stderr)")
        let after = try fixture.check().diagnostics.findings
        #expect(after.allSatisfy { $0.code == .orphanEvidenceFile }, "\(after)")
    }
}
