import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// Incidents and personal-data breaches in the audit pack (issue 14): pack.xml validates with its
/// keyrefs, times as written and in UTC, the hours to notify; index.html's log and breach register
/// in Dutch; a text that looks like contact details is withheld in both.
@Suite("The pack's incidents: pack.xml and the HTML section")
struct PackIncidentTests {
    private func fixture() throws -> FixtureRegister {
        let fixture = try IncidentFixtures.register()
        // A description with contact details: withheld in the pack, W803 in the check.
        try fixture.write(
            "controls/incidents/INC-5.yaml",
            """
            id: INC-5
            title: Complaint about a newsletter
            aware: 2026-05-20T09:00+02:00
            category: complaint
            severity: low
            description: Reported by jan@example.nl by phone.
            personal-data-breach: false
            remedial-action: None needed.
            closed: 2026-05-20

            """)
        return fixture
    }

    @Test("pack.xml carries the incidents and the breaches, and validates (xmllint and the built-in validator)")
    func packXML() throws {
        let xml = PackXMLRenderer.render(try PackTesting.content(try fixture()))
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)).isEmpty)
        try XMLFixtures.expectXmllintValid(xml)
        #expect(xml.contains("<incidents time-zone=\"UTC\" close-within=\"30 days\" count=\"5\" breaches=\"3\">"))
        #expect(xml.contains("aware=\"2026-03-27 10:00 Europe/Amsterdam\" aware-utc=\"2026-03-27T09:00:00Z\""))
        #expect(
            xml.contains(
                "<breach risk=\"risk\" deadline-utc=\"2026-03-30T09:00:00Z\" notified-authority=\"2026-03-30T11:30+02:00\" notified-authority-utc=\"2026-03-30T09:30:00Z\" hours-to-notify=\"72.5\" on-time=\"false\""
            ))
        #expect(xml.contains("exemption=\"34(3)(a)\""))
        #expect(xml.contains("<processing-ref ref=\"newsletter\"/>"))
        #expect(xml.contains("<description withheld=\"true\"/>"))
        #expect(!xml.contains("jan@example.nl"))
    }

    @Test("a register without incidents writes no <incidents>, and its pack still validates")
    func none() throws {
        let xml = PackXMLRenderer.render(try PackTesting.content(try FixtureRegister()))
        #expect(!xml.contains("<incidents"))
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)).isEmpty)
    }

    @Test("the incidents part of pack.xml and index.html match their golden files (Dutch)")
    func goldens() throws {
        let content = try PackTesting.content(try fixture(), .nl)
        let xml = try PackTesting.excerpt(PackXMLRenderer.render(content), from: "<incidents", to: "</incidents>")
        #expect(Golden.mismatch(xml, golden: "pack-incidents.xml") == nil)
        let html = try PackTesting.excerpt(
            PackHTMLRenderer.render(content), from: "<section id=\"incidents\">", to: "</section>")
        #expect(Golden.mismatch(html, golden: "pack-incidents.html") == nil)
    }

    @Test("index.html: the log, the breach register with its badges, articles linked from both, escaped text")
    func html() throws {
        let html = PackHTMLRenderer.render(try PackTesting.content(try fixture(), .nl))
        let summary = try PackTesting.excerpt(html, from: "<section id=\"summary\">", to: "</section>")
        #expect(summary.contains("<tr><th scope=\"row\">Incidenten</th><td>5</td></tr>"))
        #expect(summary.contains("<tr><th scope=\"row\">Datalekken</th><td>3</td></tr>"))
        let section = try PackTesting.excerpt(html, from: "<section id=\"incidents\">", to: "</section>")
        #expect(section.contains(". Incidenten en datalekken</h2>"))
        #expect(section.contains("<h3>Datalekregister (art. 33 lid 5 AVG)</h3>"))
        #expect(section.contains("<a href=\"#incident-INC-2\">INC-2</a>"))
        #expect(section.contains("<article class=\"record incident\" id=\"incident-INC-2\">"))
        #expect(
            section.contains("<td class=\"number\">72.5</td><td><span class=\"state state-expired\">na 72 uur</span>"))
        // INC-4's clock still runs on the fixture's as-of date.
        #expect(section.contains("<span class=\"state state-expiring\">nog te melden</span>"))
        #expect(section.contains("Phishing &lt;b&gt;mail&lt;/b&gt;, reported"))
        #expect(section.contains("weggelaten (lijkt persoonsgegevens te bevatten)"))
        #expect(!section.contains("jan@example.nl"))
        let sections = ["risks", "incidents", "requests"]
        let order = sections.compactMap { html.range(of: "<section id=\"\($0)\">")?.lowerBound }
        #expect(order.count <= sections.count && order == order.sorted())
    }
}
