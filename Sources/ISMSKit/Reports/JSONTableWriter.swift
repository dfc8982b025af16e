import Foundation

/// The stable JSON form of a report, documented in docs/reports.md: one object with `format`,
/// `version`, the table's fields and an array of rows, each row an object keyed by column.
/// Keys are sorted and output is pretty-printed, so the same register and date give the same bytes.
public struct JSONTableWriter: TableWriter {
    public init() {}

    public func write(_ table: ReportTable) -> String {
        var document: [String: ReportValue] = [
            "format": .string(table.kind), "version": .int(ReportTable.formatVersion),
        ]
        for field in table.fields { document[field.key] = field.cell.value }
        document[table.rowsKey] = .array(
            table.rows.map { cells in
                .object(Dictionary(uniqueKeysWithValues: zip(table.columns.map(\.key), cells.map(\.value))))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(ReportValue.object(document))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
