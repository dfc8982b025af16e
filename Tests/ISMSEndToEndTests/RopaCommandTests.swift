import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms ropa, end to end")
struct RopaCommandTests {
    @Test("the fixture's CSV read by Python: controller on every row, every Art. 30(1) column")
    func fixtureCSV() throws {
        let fixture = try ReportFixture.make()
        let result = try IsmsBinary.run(["ropa", "-C", fixture.root, "--as-of", ReportFixture.asOf])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try CSVReader.python(result.stdout)
        #expect(
            rows[0] == [
                "Controller", "Controller contact", "Id", "Name of the processing", "Purposes", "Legal basis",
                "Categories of data subjects", "Categories of personal data", "Special categories of personal data",
                "Recipients", "Transfers to third countries and safeguards", "Retention",
                "Technical and organisational security measures", "Automated decision-making", "Minors", "Source",
                "Evidence", "Evidence state", "Role (controller: Art. 30(1); processor: Art. 30(2))",
                "Controllers on whose behalf (processor)", "Categories of processing (processor)",
                "Legal basis per purpose", "Condition for special categories (GDPR Art. 9(2))",
            ])
        #expect(rows.count == 3)
        #expect(rows.dropFirst().allSatisfy { $0[0] == "Fixture B.V." && $0[1] == "privacy@fixture.example" })
        let newsletter = rows[2]
        #expect(newsletter[2] == "newsletter")
        #expect(newsletter[4] == "Send the newsletter, monthly; Measure reach")
        #expect(newsletter[5] == "consent (GDPR Art. 6(1)(a))")
        #expect(newsletter[9] == "Party purechat (processor)")
        #expect(newsletter[10] == "US: DPF")
        #expect(newsletter[13] == "no")
        #expect(newsletter[14] == "Not aimed at children under 16.\nParents may ask for deletion.\n")
        #expect(newsletter[17] == "expiring")
        #expect(rows[1][11] == "undetermined" && rows[1][17] == "missing")
    }

    @Test("the example register in every format: eight activities, PSMS B.V. as controller")
    func exampleRegister() throws {
        let root = IsmsBinary.repositoryRoot
        let csv = try IsmsBinary.run(["ropa", "-C", root, "--as-of", "2026-11-02"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = try CSVReader.python(csv.stdout)
        let ids = rows.dropFirst().map { $0[2] }
        #expect(ids == ids.sorted())
        #expect(ids.contains("newsletter") && ids.contains("chat") && ids.contains("website-visits"))
        #expect(rows.dropFirst().allSatisfy { $0[0] == "PSMS B.V." && $0[1] == "privacy@psms.nl" })
        let chat = try #require(rows.first { $0[2] == "chat" })
        #expect(chat[9].contains("(processor)"))
        #expect(!chat[12].isEmpty)
        // Dutch text with quotes and accents from the privacy statement comes back whole.
        let newsletter = try #require(rows.first { $0[2] == "newsletter" })
        #expect(newsletter[15].contains("„U kunt deze toestemming"))
        #expect(newsletter[5] == "consent (GDPR Art. 6(1)(a))")

        let md = try IsmsBinary.run(["ropa", "-C", root, "--as-of", "2026-11-02", "--format", "md"])
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# Record of processing activities (GDPR Art. 30(1))\n\n- Controller: PSMS B.V.\n"))
        #expect(md.stdout.contains("- Controller contact: privacy@psms.nl\n"))

        let json = try IsmsBinary.run(["ropa", "-C", root, "--as-of", "2026-11-02", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "isms-ropa")
        #expect(object["controller"] as? String == "PSMS B.V.")
        let activities = try #require(object["activities"] as? [[String: Any]])
        #expect(activities.count == ids.count)
        let jsonChat = try #require(activities.first { $0["id"] as? String == "chat" })
        let recipients = try #require(jsonChat["recipients"] as? [[String: Any]])
        #expect(recipients.contains { $0["role"] as? String == "processor" })
        #expect(jsonChat["automated-decisions"] is Bool)
    }

    @Test("Art. 30(2) rows, a basis per purpose and the DPO in CSV (one table), Markdown and JSON")
    func gdprCases() throws {
        let fixture = try ReportFixture.make()
        try ProcessingFixtures.addGDPRCases(to: fixture)
        let csv = try IsmsBinary.run(["ropa", "-C", fixture.root, "--as-of", ReportFixture.asOf])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = try CSVReader.python(csv.stdout)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        #expect(
            Array(rows[0].prefix(5)) == [
                "Controller", "Controller contact", "Data protection officer", "Representative in the EU", "Id",
            ])
        let hosting = try #require(rows.first { $0[4] == "hosting" })
        #expect(hosting[2] == "J. de Vries, FG <fg@fixture.example>")
        #expect(
            Array(hosting.suffix(5)) == ["processor", "Party klant; Other Customer B.V.", "Hosting; Backup", "", ""])
        let personnel = try #require(rows.first { $0[4] == "personnel" })
        #expect(personnel[7] == "contract (GDPR Art. 6(1)(b)); legal obligation (GDPR Art. 6(1)(c))")
        #expect(personnel.last == "employment (GDPR Art. 9(2)(b))")

        let md = try IsmsBinary.run(["ropa", "-C", fixture.root, "--as-of", ReportFixture.asOf, "--format", "md"])
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# Record of processing activities (GDPR Art. 30(1) and 30(2))\n"))
        #expect(md.stdout.contains("- Data protection officer: J. de Vries, FG &lt;fg@fixture.example>\n"))

        let json = try IsmsBinary.run(["ropa", "-C", fixture.root, "--as-of", ReportFixture.asOf, "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["eu-representative"] as? String == "Rep & Co <rep@fixture.example>")
        let activities = try #require(object["activities"] as? [[String: Any]])
        let jsonPersonnel = try #require(activities.first { $0["id"] as? String == "personnel" })
        #expect(jsonPersonnel["legal-basis"] as? [String] == ["contract", "legal-obligation"])
        let bases = try #require(jsonPersonnel["purpose-bases"] as? [[String: Any]])
        #expect(bases.map { $0["legal-basis"] as? String } == ["legal-obligation", "contract"])
    }

    @Test("help has an example; a bad format exits 2")
    func usage() throws {
        let help = try IsmsBinary.run(["ropa", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Example:"))
        #expect(try IsmsBinary.run(["ropa", "--format", "pdf"]).status == 2)
    }
}
