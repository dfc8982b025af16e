import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// `isms soa import`: a Statement of Applicability edited in a spreadsheet goes back into the
/// control records, exactly and all or nothing.
@Suite("isms soa import, end to end")
struct SoaImportCommandTests {
    /// The example register copied into a temporary folder (its controls and evidence).
    private static func example() throws -> FixtureRegister {
        let copy = try FixtureRegister(baseline: false)
        let root = IsmsBinary.repositoryRoot
        let archive = try Shell.run(
            "/bin/sh", ["-c", "git -C '\(root)' archive HEAD isms.yaml controls evidence | tar -x -C '\(copy.root)'"])
        try #require(archive.status == 0, "\(archive.output)")
        return copy
    }

    private static func export(_ fixture: FixtureRegister, _ arguments: [String] = []) throws -> String {
        let result = try IsmsBinary.run(["soa", "--as-of", "2026-11-02", "-C", fixture.root] + arguments)
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The CSV with the given cells changed: `(id, column title, new text)`.
    private static func edited(_ csv: String, _ changes: [(String, String, String)]) throws -> [[String]] {
        let table = try CSVTableReader().read(Array(csv.utf8), file: "soa.csv")
        var rows = ([table.header] + table.rows).map { row in
            (0..<table.header.cells.count).map { FormulaText.restored(row[$0]) }
        }
        for (id, title, text) in changes {
            let column = try #require(rows[0].firstIndex(of: title), "no column \(title)")
            let row = try #require(rows.firstIndex { $0.first == id }, "no row \(id)")
            rows[row][column] = text
        }
        return rows
    }

    /// Rows as Dutch-locale Excel saves "CSV (gescheiden door lijstscheidingsteken)":
    /// semicolons, CRLF, Windows-1252, formula-like text with its apostrophe.
    private static func dutchExcel(_ rows: [[String]]) -> Data {
        let text =
            rows.map { row in
                row.map { cell -> String in
                    let value = FormulaText.neutralised(cell)
                    let quoted = value.contains(";") || value.contains("\"") || value.contains("\n")
                    return quoted ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
                }.joined(separator: ";")
            }.joined(separator: "\r\n") + "\r\n"
        return text.data(using: .windowsCP1252)!
    }

    private static let changes: [(String, String, String)] = [
        ("A.5.1", "Owner", "CISO"),
        ("A.5.2", "Justification", "=Rollen: Security Officer en directie, zie beleid €\nTweede regel"),
        ("A.7.4", "Review by", "2027-06-30"),
        ("A.8.30", "Requirements", "Contract klant X; AVG art. 28"),
    ]

    @Test("Dutch Excel's CSV: the changes are printed (golden), applied to those keys only, and the check stays clean")
    func dutchCSV() throws {
        let fixture = try Self.example()
        let before = try IsmsBinary.run(["check", "--as-of", "2026-11-02", "-C", fixture.root])
        let sheet = fixture.root + "/../soa-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: sheet) }
        try Self.dutchExcel(try Self.edited(try Self.export(fixture), Self.changes)).write(
            to: URL(fileURLWithPath: sheet))
        let originals = try Dictionary(
            uniqueKeysWithValues: ["A.5.1", "A.5.2", "A.7.4", "A.8.30", "A.5.3"].map {
                ($0, try String(contentsOfFile: fixture.root + "/controls/annex-a/\($0).yaml", encoding: .utf8))
            })
        let dry = try IsmsBinary.run(["soa", "import", sheet, "--dry-run", "-C", fixture.root])
        #expect(dry.status == 0, "\(dry.stderr)")
        let shown = dry.stdout.replacingOccurrences(of: (sheet as NSString).lastPathComponent, with: "soa.csv")
        if let problem = Golden.mismatch(shown, golden: "soa-import-dry-run.txt") { Issue.record("\(problem)") }
        #expect(
            try String(contentsOfFile: fixture.root + "/controls/annex-a/A.5.1.yaml", encoding: .utf8)
                == originals["A.5.1"])

        let result = try IsmsBinary.run(["soa", "import", sheet, "-C", fixture.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("imported: 4 controls changed\n"), "\(result.stdout)")
        let controls = try fixture.load().register.controls
        func control(_ id: String) -> Control? { controls.first { $0.id == id } }
        #expect(control("A.5.1")?.owner == "CISO")
        #expect(control("A.5.2")?.justification == "=Rollen: Security Officer en directie, zie beleid €\nTweede regel")
        #expect(control("A.7.4")?.reviewBy?.description == "2027-06-30")
        #expect(control("A.8.30")?.requirements == ["Contract klant X", "AVG art. 28"])
        let untouched = try String(contentsOfFile: fixture.root + "/controls/annex-a/A.5.3.yaml", encoding: .utf8)
        #expect(untouched == originals["A.5.3"])
        // Only the owner's line of A.5.1 differs.
        let a51 = try String(contentsOfFile: fixture.root + "/controls/annex-a/A.5.1.yaml", encoding: .utf8)
        #expect(
            a51 == originals["A.5.1"]?.replacingOccurrences(of: "owner: Management (directie)", with: "owner: CISO"))
        let after = try IsmsBinary.run(["check", "--as-of", "2026-11-02", "-C", fixture.root])
        #expect(after.status == before.status, "\(after.stdout)")
        // Importing the same sheet again changes nothing.
        let again = try IsmsBinary.run(["soa", "import", sheet, "-C", fixture.root])
        #expect(again.stdout.hasPrefix("nothing to change"), "\(again.stdout)\(again.stderr)")
    }

