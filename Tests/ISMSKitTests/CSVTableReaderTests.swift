import Foundation
import Testing

@testable import ISMSKit

/// CSV as real spreadsheet programs save it, read back cell for cell.
@Suite("CSV sheets as Excel and LibreOffice write them")
struct CSVTableReaderTests {
    private func read(_ bytes: [UInt8]) throws(SpreadsheetError) -> SpreadsheetTable {
        try CSVTableReader().read(bytes, file: "soa.csv")
    }

    @Test("Dutch Excel: semicolons and Windows-1252 bytes (é, €, ë), CRLF")
    func dutchExcel() throws {
        // In Windows-1252 ë is EB, € is 80 and é is E9: not valid UTF-8.
        var bytes = Array("Id;Justification;Owner\r\nA.5.1;Verplicht voor cli".utf8)
        bytes += [0xEB] + Array("nt, ".utf8) + [0x80] + Array(" 5;caf".utf8) + [0xE9] + Array("\r\n".utf8)
        let table = try read(bytes)
        #expect(table.header.cells == ["Id", "Justification", "Owner"])
        #expect(table.rows == [.init(number: 2, cells: ["A.5.1", "Verplicht voor cliënt, € 5", "café"])])
        #expect(table.numbering == .csvLine)
    }

    @Test("CSV UTF-8 with a byte order mark, commas, quoted fields with doubled quotes")
    func utf8WithBOM() throws {
        let text = "\u{FEFF}Id,Justification\r\nA.5.2,\"Roles, as \"\"agreed\"\"\"\r\n"
        let table = try read(Array(text.utf8))
        #expect(table.header.cells == ["Id", "Justification"])
        #expect(table.rows.first?.cells == ["A.5.2", "Roles, as \"agreed\""])
    }

    @Test("a quoted field with line breaks; the next record's line is counted past them")
    func quotedNewline() throws {
        let text = "Id,Justification\nA.5.1,\"one\ntwo\r\nthree\"\nA.5.2,plain\n"
        let table = try read(Array(text.utf8))
        #expect(table.rows.map(\.cells) == [["A.5.1", "one\ntwo\r\nthree"], ["A.5.2", "plain"]])
        #expect(table.rows.map(\.number) == [2, 5])
    }

    @Test("classic Mac line ends (CR only), a trailing empty line and rows of empty cells left out")
    func crOnly() throws {
        let text = "Id;Owner\rA.5.1;CISO\r;\r\r"
        let table = try read(Array(text.utf8))
        #expect(table.rows == [.init(number: 2, cells: ["A.5.1", "CISO"])])
    }

    @Test("tab-separated, and Excel's sep= first line")
    func tabsAndSepLine() throws {
        #expect(
            try read(Array("Id\tOwner\nA.5.1\tCISO, deputy\n".utf8)).rows.first?.cells == ["A.5.1", "CISO, deputy"])
        let table = try read(Array("sep=;\r\nId,x;Owner\r\nA.5.1;CISO\r\n".utf8))
        #expect(table.header.cells == ["Id,x", "Owner"])
        #expect(table.header.number == 2 && table.rows.first?.number == 3)
    }

    @Test("UTF-16 with its byte order mark, as Excel's Unicode text")
    func utf16() throws {
        let bytes: [UInt8] =
            [0xFF, 0xFE] + "Id\tOwner\r\nA.5.1\tJosé\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try read(bytes).rows.first?.cells == ["A.5.1", "José"])
    }

    @Test("an unterminated quote names the line where it opened")
    func unterminatedQuote() throws {
        let text = "Id,Justification\nA.5.1,ok\nA.5.2,\"never\nclosed\n"
        #expect(throws: SpreadsheetError.self) { try read(Array(text.utf8)) }
        do {
            _ = try read(Array(text.utf8))
        } catch {
            #expect(
                error.description
                    == "soa.csv: line 3, column B: a quoted field opened here is never closed (a `\"` is missing)")
        }
    }

    @Test("text after a closing quote is an error at its line; an empty file has no header")
    func malformed() throws {
        do {
            _ = try read(Array("Id,Owner\nA.5.1,\"CISO\" x\n".utf8))
            Issue.record("read a field with text after its closing quote")
        } catch {
            #expect(error.description.hasPrefix("soa.csv: line 2, column B: text after the closing"))
        }
        #expect(throws: SpreadsheetError.self) { try read([]) }
        #expect(throws: SpreadsheetError.self) { try read(Array("\r\n;;\r\n".utf8)) }
    }

    @Test("bounded: too many columns or rows, or too many bytes, is refused, not read")
    func bounded() throws {
        var reader = CSVTableReader()
        reader.limits.columns = 10
        reader.limits.rows = 5
        reader.limits.bytes = 1000
        #expect(throws: SpreadsheetError.self) {
            try reader.read(Array(String(repeating: ",", count: 20).utf8), file: "x.csv")
        }
        #expect(throws: SpreadsheetError.self) {
            try reader.read(Array(String(repeating: "a\n", count: 10).utf8), file: "x.csv")
        }
        #expect(throws: SpreadsheetError.self) { try reader.read(Array(repeating: 0x61, count: 2000), file: "x.csv") }
    }

    @Test(
        "the CSV writer's neutralisation reads back to the original text",
        arguments: [
            "=SUM(A1)", "+31 20 123", "-5", "@user", "\tindented", "\rreturn", "'quoted", "''twice", "'=x", "plain",
        ])
    func neutralisationRoundTrip(text: String) throws {
        let csv = CSVWriter.byteOrderMark + "Id,Justification\r\nA.5.1," + CSVWriter.field(text) + "\r\n"
        let cell = try read(Array(csv.utf8)).rows[0].cells[1]
        #expect(FormulaText.restored(cell) == text)
    }
}
