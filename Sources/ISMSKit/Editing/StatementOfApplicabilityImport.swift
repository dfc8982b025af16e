/// A Statement of Applicability that a person edited in a spreadsheet, applied to the control
/// records through exact edits: applicability, justification, status, owner, review date and
/// requirements, nothing else. Every row is checked first (its id names a control of the register,
/// each edited value is one `isms check` accepts for that key), with every problem named by its
/// cell; only when all rows are valid is anything written, and then all or nothing
/// (`RecordChangeSet`).
public struct StatementOfApplicabilityImport {
    /// One control that changes, with the sheet's row and the record's changes.
    public struct Entry {
        public let id: String
        public let row: String
        public let change: RecordChangeSet.Change
    }

    public let changes: RecordChangeSet
    public let entries: [Entry]

    /// What import prints: one line per changed key, `A.5.1 (row 3): owner: IT → CISO`.
    public var lines: [String] {
        entries.flatMap { entry in entry.change.summary.map { "\(entry.id) (\(entry.row)): \($0)" } }
    }

    /// Prepares the import of `sheet` into the register at `root` (absolute); throws every
    /// problem of every row, each with its cell, when any row cannot be applied.
    public static func prepare(_ sheet: SoAImportSheet, root: String) throws(EditError) -> Self {
        let files = RegisterRecordFile.all(root: root).filter {
            $0.kind == .annexAControl || $0.kind == .customControl
        }
        let byID = Dictionary(files.compactMap { file in file.id.map { ($0, file) } }, uniquingKeysWith: { a, _ in a })
        var problems: [String] = []
        var requests: [(file: RegisterRecordFile, edits: [RecordEdit])] = []
        var rows: [String: String] = [:]
        for row in sheet.rows {
            let id = row.id.value
            guard let file = byID[id] else {
                let hint = ClosestMatch.hint(for: id, among: byID.keys)
                let missing =
                    AnnexACatalog.control(id) != nil
                    ? ": the register has no record of it (write one with `isms new control \(id)`)"
                    : " is not a control of the register\(hint)"
                problems.append("\(row.id.cell.location): `\(id)`\(missing)")
                continue
            }
            guard file.node != nil else {
                problems.append(
                    "\(row.id.cell.location): \(file.path) cannot be read as YAML; fix it first (isms check)")
                continue
            }
            let (edits, found) = validation(Self.edits(row, file), file, id: row.id.cell)
            problems += found
            if !edits.isEmpty {
                requests.append((file, edits))
                rows[file.path] = sheet.table.rowName(row.number)
            }
        }
        guard problems.isEmpty else {
            throw EditError(
                problems.joined(separator: "\n") + "\nnothing was imported: correct the cells above and import again")
        }
        let changes = try RecordChangeSet.prepare(requests, root: root)
        let entries = changes.changes.map {
            Entry(id: $0.file.id ?? $0.file.path, row: rows[$0.file.path] ?? "", change: $0)
        }
        return Self(changes: changes, entries: entries)
    }

    /// The records a new register needs for `init --from`: an organisation's own control for each
    /// row whose id is not an Annex A control, from its template, with the sheet's title.
    public static func newControls(_ sheet: SoAImportSheet) throws(EditError) -> [(path: String, content: String)] {
        var files: [(path: String, content: String)] = []
        for row in sheet.rows where AnnexACatalog.control(row.id.value) == nil {
            let id = row.id.value
            guard RecordTemplate.isValidID(id), !id.hasPrefix("A.") else {
                throw EditError(
                    "\(row.id.cell.location): `\(id)` is neither an Annex A control nor a valid id of an own control")
            }
            let path = RegisterLayout.customFolder + "/" + id + ".yaml"
            var editor = try RecordEditor(Array(RecordTemplate.text(kind: .customControl, id: id).utf8), path: path)
            if let title = row.readOnly["title"]?.text, !title.isEmpty {
                try editor.apply(RecordEdit(["title"], .text(title)), order: ControlDecoder.schema.names)
            }
            files.append((path, String(decoding: editor.text, as: UTF8.self)))
        }
        return files
    }

    /// The row's edits that the editor can make, and what the record's reader reports of the
    /// record with all of them that it did not report before, each problem at the cell whose key
    /// it names (the row's id cell when it names none): the row is judged whole, so that an
    /// exclusion and its justification in one row go together.
    private static func validation(
        _ requested: [(RecordEdit, SoAImportSheet.Cell)], _ file: RegisterRecordFile, id: SoAImportSheet.Cell
    ) -> ([RecordEdit], [String]) {
        var problems: [String] = []
        var edits: [RecordEdit] = []
        guard var editor = try? RecordEditor(file.bytes, path: file.path) else {
            return ([], ["\(id.location): \(file.path) cannot be edited; fix it first (isms check)"])
        }
        for (edit, cell) in requested {
            do {
                try editor.apply(edit, order: file.kind.schema.names)
                edits.append(edit)
            } catch {
                problems.append("\(cell.location): \(error.description)")
            }
        }
        for finding in RecordChangeSet.newFindings(file, edited: editor.text) {
            let cell = requested.first { finding.message.contains("`\($0.0.key)`") }?.1 ?? id
            problems.append(
                "\(cell.location): \(finding.severity.rawValue)[\(finding.code.rawValue)]: \(finding.message)")
        }
        return (edits, problems)
    }

    /// The edits a row asks for: each editable column present whose value differs from the
    /// record's. An empty cell removes the key (`isms check` then says if the key is required).
    static func edits(_ row: SoAImportSheet.Row, _ file: RegisterRecordFile) -> [(RecordEdit, SoAImportSheet.Cell)] {
        var result: [(RecordEdit, SoAImportSheet.Cell)] = []
        func text(_ key: String, _ edit: SoAImportSheet.Edit<String>?, trimmed: Bool, token: Bool = false) {
            guard let edit else { return }
            let current = file.texts(key)?.first
            let now = trimmed ? current?.trimmingCharacters(in: .whitespacesAndNewlines) : current
            if edit.value.isEmpty {
                // An empty cell for an empty value (`justification: ""`) changes nothing.
                if current?.isEmpty == false { result.append((RecordEdit([key], nil), edit.cell)) }
            } else if now != edit.value {
                result.append((RecordEdit([key], token ? .token(edit.value) : .text(edit.value)), edit.cell))
            }
        }
        if let applicable = row.applicable {
            let current = file.texts("applicable")?.first
            switch applicable.value {
            case .some(let value) where current != String(value):
                result.append((RecordEdit(["applicable"], .token(String(value))), applicable.cell))
            case .none where current != nil:
                result.append((RecordEdit(["applicable"], nil), applicable.cell))
            default: break
            }
        }
        text("justification", row.justification, trimmed: false)
        text("status", row.status, trimmed: true, token: true)
        text("owner", row.owner, trimmed: true)
        text("review-by", row.reviewBy, trimmed: true, token: true)
        if let requirements = row.requirements, (file.texts("requirements") ?? []) != requirements.value {
            let edit = RecordEdit(["requirements"], requirements.value.isEmpty ? nil : .list(requirements.value))
            result.append((edit, requirements.cell))
        }
        return result
    }
}
