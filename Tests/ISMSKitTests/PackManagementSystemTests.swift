import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// The management system in the audit pack: the clause table, objectives, the internal audit
/// programme, nonconformities and management reviews, in pack.xml (valid, keyrefs) and index.html.
@Suite("The pack's management system: pack.xml and the HTML sections")
struct PackManagementSystemTests {
    @Test("pack.xml carries clauses, objectives, the audit programme, nonconformities and reviews, and validates")
    func packXML() throws {
        let xml = PackXMLRenderer.render(try PackTesting.content(try ManagementSystemReportFixture.make()))
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)).isEmpty)
        try XMLFixtures.expectXmllintValid(xml)
        #expect(xml.contains("<clause id=\"clause-9.2\" number=\"9.2\" documented-information=\"true\" met=\"true\">"))
        #expect(xml.contains("<clause id=\"clause-4\" number=\"4\" documented-information=\"false\">"))
        #expect(xml.contains("<record kind=\"audit\" id=\"IA-1\"/>"))
        #expect(xml.contains("<objective id=\"OBJ-1\" status=\"active\" due=\"2026-12-31\" state=\"met\""))
        #expect(xml.contains("<objective id=\"OBJ-2\" status=\"active\" due=\"2026-12-31\" state=\"not-met\""))
        #expect(xml.contains("state=\"not-measured\""))
        #expect(xml.contains("<risk-ref ref=\"R-1\"/>"))
        #expect(xml.contains("<finding-ref ref=\"NC-2\"/>"))
        #expect(xml.contains("<report ref=\"ev-audit\"/>"))
        #expect(xml.contains("<minutes ref=\"ev-minutes\"/>"))
        #expect(xml.contains("state=\"overdue\">Restore the backup test</action>"))
        #expect(xml.contains("<input key=\"party-feedback\" given=\"false\"/>"))
        #expect(xml.contains("<supports ref=\"clause-9.2\"/>"))
        #expect(!xml.contains("<script>") && !xml.contains("<iframe"))
    }

    @Test("the management-system parts of pack.xml and index.html match their golden files (Dutch)")
    func goldens() throws {
        let content = try PackTesting.content(try ManagementSystemReportFixture.make(), .nl)
        let xml = PackXMLRenderer.render(content)
        let clauses = try PackTesting.excerpt(xml, from: "<clauses>", to: "</clauses>")
        let records = try PackTesting.excerpt(xml, from: "<objectives>", to: "</management-reviews>")
        #expect(Golden.mismatch(clauses + records, golden: "pack-management.xml") == nil)
        let html = PackHTMLRenderer.render(content)
        let part = try PackTesting.excerpt(
            html, from: "<section id=\"clauses\">", to: "</section>\n<section id=\"soa\">")
        #expect(Golden.mismatch(part, golden: "pack-management.html") == nil)
    }

    @Test("the HTML sections: clause table first, grid, links, states, escaped register text")
    func html() throws {
        let html = PackHTMLRenderer.render(try PackTesting.content(try ManagementSystemReportFixture.make()))
        let sections = ["clauses", "objectives", "audit-programme", "nonconformities", "management-reviews", "soa"]
        let order = sections.compactMap { html.range(of: "<section id=\"\($0)\">")?.lowerBound }
        #expect(order.count == sections.count && order == order.sorted())
        let clauses = try PackTesting.excerpt(html, from: "<section id=\"clauses\">", to: "</section>")
        #expect(clauses.contains("<tr id=\"clause-9.2\"><td class=\"id\">9.2</td><td>Internal audit</td>"))
        #expect(clauses.contains("<a href=\"#audit-IA-1\">IA-1</a>"))
        #expect(clauses.contains("<a href=\"#evidence-ev-audit\">ev-audit</a>"))
        let grid = try PackTesting.excerpt(html, from: "<table class=\"audit-grid\">", to: "</table>")
        #expect(XMLFixtures.count("<tr><th scope=\"row\">", in: grid) == ClauseCatalog.auditable.count)
        #expect(grid.contains("<span class=\"state state-expiring\">planned</span>"))
        #expect(html.contains("<svg class=\"chart objective-chart\""))
        #expect(html.contains("<span class=\"state state-expired\">overdue</span>"))
        #expect(html.contains("<span class=\"state state-missing\">not addressed</span>"))
        #expect(html.contains("major nonconformity"))
        #expect(html.contains("<a href=\"#control-A.6.3\">A.6.3</a>"))
        #expect(html.contains("<a href=\"#risk-R-1\">R-1</a>"))
        // The evidence listing links what a record supports to the clause table.
        let evidence = try PackTesting.excerpt(html, from: "id=\"evidence-ev-audit\"", to: "</article>")
        #expect(evidence.contains("<a href=\"#clause-9.2\">clause-9.2</a>"))
        #expect(!html.contains("<script>alert") && !html.contains("<iframe") && !html.contains("<img"))
        #expect(!html.contains("javascript:"))
        let file = try XMLFixtures.write(html)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try XMLFixtures.run(XMLFixtures.xmllint, ["--noout", "--nonet", file]).status == 0)
    }

    @Test("a register without management-system records still has the clause table, and no other section")
    func baseline() throws {
        let content = try PackTesting.content(try FixtureRegister())
        let html = PackHTMLRenderer.render(content)
        #expect(html.contains("<section id=\"clauses\">"))
        #expect(!html.contains("id=\"objectives\"") && !html.contains("id=\"audit-programme\""))
        let xml = PackXMLRenderer.render(content)
        try XMLFixtures.expectXmllintValid(xml)
        #expect(!xml.contains("<objectives") && !xml.contains("<audit-programme"))
        #expect(XMLFixtures.count("<clause id=", in: xml) == ClauseCatalog.clauses.count)
    }

    @Test("references that do not resolve are left out of pack.xml, so the keyrefs hold")
    func danglingReferences() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            "controls/objectives/OBJ-1.yaml",
            ManagementSystemFixtures.objective(extra: "risks: [R-404]\n").replacingOccurrences(
                of: "controls: [A.6.3]", with: "controls: [A.6.3, NOPE]"))
        try fixture.write(
            "controls/audits/IA-1.yaml",
            ManagementSystemFixtures.audit().replacingOccurrences(of: "report: ev-audit", with: "report: ev-ghost"))
        let xml = PackXMLRenderer.render(try PackTesting.content(fixture))
        try XMLFixtures.expectXmllintValid(xml)
        #expect(!xml.contains("ref=\"NOPE\"") && !xml.contains("ref=\"R-404\"") && !xml.contains("ref=\"ev-ghost\""))
    }

    @Test("isms diff: objectives, audits, nonconformities and reviews added, removed and changed")
    func diff() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        let asOf = CalendarDate(FixtureRegister.asOf)!
        let before = try SnapshotSource.register(fixture.root, asOf: asOf)
        try fixture.write(
            "controls/objectives/OBJ-1.yaml",
            ManagementSystemFixtures.objective(due: "2027-03-31").replacingOccurrences(
                of: "    value: 96\n", with: "    value: 97\n"))
        try fixture.write("controls/objectives/OBJ-2.yaml", ManagementSystemFixtures.objective("OBJ-2"))
        try fixture.write(
            "controls/audits/IA-1.yaml",
            ManagementSystemFixtures.audit(scope: "[clause-9]", auditor: "Internal auditor"))
        try fixture.write(
            "controls/nonconformities/NC-1.yaml",
            ManagementSystemFixtures.nonconformity(grade: "major", closed: nil))
        try fixture.remove("controls/reviews/MR-1.yaml")
        let after = try SnapshotSource.register(fixture.root, asOf: asOf)
        let diff = RegisterDiff(old: before, new: after)
        #expect(diff.objectives.map(\.id) == ["OBJ-1", "OBJ-2"])
        #expect(diff.objectives.map(\.change) == [.changed, .added])
        let objective = Dictionary(uniqueKeysWithValues: diff.objectives[0].fields.map { ($0.field, $0) })
        #expect(objective[.due]?.old == ["2026-12-31"] && objective[.due]?.new == ["2027-03-31"])
        #expect(objective[.latest]?.old == ["96 on 2026-05-01"] && objective[.latest]?.new == ["97 on 2026-05-01"])
        #expect(diff.audits.first?.fields.map(\.field) == [.scope, .auditor])
        let nc = Dictionary(uniqueKeysWithValues: (diff.nonconformities.first?.fields ?? []).map { ($0.field, $0) })
        #expect(nc[.grade]?.old == ["minor"] && nc[.grade]?.new == ["major"])
        #expect(nc[.status]?.old == ["closed"] && nc[.status]?.new == ["open"])
        #expect(nc[.closed]?.old == ["2026-05-20"] && nc[.closed]?.new == [])
        #expect(diff.reviews.map(\.change) == [.removed] && diff.reviews.first?.name == "2026-05-15")
        let text = DiffTextRenderer.render(diff, old: "old", new: "new")
        #expect(text.contains("objective OBJ-2 added"))
        #expect(text.contains("management-review MR-1 removed"))
        #expect(text.contains("internal-audit IA-1 auditor: \"External auditor\" → \"Internal auditor\""))
        #expect(DiffJSONRenderer.render(diff, old: "old", new: "new").contains("\"nonconformities\""))
        #expect(DiffMarkdownRenderer.render(diff, old: "old", new: "new").contains("Management reviews"))
        // pack.xml with the changes stays valid, and the HTML changes section shows them.
        let content = try PackTesting.content(fixture, .nl)
        let xml = PackXMLRenderer.render(content, changes: diff)
        try XMLFixtures.expectXmllintValid(xml)
        #expect(xml.contains("<objective-change id=\"OBJ-1\""))
        #expect(xml.contains("<nonconformity-change id=\"NC-1\""))
        #expect(xml.contains("<management-review-change id=\"MR-1\" name=\"2026-05-15\" change=\"removed\"/>"))
        let html = PackHTMLRenderer.render(content, changes: diff)
        let changes = try PackTesting.excerpt(html, from: "<section id=\"changes\">", to: "</section>")
        #expect(changes.contains("<h3>Directiebeoordelingen</h3>"))
        #expect(changes.contains("grote afwijking"))
        // A pack read back gives the same snapshot as the register it was made from.
        let read = try PackSnapshotReader.read(xml: Array(xml.utf8), origin: .register)
        #expect(read.objectives == after.objectives && read.nonconformities == after.nonconformities)
    }
}
