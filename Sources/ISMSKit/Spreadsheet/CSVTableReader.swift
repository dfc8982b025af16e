import Foundation

/// Reads a CSV file that a person saved from a spreadsheet program: the text as `SpreadsheetText`
/// decodes it; the separator `,`, `;` or tab, whichever the header line holds most of outside
/// quotes (or the one an Excel `sep=;` first line names); records ended by CRLF, LF or CR; fields
/// in double quotes with `""` for a quote and line breaks inside; a last line ending or none.
/// Rows with no text at all (a trailing empty line, `;;;;`) are left out.
public struct CSVTableReader: Sendable {
    /// Bounds that keep a hostile file from exhausting memory; an SoA is a few hundred kilobytes.
    public struct Limits: Sendable {
        public var bytes = 64 << 20
        public var rows = 100_000
        public var columns = 1_000

        public init() {}
    }

    public var limits = Limits()

    public init() {}

    /// The table of the file at `path`, named in messages by its last path component.
    public func read(path: String) throws(SpreadsheetError) -> SpreadsheetTable {
        let name = (path as NSString).lastPathComponent
        return try read(SpreadsheetFile.bytes(path, name: name, limit: limits.bytes), file: name)
    }

    public func read(_ bytes: [UInt8], file: String) throws(SpreadsheetError) -> SpreadsheetTable {
        guard bytes.count <= limits.bytes else {
            throw SpreadsheetError(file: file, "is larger than \(limits.bytes >> 20) MiB; not a sheet isms reads")
        }
        var scalars = Array(SpreadsheetText.decode(bytes).text.unicodeScalars)
        var line = 1
        var separator: Unicode.Scalar?
        if let (named, length) = Self.separatorLine(scalars) {
            separator = named
            scalars.removeFirst(length)
            line = 2
        }
        var parser = Parser(
            scalars: scalars, separator: separator ?? Self.separator(scalars), line: line, file: file, limits: limits)
        var records: [SpreadsheetTable.Row] = []
        while let record = try parser.next() {
            if record.cells.contains(where: { !$0.isEmpty }) { records.append(record) }
            if records.count > limits.rows + 1 {
                throw SpreadsheetError(file: file, "has more than \(limits.rows) rows; not a sheet isms reads")
            }
        }
        guard let header = records.first else { throw SpreadsheetError(file: file, "is empty: no header row") }
        return SpreadsheetTable(file: file, numbering: .csvLine, header: header, rows: Array(records.dropFirst()))
    }

    /// Excel's `sep=;` first line: the separator and the length of the line with its ending.
    static func separatorLine(_ scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        guard scalars.count >= 5, String(String.UnicodeScalarView(scalars[0..<4])).lowercased() == "sep=" else {
            return nil
        }
        let separator = scalars[4]
        guard separator != "\r", separator != "\n", separator != "\"" else { return nil }
        var length = 5
        if length < scalars.count, scalars[length] == "\r" { length += 1 }
        if length < scalars.count, scalars[length] == "\n" { length += 1 }
        guard length > 5 || length == scalars.count else { return nil }
        return (separator, length)
    }

    /// The separator the first record (after any empty lines) uses most outside quotes; a comma
    /// when it holds none.
    static func separator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in scalars.drop(while: { $0 == "\r" || $0 == "\n" }) {
            if scalar == "\"" {
                quoted.toggle()
            } else if !quoted {
                if scalar == "\r" || scalar == "\n" { break }
                if let count = counts[scalar] { counts[scalar] = count + 1 }
            }
        }
        // Ties go to the comma, then the semicolon: RFC 4180 first.
        return [",", ";", "\t"].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ","
    }

    /// One pass over the text, record by record.
    private struct Parser {
        let scalars: [Unicode.Scalar]
        let separator: Unicode.Scalar
        var line: Int
        let file: String
        let limits: Limits
        var index = 0

        init(scalars: [Unicode.Scalar], separator: Unicode.Scalar, line: Int, file: String, limits: Limits) {
            self.scalars = scalars
            self.separator = separator
            self.line = line
            self.file = file
            self.limits = limits
        }

        /// The next record, or nil at the end of the text.
        mutating func next() throws(SpreadsheetError) -> SpreadsheetTable.Row? {
            guard index < scalars.count else { return nil }
            let start = line
            var cells: [String] = []
            while true {
                let (cell, ended) = try field(recordLine: start, column: cells.count + 1)
                cells.append(cell)
                if cells.count > limits.columns {
                    throw SpreadsheetError(
                        file: file, "line \(start) has more than \(limits.columns) columns; not a sheet isms reads")
                }
                if ended { return SpreadsheetTable.Row(number: start, cells: cells) }
            }
        }

        /// One field and whether the record ends after it.
        private mutating func field(recordLine: Int, column: Int) throws(SpreadsheetError) -> (String, Bool) {
            var text = String.UnicodeScalarView()
            if index < scalars.count, scalars[index] == "\"" {
                let opened = line
                index += 1
                while true {
                    guard index < scalars.count else {
                        throw SpreadsheetError(
                            file: file,
                            "line \(opened), column \(CellReference.letters(column)): a quoted field opened here "
                                + "is never closed (a `\"` is missing)")
                    }
                    let scalar = scalars[index]
                    index += 1
                    if scalar == "\"" {
                        if index < scalars.count, scalars[index] == "\"" {
                            text.append("\"")
                            index += 1
                            continue
                        }
                        break
                    }
                    countLine(scalar)
                    text.append(scalar)
                }
                guard index == scalars.count || scalars[index] == separator || isLineEnd(scalars[index]) else {
                    throw SpreadsheetError(
                        file: file,
                        "line \(line), column \(CellReference.letters(column)): text after the closing `\"` of a "
                            + "quoted field; a `\"` inside a quoted field is written `\"\"`")
                }
            }
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                if scalar == separator { return (String(text), false) }
                if isLineEnd(scalar) {
                    if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
                    line += 1
                    return (String(text), true)
                }
                text.append(scalar)
            }
            return (String(text), true)
        }

        private func isLineEnd(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }

        /// Counts a line inside a quoted field: LF, CR LF (at its LF) and a CR alone each once.
        private mutating func countLine(_ scalar: Unicode.Scalar) {
            if scalar == "\n" || (scalar == "\r" && (index >= scalars.count || scalars[index] != "\n")) { line += 1 }
        }
    }
}
