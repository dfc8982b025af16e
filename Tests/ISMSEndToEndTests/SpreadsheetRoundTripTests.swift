import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// `isms soa --format xlsx` read by independent readers (openpyxl, LibreOffice), and sheets that
/// LibreOffice itself wrote read back by isms's readers: the SoA's cells come back as exported.
@Suite("SoA workbooks and sheets, end to end")
struct SpreadsheetRoundTripTests {
    private static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/isms-sheets-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The cells of a table as the export meant them: header and rows, restored, padded to the header.
    private static func cells(_ table: SpreadsheetTable) -> [[String]] {
        let width = table.header.cells.count
        return ([table.header] + table.rows).map { row in
            (0..<width).map { FormulaText.restored(row[$0]) }
        }
    }

    private static func soa(_ root: String, _ arguments: [String]) throws -> IsmsBinary.Result {
        let result = try IsmsBinary.run(["soa", "-C", root] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    /// A fresh folder with the example register's SoA as of 2026-11-02 as soa.xlsx and soa.csv.
    private static func exampleExports() throws -> String {
        let folder = try folder()
        let root = IsmsBinary.repositoryRoot
        _ = try soa(root, ["--as-of", "2026-11-02", "--format", "xlsx", "-o", folder + "/soa.xlsx"])
        _ = try soa(root, ["--as-of", "2026-11-02", "-o", folder + "/soa.csv"])
        return folder
    }

    @Test("openpyxl reads the workbook: three sheets, the header, frozen at A2, a formula's text as a string")
    func openpyxl() throws {
        let fixture = try ReportFixture.make()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.soa(fixture.root, ["--as-of", ReportFixture.asOf, "--format", "xlsx", "-o", folder + "/soa.xlsx"])
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            soa = wb["SoA"]
            rows = {r[0].value: r for r in soa.iter_rows(min_row=2)}
            print(json.dumps({
                "sheets": wb.sheetnames,
                "frozen": [ws.freeze_panes for ws in wb],
                "filter": soa.auto_filter.ref,
                "header": [c.value for c in soa[1]],
                "bold": soa["A1"].font.b,
                "formula": [rows["A.5.4"][4].value, rows["A.5.4"][4].data_type, rows["A.5.4"][4].quotePrefix],
                "dutch": rows["A.5.1"][4].value,
                "count": soa.max_row,
            }))
            """
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script, folder + "/soa.xlsx"])
        try #require(result.status == 0, "openpyxl failed: \(result.output)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["sheets"] as? [String] == ["SoA", "RoPA", "Risks"])
        #expect(object["frozen"] as? [String] == ["A2", "A2", "A2"])
        #expect(object["filter"] as? String == "A1:L96")
        #expect(object["header"] as? [String] == SoATable.columns.map(\.column.title))
        #expect(object["bold"] as? Bool == true)
        let formula = try #require(object["formula"] as? [Any])
        #expect(formula[0] as? String == ReportFixture.formulaJustification)
        #expect(formula[1] as? String == "s")
        #expect(formula[2] as? Bool == true)
        #expect(object["dutch"] as? String == ReportFixture.dutchJustification)
        #expect(object["count"] as? Int == 96)
    }

    @Test("the same register and as-of give the same bytes; redirected standard output gets the workbook")
    func deterministic() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let root = IsmsBinary.repositoryRoot
        for name in ["one", "two"] {
            _ = try Self.soa(root, ["--as-of", "2026-11-02", "--format", "xlsx", "-o", "\(folder)/\(name).xlsx"])
        }
        let one = try Data(contentsOf: URL(fileURLWithPath: folder + "/one.xlsx"))
        #expect(one == (try Data(contentsOf: URL(fileURLWithPath: folder + "/two.xlsx"))))
        #expect(one.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let piped = try Self.soa(root, ["--as-of", "2026-11-02", "--format", "xlsx"])
        #expect(piped.stdout.hasPrefix("PK\u{3}\u{4}"))
        let ropa = try IsmsBinary.run(["ropa", "-C", root, "--format", "xlsx", "-o", folder + "/ropa.xlsx"])
        #expect(ropa.status == 0, "\(ropa.stderr)")
        #expect(try XLSXReader().read(path: folder + "/ropa.xlsx", sheet: "RoPA").rows.count == 8)
    }

    @Test(
        "a workbook is not written to a terminal: exit 2 with what to do instead",
        .enabled(if: Shell.has("/usr/bin/script"), "script(1) is not installed: no terminal to test with"))
    func notToTerminal() throws {
        let command = "\(IsmsBinary.url.path) soa -C \(IsmsBinary.repositoryRoot) --format xlsx; echo \"exit $?\""
        let result = try Shell.run("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(result.output.contains("--format xlsx writes a binary workbook: give --output FILE"))
        #expect(result.output.contains("exit 2"))
        #expect(!result.output.contains("PK"))
    }

    @Test("the example register's workbook reads back to the cells of its CSV, review-by dates included")
    func workbookMatchesCSV() throws {
        let folder = try Self.exampleExports()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workbook = try XLSXReader().read(path: folder + "/soa.xlsx")
        let csv = try CSVTableReader().read(path: folder + "/soa.csv")
        #expect(Self.cells(workbook) == Self.cells(csv))
        let sheet = try SoAImportSheet(workbook)
        #expect(sheet.rows.count == csv.rows.count)
        #expect(sheet.rows.first { $0.id.value == "A.5.1" }?.reviewBy?.value == "2027-02-10")
    }

    @Test(
        "LibreOffice converts isms's workbook to CSV, and isms reads that CSV back to the same cells",
        .enabled(if: Office.path != nil, "LibreOffice is not installed: the spreadsheet round trip is skipped"))
    func officeReadsWorkbook() throws {
        let folder = try Self.exampleExports()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let back = try Office.convert(
            folder + "/soa.xlsx", to: "csv:Text - txt - csv (StarCalc):44,34,76,1", into: folder + "/back", in: folder)
        #expect(
            Self.cells(try CSVTableReader().read(path: back))
                == Self.cells(try CSVTableReader().read(path: folder + "/soa.csv")))
    }

    @Test(
        "LibreOffice converts isms's CSV to a workbook; a cell edited there is what isms reads, the rest as exported",
        .enabled(if: Office.path != nil, "LibreOffice is not installed: the spreadsheet round trip is skipped"))
    func officeWritesWorkbook() throws {
        let folder = try Self.exampleExports()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = from row 1: the same import on every machine.
        let workbook = try Office.convert(
            folder + "/soa.csv", to: "xlsx", into: folder + "/xlsx", in: folder, infilter: "CSV:44,34,76,1")
        let edited = "Reviewed in LibreOffice; \"kept\", =not a formula"
        let script = """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb.worksheets[0]
            column = [c.value for c in ws[1]].index("Justification")
            row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "A.5.1")
            row[column].value = sys.argv[2]
            wb.save(sys.argv[1])
            """
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script, workbook, edited])
        try #require(result.status == 0, "openpyxl failed: \(result.output)")
        let read = try XLSXReader().read(path: workbook)
        var expected = Self.cells(try CSVTableReader().read(path: folder + "/soa.csv"))
        let justification = try #require(expected[0].firstIndex(of: "Justification"))
        let a51 = try #require(expected.firstIndex { $0.first == "A.5.1" })
        expected[a51][justification] = edited
        #expect(Self.cells(read) == expected)
        let sheet = try SoAImportSheet(read)
        #expect(sheet.rows.first { $0.id.value == "A.5.1" }?.justification?.value == edited)
        #expect(sheet.rows.first { $0.id.value == "A.7.4" }?.reviewBy?.value == "2027-09-30")
    }
}

/// LibreOffice headless, each run with a profile of its own (so that runs can go in parallel)
/// and a time limit.
enum Office {
    static var path: String? { LibreOffice.path }

    /// Converts `file` with the filter `to` into the folder `into`; the converted file's path.
    static func convert(
        _ file: String, to filter: String, into output: String, in folder: String, infilter: String? = nil
    ) throws -> String {
        let office = try #require(path)
        var arguments = [
            "180", office, "-env:UserInstallation=file://" + folder + "/profile", "--headless",
        ]
        if let infilter { arguments.append("--infilter=" + infilter) }
        arguments += ["--convert-to", filter, "--outdir", output, file]
        let result = try Shell.run("/usr/bin/timeout", arguments)
        let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let converted = output + "/" + base + "." + (filter.split(separator: ":").first.map(String.init) ?? filter)
        try #require(FileManager.default.fileExists(atPath: converted), "LibreOffice did not convert: \(result.output)")
        return converted
    }
}
