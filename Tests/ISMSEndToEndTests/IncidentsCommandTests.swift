import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms incidents, end to end")
struct IncidentsCommandTests {
    private func run(_ format: String, in fixture: FixtureRegister) throws -> IsmsBinary.Result {
        let result = try IsmsBinary.run([
            "incidents", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--format", format,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    @Test("the fixture's check: the late notification with reasons, the clock still running")
    func check() throws {
        let fixture = try IncidentFixtures.register()
        let result = try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("controls/incidents/INC-2.yaml:14:3: warning[W800]"), "\(result.stdout)")
        #expect(result.stdout.contains("controls/incidents/INC-4.yaml:9:3: warning[W802]"), "\(result.stdout)")
        #expect(result.stdout.contains("by 2026-06-03T10:00Z: 58 hours left"), "\(result.stdout)")
    }

    @Test("CSV, Markdown and JSON of the fixture match their golden files")
    func goldens() throws {
        let fixture = try IncidentFixtures.register()
        #expect(Golden.mismatch(try run("csv", in: fixture).stdout, golden: "incidents-small.csv") == nil)
        #expect(Golden.mismatch(try run("md", in: fixture).stdout, golden: "incidents-small.md") == nil)
        #expect(Golden.mismatch(try run("json", in: fixture).stdout, golden: "incidents-small.json") == nil)
    }

    @Test("Python's csv module reads every cell back: the hours taken across the clock change, a formula neutralised")
    func pythonReadsCSV() throws {
        let rows = try CSVReader.python(try run("csv", in: try IncidentFixtures.register()).stdout)
        #expect(rows.count == 1 + 4)
        #expect(rows[0].first == "Id" && rows[0].count == IncidentTable.columns.count)
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        let column = { (key: String) in IncidentTable.columns.firstIndex { $0.column.key == key }! }
        #expect(byID["INC-2"]?[column("hours-to-notify")] == "72.5")
        #expect(byID["INC-2"]?[column("deadline")] == "2026-03-30T09:00Z")
        #expect(byID["INC-3"]?[column("exemption")] == "34(3)(a)")
        #expect(byID["INC-1"]?[column("lessons")] == "'=cmd|' /C calc'!A0")
        #expect(byID["INC-1"]?[column("personal-data-breach")] == "no")
    }

    @Test("JSON parses: counts as numbers, absent values as null")
    func json() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try run("json", in: try IncidentFixtures.register()).stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "isms-incidents")
        #expect(object["breaches"] as? Int == 3)
        let incidents = try #require(object["incidents"] as? [[String: Any]])
        #expect(incidents.map { $0["id"] as? String } == ["INC-1", "INC-2", "INC-3", "INC-4"])
        #expect(incidents[1]["data-subjects"] as? Int == 1200)
        #expect(incidents[0]["risk"] is NSNull)
        #expect(incidents[1]["personal-data-breach"] as? Bool == true)
    }

    @Test("isms status shows the breaches still to notify with the hours left, or overdue, and the open incidents")
    func status() throws {
        let fixture = try IncidentFixtures.register()
        let result = try IsmsBinary.run(["status", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Golden.mismatch(result.stdout, golden: "status-incidents.txt") == nil)
        #expect(
            result.stdout.contains(
                "Personal-data breaches to notify (1)\n  INC-4  notify by 2026-06-03T10:00Z  58 hours left  Mailing list exposed\n  open incidents  1: INC-4\n"
            ))
        let later = try IsmsBinary.run(["status", "-C", fixture.root, "--as-of", "2026-06-05"])
        #expect(later.stdout.contains("INC-4  notify by 2026-06-03T10:00Z  38 hours overdue"), "\(later.stdout)")
    }

    @Test("isms incident add writes the record once, prints the deadline of a breach, and the check asks for the rest")
    func add() throws {
        let fixture = try FixtureRegister()
        let result = try IsmsBinary.run([
            "incident", "add", "INC-7", "-C", fixture.root, "--title", "Mail: sent to the wrong customer",
            "--severity", "medium", "--breach",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "controls/incidents/INC-7.yaml")
        #expect(lines.last?.contains("notify the supervisory authority by ") == true, "\(result.stdout)")
        let record = try String(contentsOfFile: fixture.root + "/controls/incidents/INC-7.yaml", encoding: .utf8)
        #expect(record.contains("title: \"Mail: sent to the wrong customer\"\n"))
        #expect(record.range(of: #"\naware: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z\n"#, options: .regularExpression) != nil)
        let check = try IsmsBinary.run(["check", "-C", fixture.root])
        #expect(check.status == 1)
        #expect(check.stdout.components(separatedBy: "error[E107]").count - 1 == 4, "\(check.stdout)")
        let again = try IsmsBinary.run([
            "incident", "add", "INC-7", "-C", fixture.root, "--title", "Again", "--severity", "low",
        ])
        #expect(again.status == 1)
        #expect(again.stderr.contains("incident INC-7 exists already"))
        let usage = try IsmsBinary.run([
            "incident", "add", "INC-8", "-C", fixture.root, "--title", "x", "--severity", "huge",
        ])
        #expect(usage.status == 2)
    }

    @Test("the example register: four incidents, exit 0 in every format")
    func exampleRegister() throws {
        for format in ["csv", "md", "json"] {
            let result = try IsmsBinary.run([
                "incidents", "-C", IsmsBinary.repositoryRoot, "--as-of", "2026-11-02", "--format", format,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("INC-2026-006"))
        }
    }
}
