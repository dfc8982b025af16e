import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

@Suite("The pack's GDPR parts: several bases, Art. 9(2), Art. 30(2), DPO and EU representative")
struct PackGDPRTests {
    static func fixture() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try ProcessingFixtures.addGDPRCases(to: fixture)
        return fixture
    }

    @Test("pack.xml holds them and stays valid (libxml2 and xmllint)")
    func xml() throws {
        let xml = try XMLFixtures.render(try Self.fixture())
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)).isEmpty)
        try XMLFixtures.expectXmllintValid(xml)
        #expect(xml.contains("<dpo>J. de Vries, FG &lt;fg@fixture.example&gt;</dpo>"))
        #expect(xml.contains("<eu-representative>Rep &amp; Co &lt;rep@fixture.example&gt;</eu-representative>"))
        #expect(
            xml.contains(
                "<processing-activity id=\"personnel\" legal-basis=\"contract legal-obligation\" special-categories-condition=\"employment\""
            ))
        #expect(xml.contains("<purpose legal-basis=\"legal-obligation\">Salarisadministratie</purpose>"))
        #expect(xml.contains("<processing-activity id=\"hosting\" role=\"processor\" automated-decisions=\"false\""))
        #expect(xml.contains("<controller ref=\"klant\">Party klant</controller>"))
        #expect(xml.contains("<controller>Other Customer B.V.</controller>"))
        #expect(xml.contains("<processing-category>Backup</processing-category>"))
        // A controller's ref must name a party of the pack (the schema's keyref).
        let dangling = xml.replacingOccurrences(
            of: "<controller ref=\"klant\">", with: "<controller ref=\"nobody\">")
        #expect(!SchemaValidator.validate(xml: Array(dangling.utf8)).isEmpty)
        // A controller's record says nothing of its role: the schema's default.
        #expect(!xml.contains("<processing-activity id=\"personnel\" role="))
    }

    @Test("packs written before the change stay valid against the schema")
    func olderPacksValid() throws {
        // pack-small.xml is a whole pack (the other golden files are excerpts).
        let xml = try String(contentsOfFile: Golden.path("pack-small.xml"), encoding: .utf8)
        try XMLFixtures.expectXmllintValid(xml)
    }

    @Test("index.html: processing as a processor in a section of its own, in Dutch and English")
    func html() throws {
        let fixture = try Self.fixture()
        let dutch = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .nl))
        let section = try PackTesting.excerpt(
            dutch, from: "<section id=\"processor-processing\">", to: "</section>")
        #expect(section.contains(". Verwerkingen als verwerker (art. 30 lid 2)</h2>"))
        #expect(section.contains("id=\"processing-hosting\""))
        #expect(section.contains("Verwerkingsverantwoordelijken namens wie wordt verwerkt"))
        #expect(section.contains("<li>Other Customer B.V.</li>"))
        #expect(section.contains("<li>Backup</li>"))
        #expect(!section.contains("id=\"processing-personnel\""))
        let register = try PackTesting.excerpt(dutch, from: "<section id=\"processing\">", to: "</section>")
        #expect(!register.contains("id=\"processing-hosting\""))
        #expect(
            register.contains(
                "<tr><th scope=\"row\">Functionaris voor gegevensbescherming</th><td>J. de Vries, FG &lt;fg@fixture.example&gt;</td></tr>"
            ))
        #expect(register.contains("<td>Rep &amp; Co &lt;rep@fixture.example&gt;</td>"))
        #expect(
            register.contains(
                "<li>arbeidsrecht, sociale zekerheid en sociale bescherming (art. 9 lid 2 sub b AVG)</li>"))
        #expect(
            register.contains("<li>Salarisadministratie — wettelijke verplichting (art. 6 lid 1 sub c AVG)</li>"))

        let english = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .en))
        #expect(english.contains(". Processing as a processor (GDPR Art. 30(2))</h2>"))
        #expect(english.contains("<th scope=\"row\">Data protection officer</th>"))
        #expect(english.contains("<li>employment, social security and social protection law (GDPR Art. 9(2)(b))</li>"))
    }

    @Test("without processor records or officers the page has neither section nor rows")
    func absent() throws {
        let html = PackHTMLRenderer.render(try HTMLFixtures.content(try FixtureRegister(), .nl))
        #expect(!html.contains("processor-processing"))
        #expect(!html.contains("Functionaris voor gegevensbescherming"))
    }
}