    @Test("a wrong header, an unknown id and values the loader rejects: each named by row and column, nothing written")
    func refusals() throws {
        let fixture = try Self.example()
        let csv = try Self.export(fixture)
        let folder = try FixtureRegister(baseline: false)
        let bad = try Self.edited(
            csv,
            [
                ("A.5.1", "Owner", "CISO"), ("A.5.3", "Status", "done"), ("A.5.4", "Review by", "30-06-2027"),
                ("A.5.5", "Applicable", "misschien"),
            ])
        try folder.write("values.csv", String(decoding: Self.dutchExcel(bad), as: UTF8.self))
        let before = try String(contentsOfFile: fixture.root + "/controls/annex-a/A.5.1.yaml", encoding: .utf8)
        let values = try IsmsBinary.run(["soa", "import", folder.root + "/values.csv", "-C", fixture.root])
        #expect(values.status == 1)
        #expect(values.stderr.contains("values.csv, line 6, column D (Applicable)"), "\(values.stderr)")
        var valid = bad
        let a55 = try #require(valid.firstIndex { $0.first == "A.5.5" })
        valid[a55][3] = "yes"
        try folder.write("values.csv", String(decoding: Self.dutchExcel(valid), as: UTF8.self))
        let loader = try IsmsBinary.run(["soa", "import", folder.root + "/values.csv", "-C", fixture.root])
        #expect(loader.status == 1)
        #expect(
            loader.stderr.contains("values.csv, line 4, column H (Status): error[E104]: `status` is `done`"),
            "\(loader.stderr)")
        #expect(loader.stderr.contains("values.csv, line 5, column L (Review by): error[E104]"), "\(loader.stderr)")
        #expect(try String(contentsOfFile: fixture.root + "/controls/annex-a/A.5.1.yaml", encoding: .utf8) == before)

        var unknown = try Self.edited(csv, [])
        unknown[1][0] = "A.5.99"
        try folder.write(
            "unknown.csv", unknown.map { $0.map(CSVWriter.field).joined(separator: ",") }.joined(separator: "\n"))
        let id = try IsmsBinary.run(["soa", "import", folder.root + "/unknown.csv", "-C", fixture.root])
        #expect(id.status == 1)
        #expect(
            id.stderr.contains("unknown.csv, line 2, column A (Id): `A.5.99` is not a control of the register"),
            "\(id.stderr)")

        var header = try Self.edited(csv, [])
        header[0][8] = "Eigenaar"
        try folder.write(
            "header.csv", header.map { $0.map(CSVWriter.field).joined(separator: ",") }.joined(separator: "\n"))
        let columns = try IsmsBinary.run(["soa", "import", folder.root + "/header.csv", "-C", fixture.root])
        #expect(columns.status == 1)
        #expect(columns.stderr.contains("Eigenaar"), "\(columns.stderr)")
        #expect(try String(contentsOfFile: fixture.root + "/controls/annex-a/A.5.1.yaml", encoding: .utf8) == before)
    }

    @Test(
        "the example's SoA through LibreOffice: CSV to xlsx, a cell changed there, imported; and back to CSV",
        .enabled(if: Office.path != nil, "LibreOffice is not installed: the round trip through it is skipped"))
    func throughLibreOffice() throws {
        let fixture = try Self.example()
        let folder = try FixtureRegister(baseline: false)
        try folder.write("soa.csv", try Self.export(fixture))
        let workbook = try Office.convert(
            folder.root + "/soa.csv", to: "xlsx", into: folder.root + "/xlsx", in: folder.root,
            infilter: "CSV:44,34,76,1")
        let script = """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb.worksheets[0]
            header = [c.value for c in ws[1]]
            row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "A.8.30")
            row[header.index("Justification")].value = "Excluded: no development is outsourced (checked 2026-11)."
            row[header.index("Owner")].value = "CTO"
            wb.save(sys.argv[1])
            """
        let python = try Shell.run("/usr/bin/env", ["python3", "-c", script, workbook])
        try #require(python.status == 0, "\(python.output)")
        let imported = try IsmsBinary.run(["soa", "import", workbook, "-C", fixture.root])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            imported.stdout == """
                A.8.30 (row 90): justification: Excluded: development of the websites and platforms is do… → Excluded: no development is outsourced (checked 2026-11).
                A.8.30 (row 90): owner: Development Lead → CTO
                imported: 1 control changed

                """)
        // LibreOffice writes the workbook back as CSV; importing that changes nothing more.
        let csv = try Office.convert(
            workbook, to: "csv:Text - txt - csv (StarCalc):59,34,76,1", into: folder.root + "/back", in: folder.root)
        let again = try IsmsBinary.run(["soa", "import", csv, "-C", fixture.root])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("nothing to change"), "\(again.stdout)")
    }
}
