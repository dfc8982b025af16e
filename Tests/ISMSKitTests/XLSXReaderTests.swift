import Foundation
import ISMSTestSupport
import Testing
import ZIPFoundation

@testable import ISMSKit

/// Workbooks built part by part in the test, in the shapes Excel and LibreOffice write, and
/// hostile ones.
@Suite("XLSX sheets: what Excel and LibreOffice write, and what is refused")
struct XLSXReaderTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A zip of the parts at a fresh path.
    static func zip(_ parts: [(String, String)], compression: CompressionMethod = .deflate) throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/isms-xlsx-" + UUID().uuidString + ".xlsx"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return path
    }

    /// A workbook with one sheet `Blad1` (and more when given), its sheet XML as given.
    static func workbook(
        sheet: String, sharedStrings: String? = nil, styles: String? = nil, more: [(String, String)] = []
    )
        throws -> String
    {
        var parts: [(String, String)] = [
            (
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="\(main)" xmlns:r="\(relationships)"><sheets>\
                <sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>
                """
            ),
            (
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="/xl/worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/>\
                <Relationship Id="rId3" Type="\(relationships)/styles" Target="styles.xml"/>\
                </Relationships>
                """
            ),
            ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(sheet)</sheetData></worksheet>"),
        ]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">\(sharedStrings)</sst>")) }
        if let styles { parts.append(("xl/styles.xml", "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>")) }
        return try zip(parts + more)
    }

    private func read(_ path: String, reader: XLSXReader = XLSXReader()) throws(SpreadsheetError) -> SpreadsheetTable {
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try reader.read(path: path)
    }

    private func problem(_ path: String, reader: XLSXReader = XLSXReader()) -> String? {
        do {
            _ = try read(path, reader: reader)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("shared strings as Excel writes them: rich-text runs joined, phonetic runs left out, _x000D_ decoded")
    func sharedStrings() throws {
        let table = try read(
            try Self.workbook(
                sheet: """
                    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
                    <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>
                    """,
                sharedStrings: """
                    <si><t>Id</t></si><si><r><rPr><b/></rPr><t>Justi</t></r><r><t xml:space="preserve">fication</t></r></si>\
                    <si><t>A.5.1</t><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>line_x000D_
                    two &amp; _x005F_x0041_</t></si>
                    """))
        #expect(table.header.cells == ["Id", "Justification"])
        #expect(table.rows == [.init(number: 2, cells: ["A.5.1", "line\r\ntwo & _x0041_"])])
    }

    @Test("inline strings, numbers, booleans, formula results; empty cells skipped in the XML")
    func inlineAndTypes() throws {
        let table = try read(
            try Self.workbook(
                sheet: """
                    <row r="1"><c r="A1" t="inlineStr"><is><t>Id</t></is></c><c r="D1" t="inlineStr"><is><t>Owner</t></is></c></row>\
                    <row r="3"><c r="A3" t="inlineStr"><is><t>A.5.1</t></is></c><c r="B3" t="b"><v>1</v></c>\
                    <c r="C3"><v>42</v></c><c r="D3" t="str"><f>UPPER("ciso")</f><v>CISO</v></c></row>
                    """))
        #expect(table.header.cells == ["Id", "", "", "Owner"])
        #expect(table.rows == [.init(number: 3, cells: ["A.5.1", "TRUE", "42", "CISO"])])
    }

    @Test("cells and rows without an r reference follow the one before")
    func withoutReferences() throws {
        let table = try read(
            try Self.workbook(
                sheet: """
                    <row><c t="inlineStr"><is><t>Id</t></is></c><c t="inlineStr"><is><t>Owner</t></is></c></row>\
                    <row><c t="inlineStr"><is><t>A.5.1</t></is></c><c r="C2" t="inlineStr"><is><t>x</t></is></c></row>
                    """))
        #expect(table.rows == [.init(number: 2, cells: ["A.5.1", "", "x"])])
    }

    @Test("a number in a date format, or a date cell, reads as the date; Text-formatted cells stay as typed")
    func dates() throws {
        let table = try read(
            try Self.workbook(
                sheet: """
                    <row r="1"><c r="A1" t="inlineStr"><is><t>Review by</t></is></c></row>\
                    <row r="2"><c r="A2" s="1"><v>46428</v></c><c r="B2" s="2"><v>46428</v></c><c r="C2" s="3"><v>46428</v></c>\
                    <c r="D2" t="d"><v>2027-02-10T00:00:00</v></c></row>
                    """,
                styles: """
                    <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/></numFmts>\
                    <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs>
                    """))
        #expect(table.rows.first?.cells == ["2027-02-10", "2027-02-10", "46428", "2027-02-10"])
    }

    @Test("a sheet by name; an unknown name lists the sheets")
    func sheetByName() throws {
        let path = try Self.workbook(sheet: "<row r=\"1\"><c t=\"inlineStr\"><is><t>Id</t></is></c></row>")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try XLSXReader().read(path: path, sheet: "Blad1").header.cells == ["Id"])
        #expect(throws: SpreadsheetError.self) { try XLSXReader().read(path: path, sheet: "SoA") }
        do {
            _ = try XLSXReader().read(path: path, sheet: "SoA")
        } catch {
            #expect(error.description.hasSuffix("has no sheet `SoA`; its sheets are `Blad1`"))
        }
    }

    @Test("not a workbook: a zip without xl/workbook.xml, a file that is no zip")
    func notAWorkbook() throws {
        let name = { (path: String) in (path as NSString).lastPathComponent }
        let empty = try Self.zip([("word/document.xml", "<w/>")])
        #expect(problem(empty) == "\(name(empty)): not a workbook (no xl/workbook.xml)")
        let text = FileManager.default.temporaryDirectory.path + "/isms-xlsx-" + UUID().uuidString + ".xlsx"
        try Data("Id,Owner\n".utf8).write(to: URL(fileURLWithPath: text))
        #expect(problem(text)?.contains("not a workbook") == true)
    }

    @Test("hostile: a DOCTYPE with entity declarations is refused before anything expands")
    func entities() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">\
            <!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="\(Self.main)"><si><t>&b;&x;</t></si></sst>
            """
        let path = try Self.workbook(
            sheet: "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>",
            more: [("xl/sharedStrings.xml", laughs)])
        let message = try #require(problem(path))
        #expect(message.contains("part `xl/sharedStrings.xml` cannot be read") && message.contains("DOCTYPE"))
        #expect(!message.contains("root:"))
    }

    @Test("hostile: a part that expands beyond the bound is refused without being unpacked")
    func hugeEntry() throws {
        let rows = String(repeating: "<row><c t=\"inlineStr\"><is><t>aaaaaaaa</t></is></c></row>", count: 40_000)
        var reader = XLSXReader()
        reader.limits.entryBytes = 1 << 20
        let message = try #require(problem(try Self.workbook(sheet: rows), reader: reader))
        #expect(message.contains("part `xl/worksheets/sheet1.xml` expands to") && message.hasSuffix("refused"))
    }

    @Test("hostile: a part named ../x is refused")
    func pathEscape() throws {
        let path = try Self.workbook(sheet: "<row/>", more: [("../x", "escape")])
        #expect(problem(path)?.contains("part `../x` is not a name a workbook holds; refused") == true)
    }

    @Test("hostile: a shared string index past the table, a row number going back")
    func brokenReferences() throws {
        let index = try #require(
            problem(try Self.workbook(sheet: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>", sharedStrings: "")))
        #expect(index.hasSuffix("cell A1: shared string `7` is not in the workbook's table"))
        let back = try #require(
            problem(
                try Self.workbook(
                    sheet: "<row r=\"2\"><c t=\"inlineStr\"><is><t>x</t></is></c></row><row r=\"1\"/>")))
        #expect(back.contains("row number `1` is not a row after row 2"))
    }

    @Test("bounded: too many cells or shared strings is refused")
    func bounded() throws {
        var reader = XLSXReader()
        reader.limits.cells = 10
        reader.limits.sharedStrings = 3
        let cells = "<row>" + String(repeating: "<c><v>1</v></c>", count: 11) + "</row>"
        #expect(problem(try Self.workbook(sheet: cells), reader: reader)?.contains("more than 10 cells") == true)
        let strings = String(repeating: "<si><t>x</t></si>", count: 4)
        #expect(
            problem(try Self.workbook(sheet: "<row/>", sharedStrings: strings), reader: reader)?.contains(
                "more than 3 shared strings") == true)
    }
}
