import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms export oscal, end to end")
struct ExportCommandTests {
    private static var schemaPath: String {
        IsmsBinary.repositoryRoot + "/schema/oscal_assessment-results_schema.xsd"
    }
    private static let xmllint = "/usr/bin/xmllint"

    private func export(_ directory: String, asOf: String = FixtureRegister.asOf, _ extra: [String] = []) throws
        -> IsmsBinary.Result
    {
        try IsmsBinary.run(["export", "oscal", "-C", directory, "--as-of", asOf] + extra)
    }

    /// Validates with xmllint against the official schema and with libxml2 through isms.
    private func expectValid(_ xml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let schema = try String(contentsOfFile: Self.schemaPath, encoding: .utf8)
        let messages = SchemaValidator.validate(xml: Array(xml.utf8), schema: schema)
        #expect(messages.isEmpty, "\(messages.prefix(3))", sourceLocation: sourceLocation)
        try #require(Shell.has(Self.xmllint), "xmllint (libxml2-utils) is not installed")
        let file = FileManager.default.temporaryDirectory.path + "/isms-export-\(UUID().uuidString).xml"
        try Data(xml.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try Shell.run(Self.xmllint, ["--noout", "--nonet", "--schema", Self.schemaPath, file])
        #expect(result.status == 0, "\(result.output)", sourceLocation: sourceLocation)
    }

    private func uuids(_ text: String) -> Set<String> {
        Set(
            text.matches(of: #/[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/#).map {
                String($0.0)
            })
    }

    @Test("export oscal writes valid OSCAL XML to standard output")
    func fixtureXML() throws {
        let fixture = try FixtureRegister()
        let result = try export(fixture.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessment-results "))
        try expectValid(result.stdout)
    }

    @Test("the example register exports valid XML and matching JSON as of 2026-11-02")
    func exampleRegister() throws {
        let xml = try export(IsmsBinary.repositoryRoot, asOf: "2026-11-02")
        #expect(xml.status == 0, "\(xml.stderr)")
        try expectValid(xml.stdout)
        let json = try export(IsmsBinary.repositoryRoot, asOf: "2026-11-02", ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
        let root = try #require((object as? [String: Any])?["assessment-results"] as? [String: Any])
        let result = try #require((root["results"] as? [[String: Any]])?.first)
        #expect((result["findings"] as? [Any])?.count == xml.stdout.components(separatedBy: "<finding uuid=").count - 1)
        #expect(
            (result["observations"] as? [Any])?.count
                == xml.stdout.components(separatedBy: "<observation uuid=").count - 1)
        #expect(uuids(json.stdout) == uuids(xml.stdout))
        #expect(uuids(xml.stdout).count > 100)
    }

    @Test("two runs give identical bytes")
    func deterministic() throws {
        let fixture = try FixtureRegister()
        for format in ["xml", "json"] {
            let first = try export(fixture.root, ["--format", format])
            let second = try export(fixture.root, ["--format", format])
            #expect(first.status == 0)
            #expect(first.stdout == second.stdout)
        }
    }

    @Test("errors in the register are exported as findings, noted on standard error, exit 0")
    func registerWithErrors() throws {
        let fixture = try FixtureRegister()
        try fixture.remove("evidence/policy/policy.txt")
        let result = try export(fixture.root)
        #expect(result.status == 0)
        #expect(result.stderr.contains("run `isms check`"))
        #expect(result.stdout.contains("<status state=\"not-satisfied\" reason=\"fail\"/>"))
        try expectValid(result.stdout)
    }

    @Test("usage errors and a missing register exit 2; an unreadable isms.yaml exits 1")
    func failures() throws {
        let fixture = try FixtureRegister()
        #expect(try export(fixture.root, ["--format", "yaml"]).status == 2)
        #expect(try export(fixture.root + "/nowhere").status == 2)
        try fixture.write("isms.yaml", "organisation: [\n")
        let broken = try export(fixture.root)
        #expect(broken.status == 1)
        #expect(broken.stdout.isEmpty)
        #expect(broken.stderr.contains("isms.yaml"))
    }

    @Test("help names the command, the formats and an example")
    func help() throws {
        let result = try IsmsBinary.run(["export", "oscal", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--format"))
        #expect(result.stdout.contains("isms export oscal"))
        let parent = try IsmsBinary.run(["export", "--help"])
        #expect(parent.stdout.contains("oscal"))
    }
}
