import Foundation
import ISMSTestSupport
import Testing
import ZIPFoundation

@testable import ISMSKit

@Suite("XLSX workbooks isms writes")
struct XLSXWriterTests {
    private static func table(_ rows: [[String]]) -> ReportTable {
        ReportTable(
            kind: "test", title: "Test", fields: [], rowsKey: "rows",
            columns: [.init("id", "Id"), .init("justification", "Justification")],
            rows: rows.map { $0.map(ReportCell.text) })
    }

    private static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    @Test("the same tables give the same bytes; the parts a workbook needs, in a fixed order")
    func deterministic() throws {
        let fixture = try ReportFixture.make()
        let report = try ReportFixture.report(fixture)
        let writer = XLSXWriter(sheets: [("SoA", SoATable.build(report)), ("RoPA", RoPATable.build(report))])
        let first = try writer.write()
        #expect(try writer.write() == first)
        let archive = try Archive(data: first, accessMode: .read)
        #expect(
            archive.map(\.path) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
    }

    @Test("frozen header, bold header style, autofilter, widths between 8 and 60")
    func sheetShape() throws {
        let long = String(repeating: "word ", count: 40)
        let parts = try Self.parts(try XLSXWriter(sheets: [("SoA", Self.table([["A.5.1", long]]))]).write())
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:B2\"/>"))
        #expect(sheet.contains("<col min=\"1\" max=\"1\" width=\"8\" style=\"1\" customWidth=\"1\"/>"))
        #expect(sheet.contains("<col min=\"2\" max=\"2\" width=\"60\" style=\"1\" customWidth=\"1\"/>"))
        #expect(sheet.contains("<c r=\"A1\" s=\"2\" t=\"inlineStr\">"))
        // Longer than its column: wrapped.
        #expect(sheet.contains("<c r=\"B2\" s=\"4\" t=\"inlineStr\">"))
        #expect(parts["xl/workbook.xml"]?.contains("&apos;SoA&apos;!$A$1:$B$2</definedName>") == true)
        // 200 characters in a column of 60: four lines of 15 points.
        #expect(sheet.contains("<row r=\"2\" ht=\"60\" customHeight=\"1\">"))
        #expect(
            sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
    }

    @Test("text is escaped, controls made visible, a formula a string with the quote prefix, _x0041_ kept")
    func cellText() throws {
        let rows = [
            ["A.5.1", "<b>&amp;</b> \"x\""], ["A.5.2", "=SUM(A1)"], ["A.5.3", "bell\u{7}\u{FFFE}"],
            ["A.5.4", "_x0041_ stays"], ["A.5.5", "'apostrophe"],
        ]
        let data = try XLSXWriter(sheets: [("SoA", Self.table(rows))]).write()
        let sheet = try #require(try Self.parts(data)["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;x&quot;"))
        #expect(
            sheet.contains("<c r=\"B3\" s=\"5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">=SUM(A1)</t></is></c>"))
        #expect(!sheet.contains("<f>"))
        let path = FileManager.default.temporaryDirectory.path + "/isms-w-" + UUID().uuidString + ".xlsx"
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let read = try XLSXReader().read(path: path)
        #expect(read.header.cells == ["Id", "Justification"])
        #expect(
            read.rows.map { FormulaText.restored($0[1]) } == [
                "<b>&amp;</b> \"x\"", "=SUM(A1)", "bell\\u{7}\u{FFFD}", "_x0041_ stays", "'apostrophe",
            ])
        #expect(read.rows.map(\.number) == [2, 3, 4, 5, 6])
    }
}
