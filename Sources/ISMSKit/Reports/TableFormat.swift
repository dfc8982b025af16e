/// Writes a report table in one output format. Every writer writes every cell and field of the
/// table; none decides what a report contains.
public protocol TableWriter {
    func write(_ table: ReportTable) -> String
}

/// The output formats of `isms soa`, `isms ropa`, `isms risks` and `isms incidents`.
public enum TableFormat: String, Sendable, CaseIterable {
    case csv, md, json, xlsx

    /// The writer of a text format; nil for `xlsx`, a workbook of bytes (`XLSXWriter`).
    public var writer: (any TableWriter)? {
        switch self {
        case .csv: CSVWriter()
        case .md: MarkdownTableWriter()
        case .json: JSONTableWriter()
        case .xlsx: nil
        }
    }
}
