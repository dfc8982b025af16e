/// A sheet read back from a file a person edited, CSV or workbook: the header row and the rows
/// below it, every cell as text, each row with the number the person's program shows for it.
public struct SpreadsheetTable: Sendable, Hashable {
    /// How a row is numbered: a workbook's row (cells are named `E7`), or the CSV line the
    /// record starts on (cells are `line 7, column E`).
    public enum Numbering: Sendable, Hashable {
        case workbookRow
        case csvLine
    }

    public struct Row: Sendable, Hashable {
        /// The 1-based row of the sheet, or the line of the CSV file the record starts on.
        public let number: Int
        /// The cells from column A on; a row may be shorter than the header (cells missing at its end are empty).
        public let cells: [String]

        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        /// The text of the 0-based column, empty past the row's end.
        public subscript(column: Int) -> String { column < cells.count ? cells[column] : "" }
    }

    /// The file's name as messages show it.
    public let file: String
    public let numbering: Numbering
    public let header: Row
    /// The rows after the header, rows with no text in any cell left out.
    public let rows: [Row]

    public init(file: String, numbering: Numbering, header: Row, rows: [Row]) {
        self.file = file
        self.numbering = numbering
        self.header = header
        self.rows = rows
    }

    /// `row 7` or `line 7`, as the person's program numbers it.
    public func rowName(_ number: Int) -> String { (numbering == .workbookRow ? "row " : "line ") + String(number) }

    /// Where a cell is, for messages; `column` is 0-based.
    public func location(row: Int, column: Int?) -> SpreadsheetLocation {
        SpreadsheetLocation(
            file: file, numbering: numbering, row: row, column: column.map { $0 + 1 },
            title: column.flatMap { $0 < header.cells.count ? header.cells[$0] : nil })
    }
}

/// A place in a sheet: `soa.xlsx, cell E7 (Justification)`, `soa.csv, line 7, column E
/// (Justification)`, or a whole row: `soa.xlsx, row 7`.
public struct SpreadsheetLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let numbering: SpreadsheetTable.Numbering
    public let row: Int
    /// 1-based; nil for the whole row.
    public let column: Int?
    /// The header's title of the column.
    public let title: String?

    public init(file: String, numbering: SpreadsheetTable.Numbering, row: Int, column: Int?, title: String?) {
        self.file = file
        self.numbering = numbering
        self.row = row
        self.column = column
        self.title = title
    }

    /// `E7`, or the column's letters alone for a CSV line.
    public var columnLetters: String? { column.map(CellReference.letters) }

    public var description: String {
        let titled = title.map { $0.isEmpty ? "" : " (\($0))" } ?? ""
        switch (numbering, column) {
        case (.workbookRow, let column?):
            return "\(file), cell \(CellReference.name(column: column, row: row))\(titled)"
        case (.workbookRow, nil): return "\(file), row \(row)"
        case (.csvLine, let column?): return "\(file), line \(row), column \(CellReference.letters(column))\(titled)"
        case (.csvLine, nil): return "\(file), line \(row)"
        }
    }
}
