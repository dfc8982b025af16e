import Foundation

/// CSV as RFC 4180 has it, for spreadsheets: a header row of column titles, CRLF after every
/// record, a field in double quotes when it holds a comma, a double quote, CR or LF (a double
/// quote inside doubled), and UTF-8 with a byte order mark so that Excel reads accents as written.
///
/// A field that starts with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`, so that a
/// spreadsheet shows it as text instead of running it as a formula (CSV injection); so does one
/// that starts with `'`, so that `FormulaText.restored` reads every field back exactly.
/// Fields of the table marked `inEveryRow` come first, as columns, on every row.
public struct CSVWriter: TableWriter {
    public init() {}

    public static let byteOrderMark = "\u{FEFF}"
    public static let lineEnd = "\r\n"

    public func write(_ table: ReportTable) -> String {
        var out = Self.byteOrderMark
        out += record(table.sheetHeader)
        for row in table.sheetRows { out += record(row) }
        return out
    }

    private func record(_ fields: [String]) -> String {
        fields.map(Self.field).joined(separator: ",") + Self.lineEnd
    }

    /// One field, neutralised and quoted as needed.
    public static func field(_ text: String) -> String {
        let value = FormulaText.neutralised(ReportText.visible(text))
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
