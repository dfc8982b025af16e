import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms soa, end to end")
struct SoaCommandTests {
    @Test("CSV of the fixture matches the golden file, byte for byte (BOM, CRLF, quoting)")
    func csvGolden() throws {
        let fixture = try ReportFixture.make()
        let result = try IsmsBinary.run(["soa", "-C", fixture.root, "--as-of", ReportFixture.asOf])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\u{FEFF}Id,Title,"))
        #expect(Golden.mismatch(result.stdout, golden: "soa-small.csv") == nil)
    }

    @Test("Markdown of the fixture matches the golden file")
    func markdownGolden() throws {
        let fixture = try ReportFixture.make()
        let result = try IsmsBinary.run(["soa", "-C", fixture.root, "--as-of", ReportFixture.asOf, "--format", "md"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Golden.mismatch(result.stdout, golden: "soa-small.md") == nil)
    }

    @Test("Python's csv module reads every cell back as written")
    func pythonReadsCSV() throws {
        let fixture = try ReportFixture.make()
        let result = try IsmsBinary.run(["soa", "-C", fixture.root, "--as-of", ReportFixture.asOf])
        let rows = try CSVReader.python(result.stdout)
        #expect(rows.count == 1 + 95)
        #expect(
            rows[0] == [
                "Id", "Title", "Theme", "Applicable", "Justification", "Risks", "Requirements", "Status", "Owner",
                "Evidence", "Evidence state", "Review by",
            ])
        #expect(rows.allSatisfy { $0.count == 12 })
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        #expect(byID["A.5.1"]?[4] == ReportFixture.dutchJustification)
        #expect(byID["A.5.2"]?[4] == ReportFixture.trickyJustification)
        #expect(byID["A.5.2"]?[8] == "Directie, Security Officer")
        #expect(byID["A.5.4"]?[4] == "'" + ReportFixture.formulaJustification)
        #expect(byID["A.5.6"]?[9] == "ev-soon; ev-old")
        #expect(byID["A.5.3"]?[3] == "no" && byID["A.5.3"]?[10] == "not-applicable")
        #expect(byID["A.5.8"]?[3] == "undecided")
        #expect(byID["ORG-10"]?[1] == "Pipes | and <b>tags</b>")
        #expect(rows.dropFirst().map { $0[0] }.suffix(2) == ["ORG-10", "ORG-2"])
    }

