import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// The pack as an auditor reads it: an honest summary (implementation status beside the
/// evidence state, example evidence called out), the words a Dutch certification body uses, and
/// a chart whose bars are as long as their themes.
@Suite("The pack's summary and wording, as the auditor reads them")
struct PackWordingTests {
    private static func page(_ fixture: FixtureRegister, _ language: ReportLanguage) throws -> String {
        PackHTMLRenderer.render(try PackTesting.content(fixture, language))
    }

    @Test("the summary shows implementation status by theme beside the evidence state, named for what it is")
    func honestSummary() throws {
        let fixture = try ReportFixture.make()
        let english = try Self.page(fixture, .en)
        let table = try PackTesting.excerpt(english, from: "<table class=\"status-table\">", to: "</table>")
        #expect(
            table.contains(
                "<th scope=\"col\">implemented</th><th scope=\"col\">partial</th><th scope=\"col\">planned</th><th scope=\"col\">not started</th><th scope=\"col\">not applicable</th>"
            ))
        // The fixture's 93 controls: A.5.3 excluded, A.5.5 partial, the rest implemented (ReportFixture).
        let content = try PackTesting.content(fixture)
        let annexA = content.register.controls.filter { AnnexACatalog.control($0.id) != nil }
        let implemented = annexA.count { $0.applicable != false && $0.status == .implemented }
        let partial = annexA.count { $0.applicable != false && $0.status == .partial }
        let excluded = annexA.count { $0.applicable == false }
        #expect(
            table.contains(
                "<tfoot><tr><th scope=\"row\">Total</th><td class=\"number\">\(implemented)</td><td class=\"number\">\(partial)</td>"
            ))
        #expect(table.contains("<td class=\"number\">\(excluded)</td><td class=\"number\">93</td></tr></tfoot>"))
        #expect(english.contains("<h3>Implementation status by Annex A theme</h3>"))
        #expect(english.contains("evidence current"))
        #expect(!english.contains(">covered<"))
        let dutch = try Self.page(fixture, .nl)
        #expect(dutch.contains("<h3>Implementatiestatus per thema van Bijlage A</h3>"))
        #expect(dutch.contains("bewijs actueel"))
        #expect(!dutch.contains(">gedekt<"))
    }

    @Test("example evidence is called out on the first page and beside the controls it supports")
    func exampleEvidence() throws {
        let fixture = try ReportFixture.make()
        #expect(!(try Self.page(fixture, .nl)).contains("<p class=\"example-banner\""))
        try fixture.addEvidence(
            "ev-sample", folder: "evidence/sample", file: "sample.txt", content: "Illustrative.\n",
            supports: ["A.5.3", "ORG-2"], extra: "example: true\n")
        let dutch = try Self.page(fixture, .nl)
        let banner = try PackTesting.excerpt(dutch, from: "<p class=\"example-banner\"", to: "</p>")
        #expect(banner.contains("Eén bewijsstuk is in het register gemarkeerd als voorbeeld"))
        #expect(banner.contains("onderbouwt 2 beheersmaatregelen"))
        // Before the contents: the first thing an auditor reads after the header.
        #expect(
            try #require(dutch.range(of: "<p class=\"example-banner\"")).lowerBound
                < dutch.range(of: "<nav")!.lowerBound)
        // In the SoA, beside the evidence state of each control it supports, and only there.
        let soa = try PackTesting.excerpt(dutch, from: "<table class=\"soa\">", to: "</table>")
        let marked = soa.matches(of: /<tr><td class="id"><a href="#control-([^"]+)">[^\n]*example-mark/)
            .map { String($0.1) }
        #expect(marked == ["A.5.3", "ORG-2"], "\(marked)")
        #expect(soa.contains("<span class=\"example-mark\">(voorbeeldbewijs)</span>"))
        let english = try Self.page(fixture, .en)
        #expect(english.contains("One evidence record is marked as an example"))
        let content = try PackTesting.content(fixture)
        let page = PackPage(content, recordsPerPage: nil)
        #expect(page.controlsWithExampleEvidence.map(\.id).sorted() == ["A.5.3", "ORG-2"])
        let a53 = try #require(content.register.controls.first { $0.id == "A.5.3" })
        #expect(page.exampleMark(a53).markup == " <span class=\"example-mark\">(example evidence)</span>")
        let a51 = try #require(content.register.controls.first { $0.id == "A.5.1" })
        #expect(page.exampleMark(a51).markup.isEmpty)
    }

    @Test("Dutch terms as a certification body writes them; durations and retention rules in Dutch")
    func dutchTerms() throws {
        let fixture = try ReportFixture.make()
        try fixture.write(
            "controls/parties/hoster.yaml", ProcessingFixtures.party(id: "hoster", role: "processor", country: "NL"))
        try fixture.write(
            "controls/parties/cdn.yaml",
            ProcessingFixtures.party(id: "cdn", role: "processor", country: "US", safeguard: "SCC"))
        let dutch = try Self.page(fixture, .nl)
        #expect(dutch.contains("Certificatie-instelling"))
        #expect(!dutch.contains("Certificerende instelling"))
        #expect(dutch.contains(". Meldingen van de registercontrole</h2>"))
        #expect(!dutch.contains(". Bevindingen</h2>"))
        #expect(dutch.contains("standaardcontractbepalingen (SCC)"))
        #expect(!dutch.contains("modelcontractbepalingen"))
        #expect(!dutch.contains("bijlage A"))
        #expect(dutch.contains("<th scope=\"row\">Vastgelegd in</th>"))
        #expect(!dutch.contains("<th scope=\"row\">Bron</th>"))
        // A party inside the EEA needs no transfer safeguard; one outside without it is "niet vermeld".
        let hoster = try PackTesting.excerpt(dutch, from: "id=\"party-hoster\"", to: "</table>")
        #expect(hoster.contains("<th scope=\"row\">Doorgiftewaarborg</th><td>n.v.t. (EER)</td>"))
        // Retention rules and durations in the page's words.
        #expect(dutch.contains("tot de toestemming wordt ingetrokken"))
        #expect(dutch.contains("onbepaald (nog niet vastgesteld)"))
        #expect(ReportLanguage.nl.retention("6 months") == "6 maanden")
        #expect(ReportLanguage.nl.retention("1 year") == "1 jaar")
        #expect(ReportLanguage.nl.retention("7 years after employment ends") == "7 years after employment ends")
        #expect(ReportLanguage.en.retention("6 months") == "6 months")
        // Running text names records: what evidence supports and what a control protects.
        #expect(dutch.contains("<a href=\"#processing-newsletter\">newsletter</a> Nieuwsbrief</li>"))
        #expect(dutch.contains("<a href=\"#control-A.5.1\">A.5.1</a> Policies for information security</li>"))
        let english = try Self.page(fixture, .en)
        #expect(english.contains("<th scope=\"row\">Transfer safeguard</th><td>not needed (EEA)</td>"))
        #expect(english.contains("until consent is withdrawn"))
    }

    @Test("standard may name the Dutch edition as NEN publishes it; another standard is still E104")
    func dutchEdition() throws {
        let fixture = try ReportFixture.make()
        for name in ["NEN-EN-ISO/IEC 27001:2023 incorporating A1:2024", "NEN-EN-ISO/IEC 27001:2023+A1:2024"] {
            try fixture.write(
                "isms.yaml",
                FixtureRegister.settings.replacingOccurrences(
                    of: "standard: ISO/IEC 27001:2022", with: "standard: \"\(name)\""))
            #expect(try fixture.findings(.invalidValue).isEmpty, "\(name)")
            #expect(try Self.page(fixture, .nl).contains("<dd>\(name)</dd>"))
        }
        try fixture.write(
            "isms.yaml",
            FixtureRegister.settings.replacingOccurrences(
                of: "standard: ISO/IEC 27001:2022", with: "standard: ISO/IEC 27001:2013"))
        #expect(try fixture.findings(.invalidValue).map(\.location.path) == ["isms.yaml"])
    }

    @Test("the chart: every control equally wide, so bars are as long as their themes; every segment has its count")
    func proportionalChart() throws {
        let labels = Labels.forLanguage(.en)
        let rows = [
            CoverageChart.Row(label: "5 Organizational", counts: [.covered: 30, .expired: 1, .missing: 6]),
            CoverageChart.Row(label: "6 People", counts: [.covered: 7, .expiring: 1]),
            CoverageChart.Row(label: "7 Physical", counts: [.notApplicable: 14]),
        ]
        let svg = CoverageChart(rows: rows, labels: labels).svg().markup
        let widths = svg.matches(of: /<rect class="segment" x="\d+" y="\d+" width="(\d+)" height="22"/).map {
            Int($0.output.1)!
        }
        // Segments in state order per row: 30, 1, 6 | 7, 1 | 14; the legend's squares are 16 wide.
        #expect(Array(widths.prefix(6)) == [30, 1, 6, 7, 1, 14].map { $0 * CoverageChart.unit })
        let counts = svg.matches(of: /<text class="chart-count"[^>]*>(\d+)<\/text>/).map { String($0.output.1) }
        #expect(counts == ["30", "1", "6", "7", "1", "14"])
        // The longest bar is the organisational theme's: 37 units; the totals line up after it.
        #expect(svg.contains("<text class=\"chart-total\" x=\"\(320 + 37 * CoverageChart.unit + 8)\""))
    }
}
