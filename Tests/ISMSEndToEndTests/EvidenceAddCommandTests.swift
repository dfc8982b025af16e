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
}
