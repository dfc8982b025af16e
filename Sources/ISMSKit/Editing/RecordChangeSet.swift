import Yams

/// Edits of one or more records, prepared in full before anything is written: each record is
/// edited exactly (`RecordEditor`) and decoded again as `isms check` would; when the decoder
/// reports something for the edited record that it did not report before (a wrong type, an
/// unknown value, a placeholder), the whole set is refused and nothing is written.
public struct RecordChangeSet {
    public struct Change {
        public let file: RegisterRecordFile
        public let edited: [UInt8]
        public let edits: [RecordEdit]
        /// One line per edited key: `review-by: 2027-02-10 → 2027-06-30`.
        public let summary: [String]
    }

    public let root: String
    /// Changes that alter a file; edits that leave a record as it was are dropped.
    public let changes: [Change]

    /// Prepares `edits` for each file of the register at `root` (absolute).
    public static func prepare(
        _ requests: [(file: RegisterRecordFile, edits: [RecordEdit])], root: String
    ) throws(EditError) -> RecordChangeSet {
        var changes: [Change] = []
        var problems: [String] = []
        for (file, edits) in requests {
            do {
                if let change = try prepare(file, edits) { changes.append(change) }
            } catch {
                problems.append(error.description)
            }
        }
        guard problems.isEmpty else { throw EditError(problems.joined(separator: "\n")) }
        return RecordChangeSet(root: root, changes: changes)
    }

    private static func prepare(_ file: RegisterRecordFile, _ edits: [RecordEdit]) throws(EditError) -> Change? {
        guard file.node != nil else {
            throw EditError("\(file.path) cannot be read as YAML; fix it first (isms check names the line)")
        }
        var editor = try RecordEditor(file.bytes, path: file.path)
        for edit in edits { try editor.apply(edit, order: order(of: edit, in: file.kind.schema)) }
        guard editor.text != file.bytes else { return nil }
        let added = newFindings(file, edited: editor.text)
        guard added.isEmpty else {
            throw EditError(
                added.map { "\($0.location.description): \($0.severity.rawValue)[\($0.code.rawValue)]: \($0.message)" }
                    .joined(separator: "\n")
                    + "\n\(file.path): not changed; nothing was written")
        }
        let summary = edits.map { edit in
            "\(edit.key): \(shown(value(at: edit.path, in: file.node))) → \(shown(edit.value.map(NodeShape.of) ?? .null))"
        }
        return Change(file: file, edited: editor.text, edits: edits, summary: summary)
    }

    /// The documented order of the mapping that holds the edited key.
    private static func order(of edit: RecordEdit, in schema: RecordSchema) -> [String] {
        var schema = schema
        for name in edit.path.dropLast() {
            guard let nested = schema.key(name)?.nested else { return [] }
            schema = nested
        }
        return schema.names
    }

    /// What the decoder says of the edited record that it did not say of the record as it was
    /// (compared by code and message: the lines move).
    static func newFindings(_ file: RegisterRecordFile, edited: [UInt8]) -> [Finding] {
        func findings(_ bytes: [UInt8]) -> [Finding] {
            switch RecordFileReader.parse(bytes, relativePath: file.path) {
            case .failure(let finding): return [finding]
            case .success(let node):
                let sink = FindingSink()
                _ = LoadedRecord.decode(node, kind: file.kind, path: file.path, sink: sink)
                return sink.findings
            }
        }
        var before: [String: Int] = [:]
        for finding in findings(file.bytes) { before["\(finding.code.rawValue) \(finding.message)", default: 0] += 1 }
        var added: [Finding] = []
        for finding in findings(edited).sorted() {
            let key = "\(finding.code.rawValue) \(finding.message)"
            if let count = before[key], count > 0 {
                before[key] = count - 1
            } else {
                added.append(finding)
            }
        }
        return added
    }

    private static func value(at path: [String], in node: Node?) -> NodeShape {
        var node = node
        for name in path { node = node?.mapping?.first { $0.key.scalar?.string == name }?.value }
        return node.map(NodeShape.of) ?? .null
    }

    /// A value as one short line for the summary.
    static func shown(_ shape: NodeShape) -> String {
        switch shape {
        case .null: return "(none)"
        case .scalar(let text):
            let line = text.replacingOccurrences(of: "\n", with: "⏎")
            return line.count > 60 ? String(line.prefix(57)) + "…" : (line.isEmpty ? "\"\"" : line)
        case .sequence(let items): return "[" + items.map(shown).joined(separator: ", ") + "]"
        case .mapping: return "(mapping)"
        case .other: return "(alias)"
        }
    }

    /// The unified diff of every change, as `--dry-run` prints it.
    public var diff: String {
        changes.map { change in
            UnifiedDiff.text(
                from: String(decoding: change.file.bytes, as: UTF8.self),
                to: String(decoding: change.edited, as: UTF8.self), oldName: "a/" + change.file.path,
                newName: "b/" + change.file.path)
        }.joined()
    }

    /// Writes every change. Each file is replaced only while it holds what was read; when one
    /// cannot be written, the files already written are put back, so the set lands whole or not.
    public func write() throws(EditError) {
        var written: [Change] = []
        for change in changes {
            do {
                try RecordFileWrite.replace(
                    root + "/" + change.file.path, original: change.file.bytes, with: change.edited,
                    shownAs: change.file.path,
                    expected: { Self.newFindings(change.file, edited: $0).isEmpty })
                written.append(change)
            } catch {
                var undone: [String] = []
                for done in written.reversed() {
                    if (try? RecordFileWrite.replace(
                        root + "/" + done.file.path, original: done.edited, with: done.file.bytes,
                        shownAs: done.file.path)) != nil
                    {
                        undone.append(done.file.path)
                    }
                }
                let note = written.isEmpty ? "" : "; put back as they were: \(undone.joined(separator: ", "))"
                throw EditError(error.description + note)
            }
        }
    }
}