    @Test(
        "LibreOffice opens the CSV with the same cells",
        .enabled(if: LibreOffice.path != nil, "LibreOffice is not installed: the spreadsheet round trip is skipped"))
    func libreOffice() throws {
        let fixture = try ReportFixture.make()
        let result = try IsmsBinary.run(["soa", "-C", fixture.root, "--as-of", ReportFixture.asOf])
        let rows = try LibreOffice.roundTrip(result.stdout)
        let byID = Dictionary(rows.dropFirst().map { ($0.first ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byID["A.5.1"]?[4] == ReportFixture.dutchJustification)
        #expect(byID["A.5.2"]?[4] == ReportFixture.trickyJustification)
        // Text, not a formula: a formula would have come back as its result.
        #expect(byID["A.5.4"]?[4].hasSuffix(ReportFixture.formulaJustification) == true)
    }

    @Test("JSON parses, with arrays of evidence and every control")
    func json() throws {
        let fixture = try ReportFixture.make()
        let result = try IsmsBinary.run(["soa", "-C", fixture.root, "--as-of", ReportFixture.asOf, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "isms-soa")
        let controls = try #require(object["controls"] as? [[String: Any]])
        #expect(controls.count == 95)
        #expect(controls.first?["id"] as? String == "A.5.1")
        #expect(controls.first?["justification"] as? String == ReportFixture.dutchJustification)
        #expect(controls.first { $0["id"] as? String == "A.5.6" }?["evidence"] as? [String] == ["ev-soon", "ev-old"])
    }

    @Test("the example register: all 93 Annex A controls and the own controls, exit 0 in every format")
    func exampleRegister() throws {
        let root = IsmsBinary.repositoryRoot
        let csv = try IsmsBinary.run(["soa", "-C", root, "--as-of", "2026-11-02"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = try CSVReader.python(csv.stdout)
        let ids = rows.dropFirst().map { $0[0] }
        #expect(Array(ids.prefix(93)) == AnnexACatalog.controls.map(\.id))
        #expect(ids.dropFirst(93).allSatisfy { $0.hasPrefix("PSMS-") })
        let a830 = try #require(rows.first { $0[0] == "A.8.30" })
        #expect(a830[3] == "no" && a830[10] == "not-applicable")
        #expect(a830[11] == "2027-09-30")
        #expect(rows.first { $0[0] == "A.5.2" }?[11] == "")
        // Justifications with commas come back whole.
        #expect(rows.contains { $0[4].contains(",") && $0[4].hasPrefix("The website sets cookies") })
        let states = Set(rows.dropFirst().map { $0[10] })
        #expect(states.isSubset(of: Set(CoverageState.allCases.map(\.rawValue))))
        #expect(states.contains("covered") && states.contains("not-applicable"))

        let md = try IsmsBinary.run(["soa", "-C", root, "--as-of", "2026-11-02", "--format", "md"])
        #expect(md.status == 0)
        #expect(md.stdout.contains("- Organisation: PSMS B.V.\n"))
        #expect(md.stdout.contains("\n| A.8.30 | Outsourced development | technological | no |"))

        let json = try IsmsBinary.run(["soa", "-C", root, "--as-of", "2026-11-02", "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["controls"] as? [Any])?.count == rows.count - 1)
    }

    @Test("help has an example; a bad format and a missing register exit 2")
    func usage() throws {
        let help = try IsmsBinary.run(["soa", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Example:") && help.stdout.contains("--format"))
        #expect(try IsmsBinary.run(["soa", "--format", "xls"]).status == 2)
        let empty = try FixtureRegister(baseline: false)
        let none = try IsmsBinary.run(["soa", "-C", empty.root])
        #expect(none.status == 2)
        #expect(none.stderr.contains("no isms.yaml"))
    }

    @Test("a register that fails the check still gets its SoA, exit 0")
    func failingRegister() throws {
        let fixture = try ReportFixture.make()
        let check = try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", ReportFixture.asOf])
        #expect(check.status == 1)
        #expect(try IsmsBinary.run(["soa", "-C", fixture.root, "--as-of", ReportFixture.asOf]).status == 0)
    }
}

/// Reads CSV with an independent, real reader: Python's csv module.
enum CSVReader {
    static let script = """
        import csv, json, sys
        with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
            print(json.dumps(list(csv.reader(f))))
        """

    /// The rows of the CSV text, checking on the way that it starts with a BOM and ends every record with CRLF.
    static func python(_ csv: String) throws -> [[String]] {
        let data = Data(csv.utf8)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "the CSV starts with a UTF-8 byte order mark")
        #expect(csv.hasSuffix("\r\n"))
        let file = FileManager.default.temporaryDirectory.path + "/isms-report-" + UUID().uuidString + ".csv"
        try data.write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script, file])
        try #require(result.status == 0, "python3 failed: \(result.output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]])
    }
}

/// LibreOffice, when installed: it imports the CSV as a spreadsheet would (UTF-8, comma, quotes),
/// saves it as xlsx, and the xlsx is converted back to CSV for Python to read.
enum LibreOffice {
    static var path: String? {
        ["/usr/bin/libreoffice", "/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"]
            .first { Shell.has($0) }
    }

    static func roundTrip(_ csv: String) throws -> [[String]] {
        let office = try #require(path)
        let folder = FileManager.default.temporaryDirectory.path + "/isms-office-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: folder + "/soa.csv"))
        let profile = "-env:UserInstallation=file://" + folder + "/profile"
        // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = start at row 1.
        let toXLSX = try Shell.run(
            office,
            [
                profile, "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir",
                folder + "/xlsx",
                folder + "/soa.csv",
            ])
        try #require(FileManager.default.fileExists(atPath: folder + "/xlsx/soa.xlsx"), "\(toXLSX.output)")
        let toCSV = try Shell.run(
            office,
            [
                profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir",
                folder + "/back", folder + "/xlsx/soa.xlsx",
            ])
        let back = folder + "/back/soa.csv"
        try #require(FileManager.default.fileExists(atPath: back), "\(toCSV.output)")
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", CSVReader.script, back])
        try #require(result.status == 0, "python3 failed: \(result.output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]])
    }
}
