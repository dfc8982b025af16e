import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms check, end to end")
struct CheckCommandTests {
    @Test("the example register passes its own check, warnings allowed")
    func exampleRegister() throws {
        let result = try IsmsBinary.run(["check", "-C", IsmsBinary.repositoryRoot, "--as-of", "2026-11-02"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("0 errors"))
        #expect(result.stdout.contains("warning[W400]"))
        // Under --strict the warnings fail the run.
        let strict = try IsmsBinary.run(["check", "-C", IsmsBinary.repositoryRoot, "--as-of", "2026-11-02", "--strict"])
        #expect(strict.status == 1)
    }

    @Test("text output matches the golden file")
    func textGolden() throws {
        let fixture = try BrokenFixture.make()
        let result = try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(result.status == 1)
        #expect(Golden.mismatch(result.stdout, golden: "check-broken.txt") == nil)
    }

    @Test("JSON output matches the golden file and parses")
    func jsonGolden() throws {
        let fixture = try BrokenFixture.make()
        let result = try IsmsBinary.run([
            "check", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--format", "json",
        ])
        #expect(result.status == 1)
        #expect(Golden.mismatch(result.stdout, golden: "check-broken.json") == nil)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let summary = object?["summary"] as? [String: Any]
        #expect(summary?["errors"] as? Int == 6)
        #expect((object?["findings"] as? [[String: Any]])?.first?["file"] as? String != nil)
    }

    @Test("a second run answers from .isms/cache with the same output; --no-cache reads everything")
    func cachedRun() throws {
        let fixture = try BrokenFixture.make()
        let past = Date(timeIntervalSinceNow: -3600)
        let files = FileManager.default.enumerator(atPath: fixture.root)
        while let relative = files?.nextObject() as? String {
            try FileManager.default.setAttributes(
                [.modificationDate: past], ofItemAtPath: fixture.root + "/" + relative)
        }
        let arguments = ["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--format", "json"]
        let uncached = try IsmsBinary.run(arguments + ["--no-cache"])
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/.isms/cache/records"))
        let first = try IsmsBinary.run(arguments)
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/.isms/cache/records"))
        let second = try IsmsBinary.run(arguments)
        #expect(first.status == 1 && second.status == 1)
        #expect(first.stdout == uncached.stdout)
        #expect(second.stdout == uncached.stdout)
        #expect(second.stderr.isEmpty)

        try Data("isms-record-cache 1 damaged\n".utf8).write(
            to: URL(fileURLWithPath: fixture.root + "/.isms/cache/records"))
        let damaged = try IsmsBinary.run(arguments)
        #expect(damaged.stdout == uncached.stdout)
        #expect(damaged.stderr.contains("isms: warning: ignoring the record cache .isms/cache/records"))
    }

    @Test("exit 2 for a folder that is not a register, and for a usage error")
    func usage() throws {
        let empty = try FixtureRegister(baseline: false)
        let none = try IsmsBinary.run(["check", "-C", empty.root])
        #expect(none.status == 2)
        #expect(none.stderr.contains("no isms.yaml"))
        let bad = try IsmsBinary.run(["check", "--format", "xml"])
        #expect(bad.status == 2)
        let date = try IsmsBinary.run(["check", "--as-of", "2026-13-01"])
        #expect(date.status == 2)
    }

    @Test("no colour when NO_COLOR is set or output is not a terminal")
    func noColour() throws {
        let fixture = try BrokenFixture.make()
        let result = try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("hostile text in a record cannot steer the terminal")
    func terminalEscapes() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/custom/x.yaml",
            FixtureRegister.control("X-1", title: "T").replacingOccurrences(of: "\"T\"", with: "\"\\e[31mRED\""))
        let result = try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("\\u{1b}[31m"))
    }
}

/// A fixture with one finding of several kinds, for the golden files.
enum BrokenFixture {
    static func make() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.remove("controls/annex-a/A.7.4.yaml")
        try fixture.write("controls/annex-a/A.8.1.yaml", FixtureRegister.control("A.8.1", title: "Laptops"))
        try fixture.write("controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own control"))
        try fixture.write(
            "controls/processing/news.yaml",
            ProcessingFixtures.activity(id: "news", basis: "consent", retention: "undetermined"))
        try fixture.write(
            "controls/parties/chat.yaml",
            ProcessingFixtures.party(id: "chat", role: "processor", country: "US", safeguard: "SCC"))
        try fixture.addEvidence("ev-old", folder: "evidence/old", collected: "2025-01-10", supports: ["chat", "ORG-9"])
        try fixture.write("evidence/stray.txt", "stray\n")
        return fixture
    }
}
