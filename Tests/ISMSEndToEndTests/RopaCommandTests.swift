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
                "Evidence", "Evidence state",
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

    @Test("help has an example; a bad format exits 2")
    func usage() throws {
        let help = try IsmsBinary.run(["ropa", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Example:"))
        #expect(try IsmsBinary.run(["ropa", "--format", "pdf"]).status == 2)
    }
}
