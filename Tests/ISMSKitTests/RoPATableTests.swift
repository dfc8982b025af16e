import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

@Suite("Record of processing activities table")
struct RoPATableTests {
    private func rows(_ table: ReportTable) -> [String: [String: ReportCell]] {
        Dictionary(
            uniqueKeysWithValues: table.rows.map { cells in
                (cells[0].text, Dictionary(uniqueKeysWithValues: zip(table.columns.map(\.key), cells)))
            })
    }

    @Test("every Art. 30(1) field, one row per activity by id")
    func fields() throws {
        let fixture = try ReportFixture.make()
        let table = RoPATable.build(try ReportFixture.report(fixture))
        #expect(table.rows.map { $0[0].text } == ["contact-form", "newsletter"])
        #expect(
            table.columns.map(\.key) == [
                "id", "name", "purposes", "legal-basis", "data-subjects", "data-categories", "special-categories",
                "recipients", "transfers", "retention", "controls", "automated-decisions", "minors", "source",
                "evidence", "state", "role", "controllers", "processing-categories", "purpose-bases",
                "special-categories-condition",
            ])
        let newsletter = try #require(rows(table)["newsletter"])
        #expect(newsletter["name"]?.text == "Nieuwsbrief")
        #expect(newsletter["purposes"]?.text == "Send the newsletter, monthly; Measure reach")
        #expect(newsletter["legal-basis"]?.text == "consent (GDPR Art. 6(1)(a))")
        #expect(newsletter["legal-basis"]?.value == .string("consent"))
        #expect(newsletter["data-subjects"]?.text == "Abonnees")
        #expect(newsletter["data-categories"]?.text == "Voornaam; E-mailadres")
        #expect(newsletter["special-categories"]?.text == "none")
        #expect(newsletter["special-categories"]?.value == .array([]))
        #expect(newsletter["recipients"]?.text == "Party purechat (processor)")
        #expect(
            newsletter["recipients"]?.value
                == .array([
                    .object([
                        "id": .string("purechat"), "name": .string("Party purechat"), "role": .string("processor"),
                    ])
                ]))
        #expect(newsletter["transfers"]?.text == "US: DPF")
        #expect(newsletter["retention"]?.text == "until consent is withdrawn")
        #expect(newsletter["controls"]?.text == "A.5.1 Policies for information security; ORG-2 Own control two")
        #expect(newsletter["automated-decisions"]?.text == "no")
        #expect(newsletter["automated-decisions"]?.value == .bool(false))
        #expect(newsletter["minors"]?.text == "Not aimed at children under 16.\nParents may ask for deletion.\n")
        #expect(newsletter["source"]?.text == "Privacyverklaring, 'Nieuwsbrief'")
        #expect(newsletter["evidence"]?.text == "ev-soon")
        #expect(newsletter["state"]?.text == "expiring")

        let contact = try #require(rows(table)["contact-form"])
        #expect(contact["recipients"]?.text == "none")
        #expect(contact["transfers"]?.text == "none")
        #expect(contact["special-categories"]?.text == "Health")
        #expect(contact["special-categories-condition"]?.text == "health-care (GDPR Art. 9(2)(h))")
        #expect(contact["retention"]?.text == "undetermined")
        #expect(contact["automated-decisions"]?.text == "yes")
        #expect(contact["minors"]?.text == "" && contact["minors"]?.value == .null)
        #expect(contact["state"]?.text == "missing")
    }

    @Test("the controller (Art. 30(1)(a)) is on every CSV row, and above the Markdown table")
    func controller() throws {
        let fixture = try ReportFixture.make()
        let table = RoPATable.build(try ReportFixture.report(fixture))
        let csv = CSVWriter().write(table)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("\u{FEFF}Controller,Controller contact,Id,Name of the processing,Purposes,"))
        #expect(lines[1].hasPrefix("Fixture B.V.,privacy@fixture.example,contact-form,Contact form,"))
        #expect(
            csv.contains(
                "Fixture B.V.,privacy@fixture.example,newsletter,Nieuwsbrief,\"Send the newsletter, monthly; Measure reach\","
            ))
        #expect(csv.contains("\"Not aimed at children under 16.\nParents may ask for deletion.\n\""))
        let md = MarkdownTableWriter().write(table)
        #expect(md.hasPrefix("# Record of processing activities (GDPR Art. 30(1))\n\n- Controller: Fixture B.V.\n"))
        #expect(md.contains("- Controller contact: privacy@fixture.example\n"))
        #expect(md.contains("| Not aimed at children under 16.<br>Parents may ask for deletion. |"))
    }

    @Test("JSON: the controller at the top, recipients, transfers and controls as objects")
    func json() throws {
        let fixture = try ReportFixture.make()
        let json = JSONTableWriter().write(RoPATable.build(try ReportFixture.report(fixture)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "isms-ropa")
        #expect(object["controller"] as? String == "Fixture B.V.")
        #expect(object["controller-contact"] as? String == "privacy@fixture.example")
        let activities = try #require(object["activities"] as? [[String: Any]])
        let newsletter = try #require(activities.last)
        #expect((newsletter["transfers"] as? [[String: Any]])?.first?["safeguard"] as? String == "DPF")
        #expect((newsletter["controls"] as? [[String: Any]])?.map { $0["id"] as? String } == ["A.5.1", "ORG-2"])
        #expect(newsletter["purposes"] as? [String] == ["Send the newsletter, monthly", "Measure reach"])
    }

    @Test("an unknown recipient and a transfer without safeguard are shown, not dropped")
    func unknowns() throws {
        let fixture = try ReportFixture.make()
        try fixture.write(
            "controls/processing/extra.yaml",
            ProcessingFixtures.activity(id: "extra", recipients: ["nobody"], transfers: "[{country: \"US\"}]"))
        let newsletter = try #require(rows(RoPATable.build(try ReportFixture.report(fixture)))["extra"])
        #expect(newsletter["recipients"]?.text == "nobody (unknown party)")
        #expect(newsletter["transfers"]?.text == "US: no safeguard stated")
    }

    @Test("several bases, a basis per purpose, an Art. 9(2) condition and Art. 30(2) rows")
    func gdprCells() throws {
        let fixture = try ReportFixture.make()
        try ProcessingFixtures.addGDPRCases(to: fixture)
        let table = RoPATable.build(try ReportFixture.report(fixture))
        #expect(table.title == "Record of processing activities (GDPR Art. 30(1) and 30(2))")
        let personnel = try #require(rows(table)["personnel"])
        #expect(personnel["role"]?.text == "controller")
        #expect(
            personnel["legal-basis"]?.text
                == "contract (GDPR Art. 6(1)(b)); legal obligation (GDPR Art. 6(1)(c))")
        #expect(personnel["legal-basis"]?.value == .array([.string("contract"), .string("legal-obligation")]))
        #expect(
            personnel["purpose-bases"]?.text
                == "Salarisadministratie: legal-obligation; Arbeidsovereenkomst uitvoeren: contract")
        #expect(personnel["special-categories-condition"]?.text == "employment (GDPR Art. 9(2)(b))")
        #expect(personnel["special-categories-condition"]?.value == .array([.string("employment")]))
        let newsletter = try #require(rows(table)["newsletter"])
        #expect(newsletter["legal-basis"]?.value == .string("consent"))
        #expect(
            newsletter["purpose-bases"]?.text == "Send the newsletter, monthly: consent; Measure reach: consent")
        let hosting = try #require(rows(table)["hosting"])
        #expect(hosting["role"]?.text == "processor")
        #expect(hosting["controllers"]?.text == "Party klant; Other Customer B.V.")
        #expect(
            hosting["controllers"]?.value
                == .array([
                    .object(["id": .string("klant"), "name": .string("Party klant")]),
                    .object(["id": .null, "name": .string("Other Customer B.V.")]),
                ]))
        #expect(hosting["processing-categories"]?.text == "Hosting; Backup")
        #expect(hosting["legal-basis"]?.value == .null)
    }

    @Test("the DPO and EU representative (Art. 30(1)(a)): on every CSV row, above the Markdown table, in JSON")
    func officers() throws {
        let fixture = try ReportFixture.make()
        try ProcessingFixtures.addGDPRCases(to: fixture)
        let table = RoPATable.build(try ReportFixture.report(fixture))
        let csv = CSVWriter().write(table)
        #expect(
            csv.hasPrefix(
                "\u{FEFF}Controller,Controller contact,Data protection officer,Representative in the EU,Id,"))
        #expect(
            csv.contains(
                "Fixture B.V.,privacy@fixture.example,\"J. de Vries, FG <fg@fixture.example>\",Rep & Co <rep@fixture.example>,hosting,"
            ))
        let md = MarkdownTableWriter().write(table)
        // Markdown escapes what would be markup.
        #expect(md.contains("- Data protection officer: J. de Vries, FG &lt;fg@fixture.example>\n"))
        #expect(md.contains("- Representative in the EU: Rep &amp; Co &lt;rep@fixture.example>\n"))
        let json = JSONTableWriter().write(table)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["dpo"] as? String == "J. de Vries, FG <fg@fixture.example>")
        #expect(object["eu-representative"] as? String == "Rep & Co <rep@fixture.example>")
        // Without them: no CSV column, no Markdown line, `null` in JSON.
        let plainTable = RoPATable.build(try FixtureRegister().check())
        #expect(!CSVWriter().write(plainTable).contains("Data protection officer"))
        #expect(!MarkdownTableWriter().write(plainTable).contains("Data protection officer"))
        let plain = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONTableWriter().write(plainTable).utf8)) as? [String: Any])
        #expect(plain["dpo"] is NSNull && plain["eu-representative"] is NSNull)
    }

    @Test("an empty register of processing gives a header row only")
    func empty() throws {
        let fixture = try FixtureRegister()
        let csv = CSVWriter().write(RoPATable.build(try fixture.check()))
        #expect(csv.components(separatedBy: "\r\n").count == 2)
    }
}
