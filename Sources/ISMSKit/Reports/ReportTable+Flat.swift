extension ReportTable {
    /// The fields shown on every row (`inEveryRow`), first, as columns: what a sheet has, CSV or
    /// workbook, which has no place for a fact about the whole table but a column.
    var repeatedFields: [Field] { fields.filter { $0.inEveryRow && $0.isShown } }

    /// The header row of a sheet: the repeated fields' titles, then the columns'.
    public var sheetHeader: [String] { repeatedFields.map(\.title) + columns.map(\.title) }

    /// The rows of a sheet, one text per header cell.
    public var sheetRows: [[String]] {
        let prefix = repeatedFields.map(\.cell.text)
        return rows.map { prefix + $0.map(\.text) }
    }
}
