import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms check --format junit|sarif|github, validated by independent tools")
struct CIFormatTests {
    static let schemas = IsmsBinary.repositoryRoot + "/../shared/schemas"

    private func check(_ format: String, _ fixture: FixtureRegister, strict: Bool = false) throws -> IsmsBinary.Result {
        try IsmsBinary.run(
            ["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--format", format]
                + (strict ? ["--strict"] : []))
    }

    @Test("JUnit is valid against the Ant JUnit schema, one test case per record, a failure per failing record")
    func junit() throws {
        let fixture = try BrokenFixture.make()
        let result = try check("junit", fixture)
        #expect(result.status == 1)
        let file = fixture.root + "/junit.xml"
        try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: file))
        let schema = try #require(Self.schema("junit.xsd"))
        let lint = try Shell.run("/usr/bin/xmllint", ["--noout", "--schema", schema, file])
        #expect(lint.status == 0, "\(lint.output)")
        // 93 Annex A controls (one of them missing from the register), one custom control, one processing
        // activity, one party, two evidence records, and the stray file.
        #expect(result.stdout.components(separatedBy: "<testcase ").count - 1 == 93 + 1 + 1 + 1 + 2 + 1)
        #expect(result.stdout.contains("<testcase name=\"A.7.4\" classname=\"isms.soa\" time=\"0\">"))
        #expect(result.stdout.contains("type=\"E201\""))
        #expect(result.stdout.contains("controls/custom/org.yaml:1:1: error[E200]"))
        // Warnings fail only under --strict.
        let strict = try check("junit", fixture, strict: true)
        #expect(strict.stdout.contains("type=\"W201\"") && !result.stdout.contains("type=\"W201\""))
    }

    @Test("SARIF 2.1.0 validates against the official schema, with a rule per code and physical locations")
    func sarif() throws {
        let fixture = try BrokenFixture.make()
        let result = try check("sarif", fixture)
        #expect(result.status == 1)
        let file = fixture.root + "/check.sarif"
        try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: file))
        let schema = try #require(Self.schema("sarif-schema-2.1.0.json"))
        let script = """
            import json, sys, jsonschema
            jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))
            """
        let validation = try Shell.run("/usr/bin/env", ["python3", "-c", script, file, schema])
        #expect(validation.status == 0, "\(validation.output)")
        let log = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let run = (log?["runs"] as? [[String: Any]])?.first
        let rules = ((run?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect(rules?.count == FindingCode.allCases.count)
        let results = run?["results"] as? [[String: Any]] ?? []
        #expect(results.count == 9)
        let first = results.first { ($0["ruleId"] as? String) == "E200" }
        let location = ((first?["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "controls/custom/org.yaml")
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 1)
    }

    @Test("GitHub workflow commands, one per finding, escaped")
    func github() throws {
        let fixture = try BrokenFixture.make()
        try fixture.write(
            "controls/custom/x.yaml",
            FixtureRegister.control("X-1", title: "T").replacingOccurrences(of: "\"T\"", with: "\"100%, a: b\\nc\""))
        let result = try check("github", fixture)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 10)
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
        #expect(
            result.stdout.contains(
                "::error file=controls/custom/org.yaml,line=1,col=1,title=E200 Applicable control without current evidence::"
            ))
        #expect(result.stdout.contains("X-1 (100%25, a: b%0Ac)"))
    }

    static func schema(_ name: String) -> String? {
        let path = (schemas as NSString).standardizingPath + "/" + name
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
