/// An SoA sheet that a person edited (CSV or workbook, as `isms soa` exported it), as rows of
/// edits to control records: for each row its id and the text of each editable column present,
/// each with its cell for messages. The header must hold titles `isms soa` writes (in any order,
/// case and spacing aside); the id column is required, the read-only ones (title, theme, risks,
/// evidence, evidence state) may be there or not, and are not edits.
///
/// Cells are read back through `FormulaText.restored`, so `'=x` is `=x` again. What a row's id
/// names and whether the values are ones the loader accepts is for the caller, which has the
/// register; this type reports what the sheet alone shows: its header, empty and repeated ids,
/// and values of `applicable` it cannot read.
public struct SoAImportSheet: Sendable {
    /// The columns a person may edit, by their JSON key.
    public enum Field: String, Sendable, CaseIterable {
        case applicable
        case justification
        case status
        case owner
        case reviewBy = "review-by"
        case requirements
    }

    /// A cell's text (restored, see above) and where it is.
    public struct Cell: Sendable, Hashable {
        public let text: String
        public let location: SpreadsheetLocation
    }

    /// One value read from a cell, with the cell.
    public struct Edit<Value: Sendable & Hashable>: Sendable, Hashable {
        public let value: Value
        public let cell: Cell
    }

    public struct Row: Sendable, Hashable {
        /// The row's number as the person's program shows it (see `SpreadsheetTable.Row`).
        public let number: Int
        public let id: Edit<String>
        /// `yes`, `no` or `undecided` as exported, case aside; also `true`/`false` (a workbook's
        /// booleans), `ja`/`nee`, `waar`/`onwaar` (Dutch Excel's booleans), `1`/`0`, and
        /// `onbeslist` or an empty cell for undecided. Nil for undecided.
        public let applicable: Edit<Bool?>?
        /// As written, line breaks included.
        public let justification: Edit<String>?
        /// The cell trimmed; empty for no status.
        public let status: Edit<String>?
        public let owner: Edit<String>?
        /// The cell trimmed, `YYYY-MM-DD` as exported (or as a workbook's date cell reads); empty for none.
        public let reviewBy: Edit<String>?
        /// Split at `;` as the export joins them (`; `), each trimmed, empty ones left out.
        public let requirements: Edit<[String]>?
        /// The read-only columns present, by JSON key (`title`, `theme`, …), trimmed.
        public let readOnly: [String: Cell]
    }

    public let table: SpreadsheetTable
    /// The editable columns the sheet has.
    public let fields: [Field]
    public let rows: [Row]

    /// Reads the file at `path` (see `SpreadsheetReader`) as an SoA sheet.
    public static func read(path: String, sheet: String? = nil) throws(SpreadsheetError) -> SoAImportSheet {
        try SoAImportSheet(try SpreadsheetReader.read(path: path, sheet: sheet))
    }

    /// The rows of `table`, or every problem of its header, or else of its rows.
    public init(_ table: SpreadsheetTable) throws(SpreadsheetError) {
        self.table = table
        let columns = try SoAImportHeader(table)
        fields = Field.allCases.filter { columns.index[$0.rawValue] != nil }
        var problems: [SpreadsheetError.Problem] = []
        var seen: [String: Int] = [:]
        var rows: [Row] = []
        for row in table.rows {
            func cell(_ key: String, trimmed: Bool) -> Cell? {
                guard let index = columns.index[key] else { return nil }
                let text = FormulaText.restored(row[index])
                return Cell(
                    text: trimmed ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text,
                    location: table.location(row: row.number, column: index))
            }
            for (index, text) in row.cells.enumerated() where !columns.used.contains(index) && !text.isEmpty {
                problems.append(
                    .init(table.location(row: row.number, column: index), "text in a column without a title"))
            }
            guard let id = cell("id", trimmed: true) else { continue }
            guard !id.text.isEmpty else {
                problems.append(.init(id.location, "the row has no id: each row names the control it edits"))
                continue
            }
            if let first = seen[id.text] {
                problems.append(
                    .init(
                        id.location,
                        "\(SpreadsheetError.quoted(id.text)) is also the id of \(table.rowName(first)); each control has one row"
                    ))
                continue
            }
            seen[id.text] = row.number
            var applicable: Edit<Bool?>?
            if let found = cell("applicable", trimmed: true) {
                switch Self.applicability(found.text) {
                case .some(let value): applicable = Edit(value: value, cell: found)
                case .none:
                    problems.append(
                        .init(
                            found.location,
                            "\(SpreadsheetError.quoted(found.text)) is not an applicability: write yes, no or undecided"
                        ))
                }
            }
            let plain = { (key: String, trimmed: Bool) in
                cell(key, trimmed: trimmed).map { Edit(value: $0.text, cell: $0) }
            }
            var readOnly: [String: Cell] = [:]
            for key in SoAImportHeader.readOnlyKeys { readOnly[key] = cell(key, trimmed: true) }
            rows.append(
                Row(
                    number: row.number, id: Edit(value: id.text, cell: id), applicable: applicable,
                    justification: plain("justification", false), status: plain("status", true),
                    owner: plain("owner", true), reviewBy: plain("review-by", true),
                    requirements: cell("requirements", trimmed: true).map {
                        Edit(value: Self.list($0.text), cell: $0)
                    },
                    readOnly: readOnly))
        }
        guard problems.isEmpty else { throw SpreadsheetError(problems) }
        self.rows = rows
    }

    /// What a cell of the Applicable column means; `.some(nil)` for undecided, nil when unknown.
    static func applicability(_ text: String) -> Bool?? {
        switch text.lowercased() {
        case "yes", "true", "ja", "waar", "1": true
        case "no", "false", "nee", "onwaar", "0": false
        case "undecided", "", "onbeslist": .some(nil)
        default: nil
        }
    }

    /// The items of a list cell.
    static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
