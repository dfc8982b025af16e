import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// `review-by` on controls and processing activities, judged on the fixture's as-of date 2026-06-01.
@Suite("Review dates")
struct ReviewDateTests {
    private static let excluded =
        "id: A.7.4\ntitle: Physical security monitoring\napplicable: false\njustification: No premises.\nstatus: not-started\nowner: Facilities\n"

    @Test("review-by is read from controls and processing activities")
    func reads() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            FixtureRegister.control("A.5.1", title: "Policies for information security", extra: "review-by: 2026-12-31")
        )
        try fixture.write(
            "controls/processing/p.yaml", ProcessingFixtures.activity(id: "p") + "review-by: 2027-05-25\n")
        let register = try fixture.load().register
        #expect(register.controls.first { $0.id == "A.5.1" }?.reviewBy == CalendarDate("2026-12-31"))
        #expect(register.processing.first?.reviewBy == CalendarDate("2027-05-25"))
        #expect(register.controls.first { $0.id == "A.5.2" }?.reviewBy == nil)
        #expect(try fixture.codes().isEmpty)
    }

    @Test("W203: a control or processing activity past its review date; on the date itself it is not yet past")
    func reviewOverdue() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            FixtureRegister.control("A.5.1", title: "Policies for information security", extra: "review-by: 2026-05-31")
        )
        try fixture.write(
            "controls/annex-a/A.5.2.yaml",
            FixtureRegister.control(
                "A.5.2", title: "Information security roles and responsibilities", extra: "review-by: 2026-06-01"))
        try fixture.write(
            "controls/processing/p.yaml", ProcessingFixtures.activity(id: "p") + "review-by: 2026-01-15\n")
        let findings = try fixture.findings(.reviewOverdue)
        #expect(findings.map(\.location.path) == ["controls/annex-a/A.5.1.yaml", "controls/processing/p.yaml"])
        #expect(findings.map(\.location.line) == [8, 15])
        #expect(
            findings[0].message == "control A.5.1 was to be reviewed by 2026-05-31 (`review-by`); the date has passed")
        #expect(
            findings[1].message == "processing `p` was to be reviewed by 2026-01-15 (`review-by`); the date has passed")
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(try fixture.codes() == ["W203", "W203"])
    }

    @Test("W204: an excluded Annex A control needs a review date; custom exclusions and included controls do not")
    func exclusionWithoutReviewDate() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/annex-a/A.7.4.yaml", Self.excluded)
        try fixture.write(
            "controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own", applicable: false))
        let findings = try fixture.findings(.exclusionWithoutReviewDate)
        #expect(findings.count == 1)
        #expect(findings.first?.location.path == "controls/annex-a/A.7.4.yaml")
        #expect(findings.first?.location.line == 3)
        #expect(
            findings.first?.message
                == "A.7.4 is excluded from the Statement of Applicability but has no `review-by` date for its justification"
        )
        #expect(try fixture.codes() == ["W204"])

        try fixture.write("controls/annex-a/A.7.4.yaml", Self.excluded + "review-by: 2027-03-31\n")
        #expect(try fixture.codes().isEmpty)
        // A passed review date of an exclusion is W203, not W204.
        try fixture.write("controls/annex-a/A.7.4.yaml", Self.excluded + "review-by: 2026-03-31\n")
        #expect(try fixture.codes() == ["W203"])
    }

    @Test("review-by must be a date")
    func notADate() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/annex-a/A.7.4.yaml", Self.excluded + "review-by: next year\n")
        let finding = try #require(fixture.findings(.invalidValue).first)
        #expect(finding.message == "`review-by` must be a date written YYYY-MM-DD, not `next year`")
        #expect(finding.location.line == 7)
    }

    @Test("pack.xml and index.html carry review dates")
    func inThePack() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/annex-a/A.7.4.yaml", Self.excluded + "review-by: 2027-03-31\n")
        try fixture.write(
            "controls/processing/p.yaml", ProcessingFixtures.activity(id: "p") + "review-by: 2027-05-25\n")
        let content = try XMLFixtures.content(fixture)
        let xml = PackXMLRenderer.render(content)
        #expect(
            xml.contains(
                "applicable=\"false\" status=\"not-started\" state=\"not-applicable\" review-by=\"2027-03-31\">"))
        #expect(xml.contains("state=\"missing\" review-by=\"2027-05-25\">"))
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try XMLFixtures.expectXmllintValid(xml)
        let nl = PackHTMLRenderer.render(PackContent(report: content.report, language: .nl))
        let en = PackHTMLRenderer.render(PackContent(report: content.report, language: .en))
        #expect(nl.contains("<tr><th scope=\"row\">Herbeoordelen uiterlijk op</th><td>2027-03-31</td></tr>"))
        #expect(en.contains("<tr><th scope=\"row\">Review by</th><td>2027-05-25</td></tr>"))
    }

    @Test("the example register: every excluded control has a review date, none has passed")
    func exampleRegister() throws {
        let loaded = try RegisterLoader.load(root: IsmsBinary.repositoryRoot)
        let excluded = loaded.register.controls.filter { $0.applicable == false }
        #expect(excluded.count == 4)
        #expect(excluded.allSatisfy { $0.reviewBy != nil })
        #expect(loaded.register.processing.allSatisfy { $0.reviewBy != nil })
        let report = RegisterChecker.check(loaded, asOf: CalendarDate("2026-11-02")!)
        #expect(report.diagnostics.errorCount == 0)
        #expect(
            !report.diagnostics.findings.contains {
                $0.code == .reviewOverdue || $0.code == .exclusionWithoutReviewDate
            })
    }
}
