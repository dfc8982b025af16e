import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("Reading records: E100-E106")
struct RecordFormatTests {
    @Test("E100: YAML that does not parse, with line and column")
    func syntaxError() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/annex-a/A.5.1.yaml", "id: A.5.1\ntitle: [unclosed\napplicable: true\n")
        let findings = try fixture.findings(.yamlSyntax)
        #expect(findings.count == 1)
        #expect(findings.first?.location.path == "controls/annex-a/A.5.1.yaml")
        #expect(findings.first?.location.line != nil)
        // One bad file never stops the others, and is one finding: A.5.1 is not missing from the
        // SoA, nor unknown to the evidence that supports it (UnreadableRecordTests).
        #expect(try fixture.codes().sorted() == ["E100"])
    }

    @Test("E100: a duplicated key is a syntax error naming the key")
    func duplicateKey() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            FixtureRegister.control("A.5.1", title: "Policies for information security") + "owner: Someone else\n")
        let findings = try fixture.findings(.yamlSyntax)
        #expect(findings.first?.message.contains("`owner`") == true)
    }

    @Test("E101: a missing required key")
    func missingKey() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.2.yaml",
            "id: A.5.2\ntitle: Information security roles and responsibilities\napplicable: true\njustification: x\nstatus: implemented\n"
        )
        let findings = try fixture.findings(.missingKey)
        #expect(findings.map(\.message) == ["control A.5.2 has no `owner`"])
        #expect(findings.first?.location == SourceLocation(path: "controls/annex-a/A.5.2.yaml", line: 1, column: 1))
    }

    @Test("E102: a value of the wrong type, at the value's line")
    func wrongType() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.3.yaml",
            FixtureRegister.control("A.5.3", title: "Segregation of duties").replacingOccurrences(
                of: "applicable: true", with: "applicable: yes"))
        let findings = try fixture.findings(.wrongType)
        #expect(findings.count == 1)
        #expect(findings.first?.location.line == 3)
        #expect(findings.first?.message.contains("`true` or `false`") == true)
    }

    @Test("E103: an unknown key suggests the closest known one")
    func unknownKey() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.4.yaml",
            FixtureRegister.control("A.5.4", title: "Management responsibilities") + "narative: typo\n")
        let findings = try fixture.findings(.unknownKey)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("did you mean `narrative`?") == true)
        #expect(findings.first?.location.line == 8)
        #expect(findings.first?.location.column == 1)
    }

    @Test("E103: a misspelt processing key suggests `legal-basis`")
    func unknownProcessingKey() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/processing/p.yaml",
            ProcessingFixtures.activity(id: "p").replacingOccurrences(of: "legal-basis:", with: "legal-bases:"))
        let message = try fixture.findings(.unknownKey).first?.message ?? ""
        #expect(message.contains("did you mean `legal-basis`?"))
    }

    @Test("E104: a value outside the allowed set, a bad date, a bad period")
    func invalidValues() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.5.yaml",
            FixtureRegister.control("A.5.5", title: "Contact with authorities").replacingOccurrences(
                of: "status: implemented", with: "status: implementd") + "freshness: twelve months\n")
        try fixture.addEvidence("ev-bad-date", folder: "evidence/bad", supports: ["A.5.5"])
        try fixture.write(
            "evidence/bad/ev-bad-date.evidence.yaml",
            String(
                decoding: try Data(
                    contentsOf: URL(fileURLWithPath: fixture.root + "/evidence/bad/ev-bad-date.evidence.yaml")),
                as: UTF8.self
            )
            .replacingOccurrences(of: "collected: 2026-03-01", with: "collected: 2026-02-30"))
        let messages = try fixture.findings(.invalidValue).map(\.message)
        #expect(
            messages.contains { $0.contains("`status` is `implementd`") && $0.contains("did you mean `implemented`?") })
        #expect(messages.contains { $0.contains("`freshness` must be a period") })
        #expect(messages.contains { $0.contains("`collected` must be a date") })
    }

    @Test("E105: binary, invalid UTF-8, oversized, deeply nested and alias-bomb records are refused")
    func unreadable() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/binary.yaml", Data([0x69, 0x64, 0x3A, 0x00, 0x01]))
        try fixture.write("controls/custom/latin1.yaml", Data("id: caf".utf8) + Data([0xE9, 0x0A]))
        try fixture.write("controls/custom/huge.yaml", String(repeating: "# padding\n", count: 300_000))
        try fixture.write("controls/custom/deep.yaml", "id: " + String(repeating: "[", count: 100_000))
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = level == 1 ? "a" : "a\(level - 1)"
            bomb +=
                "a\(level): &a\(level) [*\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous)]\n"
        }
        try fixture.write("controls/custom/bomb.yaml", bomb)
        let findings = try fixture.findings(.unreadableRecord)
        let byPath = Dictionary(grouping: findings, by: \.location.path)
        #expect(byPath["controls/custom/binary.yaml"]?.first?.message.contains("binary") == true)
        #expect(byPath["controls/custom/latin1.yaml"]?.first?.message.contains("UTF-8") == true)
        #expect(byPath["controls/custom/latin1.yaml"]?.first?.location.line == 1)
        #expect(byPath["controls/custom/huge.yaml"]?.first?.message.contains("bytes") == true)
        #expect(byPath["controls/custom/deep.yaml"]?.first?.message.contains("nests deeper") == true)
        #expect(byPath["controls/custom/bomb.yaml"]?.first?.message.contains("expands") == true)
        #expect(findings.count == 5)
    }

    @Test("E106: two records with one id")
    func duplicateID() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/one.yaml", FixtureRegister.control("ORG-1", title: "One"))
        try fixture.write("controls/custom/two.yaml", FixtureRegister.control("ORG-1", title: "Two"))
        try fixture.addEvidence("ev-org", folder: "evidence/org", supports: ["ORG-1"])
        let findings = try fixture.findings(.duplicateID)
        #expect(findings.count == 1)
        #expect(findings.first?.location.path == "controls/custom/two.yaml")
        #expect(findings.first?.message.contains("controls/custom/one.yaml:1:1") == true)
    }

    @Test("values keep their written text: no YAML 1.1 guessing")
    func noTypeGuessing() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/no.yaml", FixtureRegister.control("NO", title: "1.10"))
        try fixture.addEvidence("ev-no", folder: "evidence/no", supports: ["NO"])
        let register = try fixture.load().register
        let control = register.controls.first { $0.id == "NO" }
        #expect(control?.title == "1.10")
        #expect(try fixture.codes().isEmpty)
    }
}
