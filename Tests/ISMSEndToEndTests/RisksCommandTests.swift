import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms risks, end to end")
struct RisksCommandTests {
    private func run(_ format: String) throws -> IsmsBinary.Result {
        let fixture = try ReportFixture.makeWithRisks()
        let result = try IsmsBinary.run([
            "risks", "-C", fixture.root, "--as-of", ReportFixture.asOf, "--format", format,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    @Test("CSV, Markdown and JSON of the fixture match their golden files")
    func goldens() throws {
        #expect(Golden.mismatch(try run("csv").stdout, golden: "risks-small.csv") == nil)
        #expect(Golden.mismatch(try run("md").stdout, golden: "risks-small.md") == nil)
        #expect(Golden.mismatch(try run("json").stdout, golden: "risks-small.json") == nil)
    }

    @Test("Python's csv module reads every cell back; a formula-like title is neutralised")
    func pythonReadsCSV() throws {
        let rows = try CSVReader.python(try run("csv").stdout)
        #expect(rows.count == 1 + 3)
        #expect(rows[0].first == "Id" && rows[0].count == RiskRegisterTable.columns.count)
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        #expect(byID["R-1"]?[1] == ReportFixture.hostileRiskTitle)
        #expect(byID["R-2"]?[1] == "'" + ReportFixture.formulaRiskTitle)
        let column = { (key: String) in RiskRegisterTable.columns.firstIndex { $0.column.key == key }! }
        #expect(byID["R-1"]?[column("inherent-level")] == "high")
        #expect(byID["R-1"]?[column("residual-level")] == "medium")
        #expect(byID["R-1"]?[column("acceptance-state")] == "accepted")
        #expect(byID["R-1"]?[column("controls")] == "A.5.1 (implemented, covered); A.5.7 (implemented, missing)")
        #expect(byID["R-2"]?[column("acceptance-state")] == "not needed")
        #expect(byID["R-3"]?[column("residual-level")] == "very-high")
        #expect(byID["R-3"]?[column("acceptance-state")] == "missing")
    }

    @Test("JSON parses: ratings, controls, actions and acceptances as objects")
    func json() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(try run("json").stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "isms-risks")
        #expect(object["retain-up-to"] as? String == "low")
        let risks = try #require(object["risks"] as? [[String: Any]])
        #expect(risks.map { $0["id"] as? String } == ["R-1", "R-2", "R-3"])
        let first = risks[0]
        #expect((first["inherent"] as? [String: String]) == ["likelihood": "possible", "impact": "major"])
        #expect((first["controls"] as? [[String: Any]])?.map { $0["id"] as? String } == ["A.5.1", "A.5.7"])
        #expect((first["planned"] as? [[String: Any]])?.first?["due"] as? String == "2026-09-30")
        #expect((first["acceptance"] as? [String: Any])?["until"] as? String == "2026-06-20")
        #expect(risks[1]["acceptance"] is NSNull)
    }

    @Test("the example register: twelve risks, exit 0 in every format")
    func exampleRegister() throws {
        for format in ["csv", "md", "json"] {
            let result = try IsmsBinary.run([
                "risks", "-C", IsmsBinary.repositoryRoot, "--as-of", "2026-11-02", "--format", format,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("R-012"))
        }
    }

    @Test("the SoA lists each control's risks and requirements; status lists the risks above the criteria")
    func soaAndStatus() throws {
        let fixture = try ReportFixture.makeWithRisks()
        let soa = try IsmsBinary.run(["soa", "-C", fixture.root, "--as-of", ReportFixture.asOf, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(soa.stdout.utf8)) as? [String: Any])
        let controls = try #require(object["controls"] as? [[String: Any]])
        let a51 = try #require(controls.first { $0["id"] as? String == "A.5.1" })
        #expect(a51["risks"] as? [String] == ["R-1"])
        #expect(controls.first { $0["id"] as? String == "A.5.2" }?["risks"] as? [String] == ["R-3"])
        let status = try IsmsBinary.run(["status", "-C", fixture.root, "--as-of", ReportFixture.asOf])
        #expect(status.status == 0)
        #expect(Golden.mismatch(status.stdout, golden: "status-risks.txt") == nil)
    }
}
