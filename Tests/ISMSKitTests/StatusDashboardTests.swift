import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

@Suite("Status dashboard")
struct StatusDashboardTests {
    @Test("coverage per theme: counts and percentages per state")
    func coverage() throws {
        let fixture = try ReportFixture.make()
        let dashboard = StatusDashboard(report: try ReportFixture.report(fixture))
        let rows = dashboard.coverageRows
        #expect(
            rows.map(\.label) == [
                "5 Organizational", "6 People", "7 Physical", "8 Technological", "Annex A", "Own controls",
            ])
        let organizational = rows[0]
        #expect(organizational.total == 37)
        #expect(organizational.count(.covered) == 32)
        #expect(organizational.count(.expiring) == 1)
        #expect(organizational.count(.expired) == 1)
        #expect(organizational.count(.missing) == 2)
        #expect(organizational.count(.notApplicable) == 1)
        #expect(organizational.percent(.covered) == 86)
        #expect(organizational.percent(.missing) == 5)
        #expect(rows[4].total == 93)
        #expect(rows[5].total == 2 && rows[5].percent(.covered) == 100)
    }

    @Test("bars always fill their width, and a state with any control shows")
    func bars() throws {
        let fixture = try ReportFixture.make()
        let dashboard = StatusDashboard(report: try ReportFixture.report(fixture))
        for row in dashboard.coverageRows {
            let widths = dashboard.segmentWidths(row)
            #expect(widths.values.reduce(0, +) == StatusDashboard.barWidth)
            for state in CoverageState.allCases where row.count(state) > 0 { #expect((widths[state] ?? 0) >= 1) }
        }
    }

    @Test("gaps: applicable controls with missing or expired evidence, in SoA order")
    func gaps() throws {
        let fixture = try ReportFixture.make()
        let dashboard = StatusDashboard(report: try ReportFixture.report(fixture))
        #expect(dashboard.gaps.map(\.id) == ["A.5.5", "A.5.7"])
        #expect(dashboard.undecided.map(\.id) == ["A.5.8"])
    }

    @Test("expiring evidence within the warning window, and what it is the last current evidence of")
    func expiring() throws {
        let fixture = try ReportFixture.make()
        let dashboard = StatusDashboard(report: try ReportFixture.report(fixture))
        #expect(dashboard.window == Period(30, .days))
        let items = dashboard.expiring
        #expect(items.map(\.evidenceID) == ["ev-soon"])
        #expect(items.first?.lastDay == CalendarDate("2026-06-14"))
        #expect(items.first?.lastCurrentOf == ["A.5.6", "newsletter"])
        #expect(items.first?.owner == "CISO")
        // --within 400 reaches ev-dpa (2027-05-01) and ev-policy (2027-03-01), sorted by date.
        let wide = StatusDashboard(report: try ReportFixture.report(fixture), within: 400)
        #expect(wide.expiring.map(\.evidenceID) == ["ev-soon", "ev-policy", "ev-dpa"])
        // 88 Annex A controls, two own controls, and the 13 clauses that require documented information,
        // the clauses last and in the standard's order.
        #expect(wide.expiring[1].lastCurrentOf.count == 88 + 2 + 13)
        #expect(wide.expiring[1].lastCurrentOf.suffix(13) == ClauseCatalog.documentedInformation.map(\.id)[...])
        #expect(wide.expiring[2].lastCurrentOf == ["purechat"])
        // --within 0 looks at nothing.
        #expect(StatusDashboard(report: try ReportFixture.report(fixture), within: 0).expiring.isEmpty)
    }

    @Test("evidence outlasted by other evidence is not the last of that record")
    func outlasted() throws {
        let fixture = try ReportFixture.make()
        try fixture.addEvidence(
            "ev-new", folder: "evidence/new", file: "new.txt", content: "new\n", collected: "2026-05-20",
            supports: ["A.5.6"])
        let items = StatusDashboard(report: try ReportFixture.report(fixture)).expiring
        #expect(items.first?.lastCurrentOf == ["newsletter"])
        #expect(items.first?.alsoSupports == ["A.5.6"])
    }

    @Test("plain output is ASCII decoration without escapes; colour output has ANSI colour and blocks")
    func rendering() throws {
        let fixture = try ReportFixture.make()
        let report = try ReportFixture.report(fixture)
        let plain = StatusDashboard(report: report, colour: false).render()
        #expect(!plain.contains("\u{1B}"))
        #expect(!plain.unicodeScalars.contains { !$0.isASCII })
        #expect(plain.contains("  5 Organizational  37  [###################################=x..-]\n"))
        #expect(plain.contains("\n  A.5.5  expired  CISO  Contact with authorities\n"))
        #expect(plain.contains("\n  A.5.7  missing  CISO  Threat intelligence\n"))
        #expect(plain.contains("covered 32 (86%)  expiring 1 (3%)  expired 1 (3%)  missing 2 (5%)  n/a 1 (3%)"))
        let coloured = StatusDashboard(report: report, colour: true).render()
        #expect(coloured.contains("\u{1B}[32m\u{2588}"))
        #expect(coloured.contains("\u{1B}[1m"))
    }

    @Test("register text cannot steer the terminal, coloured or not")
    func hostile() throws {
        let fixture = try ReportFixture.make()
        try fixture.write(
            "controls/annex-a/A.5.7.yaml",
            "id: A.5.7\ntitle: \"Threat\\e[2J intelligence\"\napplicable: true\njustification: x\n"
                + "status: planned\nowner: \"Ops\\u202E\"\n")
        for colour in [false, true] {
            let text = StatusDashboard(report: try ReportFixture.report(fixture), colour: colour).render()
            #expect(!text.contains("\u{1B}[2J"))
            #expect(!text.contains("\u{202E}"))
            #expect(text.contains("Threat\\u{1b}[2J intelligence"))
            #expect(text.contains("Ops\\u{202e}"))
        }
    }
}
