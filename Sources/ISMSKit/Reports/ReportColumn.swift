/// A report column declared once: its JSON key, its heading and how a row fills it, so that the
/// headings and the cells of a table cannot fall out of step.
public struct ReportColumn<Row>: Sendable {
    public let column: ReportTable.Column
    public let cell: @Sendable (Row) -> ReportCell

    public init(_ key: String, _ title: String, _ cell: @escaping @Sendable (Row) -> ReportCell) {
        self.column = ReportTable.Column(key, title)
        self.cell = cell
    }
}

extension ReportTable {
    /// A table whose rows are filled by declared columns.
    public init<Row>(
        kind: String, title: String, fields: [Field], rowsKey: String, columns: [ReportColumn<Row>], rows: [Row]
    ) {
        self.init(
            kind: kind, title: title, fields: fields, rowsKey: rowsKey, columns: columns.map(\.column),
            rows: rows.map { row in columns.map { $0.cell(row) } })
    }
}
