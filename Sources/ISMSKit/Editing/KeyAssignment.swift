import Yams

/// A `KEY VALUE` from the command line (or a spreadsheet cell) as an edit of a record of one
/// kind: the key is checked against the kind's schema (with did-you-mean), and the value takes
/// the form its type has in the file. Whether the value is valid is for the record's decoder to
/// say, exactly as `isms check` would (`RecordChangeSet`).
public enum KeyAssignment {
    /// Types whose values are written plain, as a person writes them (`true`, `2026-06-30`).
    static let tokenTypes: Set<String> = ["boolean", "date", "integer", "number", "duration", "date-time"]
    static let listTypes: Set<String> = ["list of strings", "list of ids", "list of paths", "list"]

    /// The edit that sets `key` to `text`, or removes it when `text` is nil.
    public static func edit(key: String, value text: String?, kind: RegisterLayout.RecordKind) throws(EditError)
        -> RecordEdit
    {
        let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var schema = kind.schema
        var recordKey: RecordKey?
        for (depth, name) in path.enumerated() {
            guard let found = schema.key(name) else {
                let prefix = path.prefix(depth).map { $0 + "." }.joined()
                let hint = ClosestMatch.suggestion(for: name, among: schema.names).map {
                    "; did you mean `\(prefix)\($0)`?"
                }
                throw EditError(
                    "unknown key `\(key)` for a \(kind.schema.kind)" + (hint ?? "")
                        + " (keys: \(schema.names.map { prefix + $0 }.joined(separator: ", ")))")
            }
            recordKey = found
            if depth < path.count - 1 {
                guard let nested = found.nested else {
                    throw EditError("`\(path.prefix(depth + 1).joined(separator: "."))` is not a mapping of keys")
                }
                schema = nested
            }
        }
        guard let recordKey else { throw EditError("no key given") }
        if path == ["id"] {
            throw EditError(
                "`id` names the record and other records refer to it; change it in the file and in every reference")
        }
        guard let text else { return RecordEdit(path, nil) }
        switch recordKey.type {
        case let type where tokenTypes.contains(type):
            return RecordEdit(path, .token(text.trimmingCharacters(in: .whitespaces)))
        case let type where listTypes.contains(type):
            return RecordEdit(path, .list(try items(text, key: key)))
        case "mapping", "list of mappings", "list of strings or mappings":
            throw EditError(
                "`\(key)` holds \(recordKey.type == "mapping" ? "a mapping" : "a \(recordKey.type)"); set its keys as `\(key).KEY`"
                    + " where it is a mapping, or edit it in the file")
        default:
            return RecordEdit(path, .text(text))
        }
    }

    /// A list value: `[a, "b, c"]` as YAML writes a list, else one item per line, else items
    /// separated by commas; an empty text is the empty list.
    static func items(_ text: String, key: String) throws(EditError) -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [] }
        if trimmed.hasPrefix("[") {
            guard let node = try? Yams.compose(yaml: trimmed), case .sequence(let sequence) = node,
                sequence.allSatisfy({ $0.scalar != nil })
            else {
                throw EditError("`\(key)`: `\(trimmed)` is not a list of texts; write it as [a, \"b, c\"]")
            }
            return sequence.compactMap { $0.scalar?.string }
        }
        let separator: Character = trimmed.contains("\n") ? "\n" : ","
        return trimmed.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }
}
