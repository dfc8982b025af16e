import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// With every write flushed to the disk (issue 19, item 4), adding evidence and packing still
/// work through the binary, and the pack verifies.
@Suite("durable writes, end to end: evidence add, then a pack that verifies")
struct DurableWriteTests {
    @Test("evidence add into a new folder and into an existing one, then pack --zip and verify both")
    func addThenPack() throws {
        let fixture = try FixtureRegister()
        let sources = FileManager.default.temporaryDirectory.path + "/isms-durable-src-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: sources) }
        for name in ["export-1.log", "export-2.log", "review.csv"] {
            try Data("\(name)\n".utf8).write(to: URL(fileURLWithPath: sources + "/" + name))
        }
        let first = try IsmsBinary.run(
            [
                "evidence", "add", sources + "/export-1.log", sources + "/export-2.log", "--supports", "A.8.15",
                "--collected", "2026-04-01", "--title", "Log export", "--to", "evidence/logs",
            ], in: fixture.root)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try IsmsBinary.run(
            [
                "evidence", "add", sources + "/review.csv", "--supports", "A.5.15", "--collected", "2026-04-02",
                "--to", "evidence/logs",
            ], in: fixture.root)
        #expect(second.status == 0, "\(second.stderr)")
        let check = try IsmsBinary.run(["check", "--no-cache", "--as-of", FixtureRegister.asOf], in: fixture.root)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let pack = try IsmsBinary.run(["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--zip"])
        #expect(pack.status == 0, "\(pack.stdout)\(pack.stderr)")
        for target in [fixture.root + "/reports/2026", fixture.root + "/reports/2026.zip"] {
            let verify = try IsmsBinary.run(["verify", target])
            #expect(verify.status == 0, "\(target): \(verify.stdout)\(verify.stderr)")
        }
        let copied = fixture.root + "/reports/2026/evidence/logs/export-2.log"
        #expect(try String(contentsOfFile: copied, encoding: .utf8) == "export-2.log\n")
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: fixture.root + "/.isms/tmp")) ?? []
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
