import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// The risk assessment and treatment results in the audit pack: pack.xml (valid, with keyrefs from
/// controls to risks and back), the HTML section (method, heat maps, register, plan, acceptances,
/// links both ways) and `isms diff` of risks.
@Suite("The pack's risks: pack.xml, the HTML section, changes")
struct PackRiskTests {
    @Test("pack.xml carries the method and every risk, and validates with xmllint")
    func packXML() throws {
        let fixture = try ReportFixture.makeWithRisks()
        let xml = PackXMLRenderer.render(try PackTesting.content(fixture))
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)).isEmpty)
        try XMLFixtures.expectXmllintValid(xml)
        let file = try XMLFixtures.write(xml)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let p = "*[local-name()='%@']"
        func path(_ steps: String...) -> String { "/" + steps.map { String(format: p, $0) }.joined(separator: "/") }
        #expect(try XMLFixtures.xpath("count(\(path("audit-pack", "risk-method", "cell")))", in: file) == "25")
        #expect(try XMLFixtures.xpath("count(\(path("audit-pack", "risks", "risk")))", in: file) == "3")
        #expect(xml.contains("<risk id=\"R-1\" status=\"treated\" treatment=\"modify\""))
        #expect(xml.contains("<inherent likelihood=\"possible\" impact=\"major\" level=\"high\"/>"))
        #expect(xml.contains("<residual likelihood=\"unlikely\" impact=\"major\" level=\"medium\"/>"))
        #expect(xml.contains("<treated-by ref=\"A.5.1\"/>"))
        #expect(xml.contains("acceptance-state=\"missing\""))
        #expect(xml.contains("<planned-action owner=\"IT Lead\" due=\"2026-09-30\" overdue=\"false\">"))
        // The SoA row of A.5.1 points back at R-1.
        let a51 = try PackTesting.excerpt(xml, from: "<control id=\"A.5.1\"", to: "</control>")
        #expect(a51.contains("<risk-ref ref=\"R-1\"/>"))
        #expect(
            xml.contains("<title>Klantgegevens | &quot;gelekt&quot; &lt;script&gt;alert(1)&lt;/script&gt;</title>")
                || xml.contains("<title>Klantgegevens | \"gelekt\" &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
    }

    @Test("references that do not resolve are left out, so the keyrefs hold")
    func danglingReferences() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(controls: "[A.5.1, A.5.99, NOPE]", extra: "processing: [ghost]\n"),
            RiskFixtures.risk("R-002", residual: ("likley", "major")),
            RiskFixtures.risk("R-001", treatment: "avoid"),
        ])
        let xml = PackXMLRenderer.render(try PackTesting.content(fixture))
        try XMLFixtures.expectXmllintValid(xml)
        #expect(!xml.contains("ref=\"A.5.99\"") && !xml.contains("ref=\"NOPE\"") && !xml.contains("ref=\"ghost\""))
        // A rating off the scales keeps its keys but has no level.
        #expect(xml.contains("<residual likelihood=\"likley\" impact=\"major\"/>"))
        // Two risks with one id: the first is the pack's.
        #expect(XMLFixtures.count("<risk id=\"R-001\"", in: xml) == 1)
        #expect(!xml.contains("treatment=\"avoid\""))
    }

    @Test("a register without a risk method or risks gives the pack it gave before")
    func noRisks() throws {
        let xml = PackXMLRenderer.render(try PackTesting.content(try FixtureRegister()))
        #expect(!xml.contains("<risk-method") && !xml.contains("<risks"))
        let html = PackHTMLRenderer.render(try PackTesting.content(try FixtureRegister()))
        #expect(!html.contains("id=\"risks\""))
    }

    @Test("the risk sections of pack.xml and index.html match their golden files (Dutch)")
    func goldens() throws {
        let fixture = try ReportFixture.makeWithRisks()
        let content = try PackTesting.content(fixture, .nl)
        let xml = PackXMLRenderer.render(content)
        let xmlPart = try PackTesting.excerpt(xml, from: "<risk-method", to: "</risks>")
        #expect(Golden.mismatch(xmlPart, golden: "pack-risks.xml") == nil)
        let html = PackHTMLRenderer.render(content)
        let htmlPart = try PackTesting.excerpt(html, from: "<section id=\"risks\">", to: "</section>")
        #expect(Golden.mismatch(htmlPart, golden: "pack-risks.html") == nil)
    }

    @Test("the HTML section: heat maps count the risks, every risk links to its controls and back")
    func html() throws {
        let fixture = try ReportFixture.makeWithRisks()
        let html = PackHTMLRenderer.render(try PackTesting.content(fixture))
        let section = try PackTesting.excerpt(html, from: "<section id=\"risks\">", to: "</section>")
        #expect(section.contains(". Risk assessment and treatment</h2>"))
        // Inherent: R-1 possible × major, R-3 likely × severe, R-2 rare × minor; one risk each.
        #expect(section.contains("<title>Possible × Major: High, 1</title>"))
        #expect(section.contains("<title>Likely × Severe: Very high, 1</title>"))
        #expect(section.contains("<title>Rare × Minor: Low, 1</title>"))
        #expect(section.contains("<title>Almost certain × Severe: Very high, 0</title>"))
        // Residual: R-1 moved to unlikely × major.
        let residual = try PackTesting.excerpt(
            section, from: "<title>Residual risk (after treatment)</title>", to: "</svg>")
        #expect(residual.contains("<title>Unlikely × Major: Medium, 1</title>"))
        #expect(residual.contains("<title>Possible × Major: High, 0</title>"))
        // Links: risk to control, the SoA and the control's article to the risk.
        let article = try PackTesting.excerpt(
            section, from: "<article class=\"record risk\" id=\"risk-R-1\">", to: "</article>")
        #expect(article.contains("<a href=\"#control-A.5.1\">A.5.1</a>"))
        #expect(article.contains("Klantgegevens | &quot;gelekt&quot; &lt;script&gt;alert(1)&lt;/script&gt;"))
        let soa = try PackTesting.excerpt(html, from: "<table class=\"soa\">", to: "</table>")
        #expect(soa.contains("<a href=\"#risk-R-1\">R-1</a>"))
        let control = try PackTesting.excerpt(
            html, from: "<article class=\"record control\" id=\"control-A.5.1\">", to: "</article>")
        #expect(control.contains("<a href=\"#risk-R-1\">R-1</a>"))
        // The plan and the acceptances.
        #expect(section.contains("MFA verplicht; e-mail: beheer@example.nl"))
        #expect(section.contains("<span class=\"state state-missing\">missing</span>"))
        #expect(section.contains("<span class=\"state state-covered\">accepted</span>"))
        // No script from the register, and the page still parses as XML.
        #expect(!html.contains("<script>alert"))
        let file = try XMLFixtures.write(html)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try XMLFixtures.run(XMLFixtures.xmllint, ["--noout", "--nonet", file]).status == 0)
    }

    @Test("isms diff: risks added, removed and changed in levels, treatment and acceptance")
    func diff() throws {
        let fixture = try ReportFixture.makeWithRisks()
        let asOf = CalendarDate(FixtureRegister.asOf)!
        let before = try SnapshotSource.register(fixture.root, asOf: asOf)
        try fixture.write(
            "controls/risks/R-1.yaml",
            RiskFixtures.risk(
                "R-1", controls: "[A.5.1]", residual: ("rare", "major"),
                acceptance: "  by: Security Officer\n  date: 2026-05-01\n  level: medium\n  until: 2027-05-01\n"))
        try fixture.remove("controls/risks/R-2.yaml")
        try fixture.write("controls/risks/R-4.yaml", RiskFixtures.risk("R-4", treatment: "share"))
        let after = try SnapshotSource.register(fixture.root, asOf: asOf)
        let diff = RegisterDiff(old: before, new: after)
        #expect(diff.risks.map(\.id) == ["R-1", "R-2", "R-4"])
        #expect(diff.risks.map(\.change) == [.changed, .removed, .added])
        let fields = Dictionary(uniqueKeysWithValues: diff.risks[0].fields.map { ($0.field, $0) })
        #expect(fields[.residual]?.old == ["unlikely × major (medium)"])
        #expect(fields[.residual]?.new == ["rare × major (medium)"])
        #expect(fields[.controls]?.new == ["A.5.1"])
        #expect(fields[.acceptance]?.new == ["medium by Security Officer on 2026-05-01 until 2027-05-01"])
        #expect(fields[.title] != nil)
        let text = DiffTextRenderer.render(diff, old: "old", new: "new")
        #expect(text.contains("risk R-2 removed"))
        #expect(text.contains("risk R-4 added"))
        // The changes section of a pack made with --previous stays valid.
        let content = try PackTesting.content(fixture)
        let xml = PackXMLRenderer.render(content, changes: diff)
        try XMLFixtures.expectXmllintValid(xml)
        #expect(xml.contains("<risk-change id=\"R-1\""))
        #expect(xml.contains("<field name=\"residual\">"))
    }
}
