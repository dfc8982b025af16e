import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// compliance-trestle (`python3 -m pip install compliance-trestle`), IBM's OSCAL library: its
/// pydantic models are an OSCAL reader independent of isms. Looked up once.
private let trestleInstalled: Bool = {
    guard let result = try? Shell.run("/usr/bin/env", ["python3", "-c", "import trestle.oscal.assessment_results"])
    else { return false }
    return result.status == 0
}()

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

    @Test("--href-base puts the pack folder before every evidence href, for a document kept beside the pack")
    func hrefBase() throws {
        let fixture = try FixtureRegister()
        let plain = try export(fixture.root)
        #expect(plain.stdout.contains("href=\"evidence/policy/policy.txt\""))
        let beside = try export(fixture.root, ["--href-base", "2026/"])
        #expect(beside.status == 0, "\(beside.stderr)")
        #expect(beside.stdout.contains("href=\"2026/evidence/policy/policy.txt\""))
        #expect(!beside.stdout.contains("href=\"evidence/"))
        try expectValid(beside.stdout)
        for bad in ["../2026", "/tmp", "https://x", "a//b", "./2026"] {
            let refused = try export(fixture.root, ["--href-base", bad])
            #expect(refused.status == 2, "\(bad)")
            #expect(refused.stderr.contains("--href-base must be a relative folder"), "\(bad)")
        }
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
        // The twelve risks, and the findings' links to them, in both formats.
        let risks = try #require(result["risks"] as? [[String: Any]])
        #expect(risks.count == 12)
        #expect(risks.count == xml.stdout.components(separatedBy: "<risk uuid=").count - 1)
        let related = (result["findings"] as? [[String: Any]] ?? []).flatMap {
            ($0["related-risks"] as? [[String: Any]] ?? []).compactMap { $0["risk-uuid"] as? String }
        }
        #expect(!related.isEmpty)
        #expect(related.count == xml.stdout.components(separatedBy: "<associated-risk risk-uuid=").count - 1)
    }

    @Test(
        "compliance-trestle loads the exported JSON with its AssessmentResults model",
        .enabled(
            if: trestleInstalled, "compliance-trestle is not installed (python3 -m pip install compliance-trestle)"))
    func trestleLoads() throws {
        let fixture = try ReportFixture.makeWithRisks()
        for (directory, asOf) in [(IsmsBinary.repositoryRoot, "2026-11-02"), (fixture.root, FixtureRegister.asOf)] {
            let json = try export(directory, asOf: asOf, ["--format", "json"])
            #expect(json.status == 0, "\(json.stderr)")
            let file = FileManager.default.temporaryDirectory.path + "/isms-trestle-\(UUID().uuidString).json"
            try Data(json.stdout.utf8).write(to: URL(fileURLWithPath: file))
            defer { try? FileManager.default.removeItem(atPath: file) }
            // Both of trestle's entry points: the wrapper model, and oscal_read as trestle's commands read files.
            let script = """
                import pathlib, sys
                from trestle.oscal.assessment_results import AssessmentResults, Model
                path = pathlib.Path(sys.argv[1])
                Model.model_validate_json(path.read_text(encoding="utf-8"))
                result = AssessmentResults.oscal_read(path).results[0]
                findings = result.findings or []
                print("counts", len(findings), len(result.observations or []), len(result.risks or []),
                      sum(len(f.related_risks or []) for f in findings))
                """
            let trestle = try Shell.run("/usr/bin/env", ["python3", "-c", script, file])
            #expect(trestle.status == 0, "\(trestle.output)")
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
            let root = try #require((object as? [String: Any])?["assessment-results"] as? [String: Any])
            let result = try #require((root["results"] as? [[String: Any]])?.first)
            let findings = result["findings"] as? [[String: Any]] ?? []
            let counts = [
                findings.count, (result["observations"] as? [Any])?.count ?? 0, (result["risks"] as? [Any])?.count ?? 0,
                findings.reduce(0) { $0 + (($1["related-risks"] as? [Any])?.count ?? 0) },
            ]
            #expect(counts[2] > 0)
            let line = trestle.output.split(separator: "\n").last { $0.hasPrefix("counts ") }
            #expect(line == "counts " + counts.map(String.init).joined(separator: " "), "\(trestle.output)")
        }
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
