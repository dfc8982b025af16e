import CLibXML2
import Foundation

/// Reads a sheet of a workbook (.xlsx) that isms, Excel or LibreOffice wrote, as text cells: the
/// first sheet, or the one named. Shared strings (rich-text runs too), inline strings, numbers,
/// booleans (`TRUE`, `FALSE`), formula results and error values; cells with an `r` reference or
/// without one (the next column); a number in a date format as the date, `YYYY-MM-DD`.
///
/// The file is untrusted: its zip is read as `XLSXArchive` has it, its XML as `SafeXMLDocument`
/// parses it (no network, no entities, no DTD), and the counts of rows, cells and shared strings
/// are bounded.
public struct XLSXReader: Sendable {
    public struct Limits: Sendable {
        public var fileBytes = 64 << 20
        /// The most any one part (a sheet, the shared strings) may expand to.
        public var entryBytes = 32 << 20
        public var rows = 100_000
        public var cells = 2_000_000
        public var sharedStrings = 1_000_000

        public init() {}
    }

    public var limits = Limits()

    public init() {}

    /// The rows of the sheet named `sheet` (the first sheet when nil) of the workbook at `path`,
    /// named in messages by the file's last path component.
    public func read(path: String, sheet: String? = nil) throws(SpreadsheetError) -> SpreadsheetTable {
        let file = (path as NSString).lastPathComponent
        var info = stat()
        guard stat(path, &info) == 0 else { throw SpreadsheetError(file: file, "cannot be read (no such file)") }
        guard Int(info.st_size) <= limits.fileBytes else {
            throw SpreadsheetError(file: file, "is larger than \(limits.fileBytes >> 20) MiB; not a sheet isms reads")
        }
        var archive = try XLSXArchive(
            path: path, file: file,
            limits: .init(entryBytes: limits.entryBytes, totalBytes: limits.entryBytes * 4))
        guard let workbookBytes = try archive.bytes("xl/workbook.xml") else {
            throw SpreadsheetError(file: file, "not a workbook (no xl/workbook.xml)")
        }
        let workbook = try XLSXWorkbookParts(workbook: workbookBytes, archive: &archive, file: file)
        let target = try workbook.sheetPart(named: sheet)
        guard let sheetBytes = try archive.bytes(target) else {
            throw SpreadsheetError(file: file, "not a workbook: its sheet `\(target)` is missing")
        }
        var strings: [String] = []
        if let part = workbook.sharedStringsPart, let bytes = try archive.bytes(part) {
            strings = try sharedStrings(bytes, part: part, file: file)
        }
        let dates = try workbook.dateStyles(&archive)
        return try rows(
            sheetBytes, part: target, file: file, strings: strings, dates: dates, date1904: workbook.date1904)
    }

    private func sharedStrings(_ bytes: [UInt8], part: String, file: String) throws(SpreadsheetError) -> [String] {
        let document = try SheetXML.parse(bytes, part: part, file: file)
        guard let root = document.root else { return [] }
        var strings: [String] = []
        var node = root.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, SheetXML.name(current) == "si" {
                strings.append(SheetXML.stringItem(current))
                guard strings.count <= limits.sharedStrings else {
                    throw SpreadsheetError(
                        file: file, "has more than \(limits.sharedStrings) shared strings; not a sheet isms reads")
                }
            }
            node = current.pointee.next
        }
        return strings
    }

    private func rows(
        _ bytes: [UInt8], part: String, file: String, strings: [String], dates: Set<Int>, date1904: Bool
    ) throws(SpreadsheetError) -> SpreadsheetTable {
        let document = try SheetXML.parse(bytes, part: part, file: file)
        guard let root = document.root, let data = SheetXML.child(root, "sheetData") else {
            throw SpreadsheetError(file: file, "not a worksheet: `\(part)` has no sheetData")
        }
        var rows: [SpreadsheetTable.Row] = []
        var rowNumber = 0
        var cellCount = 0
        for row in SheetXML.children(data, "row") {
            let place = SpreadsheetLocation(
                file: file, numbering: .workbookRow, row: rowNumber + 1, column: nil, title: nil)
            if let written = SheetXML.attribute(row, "r") {
                guard let number = Int(written), number > rowNumber, number <= CellReference.maximumRow else {
                    throw SpreadsheetError(place, "row number `\(written)` is not a row after row \(rowNumber)")
                }
                rowNumber = number
            } else {
                rowNumber += 1
            }
            var cells: [String] = []
            for cell in SheetXML.children(row, "c") {
                var column = cells.count + 1
                if let reference = SheetXML.attribute(cell, "r") {
                    guard let (parsed, parsedRow) = CellReference.parse(reference), parsedRow == rowNumber,
                        parsed >= column
                    else {
                        throw SpreadsheetError(
                            SpreadsheetLocation(
                                file: file, numbering: .workbookRow, row: rowNumber, column: column, title: nil),
                            "cell reference `\(reference)` is not a cell of row \(rowNumber) after the one before")
                    }
                    column = parsed
                }
                cellCount += 1
                guard cellCount <= limits.cells else {
                    throw SpreadsheetError(file: file, "has more than \(limits.cells) cells; not a sheet isms reads")
                }
                let location = SpreadsheetLocation(
                    file: file, numbering: .workbookRow, row: rowNumber, column: column, title: nil)
                let text = try value(cell, strings: strings, dates: dates, date1904: date1904, at: location)
                while cells.count < column - 1 { cells.append("") }
                cells.append(text)
            }
            while cells.last == "" { cells.removeLast() }
            guard !cells.isEmpty else { continue }
            rows.append(SpreadsheetTable.Row(number: rowNumber, cells: cells))
            guard rows.count <= limits.rows + 1 else {
                throw SpreadsheetError(file: file, "has more than \(limits.rows) rows; not a sheet isms reads")
            }
        }
        guard let header = rows.first else { throw SpreadsheetError(file: file, "the sheet is empty: no header row") }
        return SpreadsheetTable(file: file, numbering: .workbookRow, header: header, rows: Array(rows.dropFirst()))
    }

    /// A cell's text by its type `t`.
    private func value(
        _ cell: xmlNodePtr, strings: [String], dates: Set<Int>, date1904: Bool, at location: SpreadsheetLocation
    ) throws(SpreadsheetError) -> String {
        let raw = SheetXML.child(cell, "v").map(SheetXML.text)
        switch SheetXML.attribute(cell, "t") ?? "n" {
        case "s":
            guard let raw, let index = Int(raw.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index)
            else { throw SpreadsheetError(location, "shared string `\(raw ?? "")` is not in the workbook's table") }
            return strings[index]
        case "inlineStr": return SheetXML.child(cell, "is").map(SheetXML.stringItem) ?? ""
        case "str": return XLSXEscape.decode(raw ?? "")
        case "b": return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw ?? ""
        case "e": return raw ?? ""
        // An ISO 8601 date cell (`2027-02-10T00:00:00`): the day, as the export writes it.
        case "d": return raw.map { String($0.prefix { $0 != "T" }) } ?? ""
        default:
            guard let raw else { return "" }
            let style = SheetXML.attribute(cell, "s").flatMap { Int($0) } ?? 0
            if dates.contains(style), let serial = Double(raw), serial >= 1, serial < 2_958_466 {
                let epoch =
                    date1904 ? CalendarDate(year: 1904, month: 1, day: 1) : CalendarDate(year: 1899, month: 12, day: 30)
                return epoch.adding(days: Int(serial.rounded(.down))).description
            }
            return raw
        }
    }
}
