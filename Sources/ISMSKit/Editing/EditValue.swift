/// The value a record edit writes for a key, as the record's reader will read it back.
public enum EditValue: Sendable, Hashable {
    /// A text (string, id, Markdown). Written plain when YAML reads it back as the same text in
    /// every resolver, else double-quoted; a text of several lines as a literal block scalar.
    case text(String)
    /// A value of a typed key (`true`, `2026-06-30`, `12 months`, `3`), already valid for it:
    /// written plain, as a person writes it.
    case token(String)
    /// A list of texts.
    case list([String])

    /// The value as the reader sees it: the text, or the items.
    var texts: [String] {
        switch self {
        case .text(let text), .token(let text): [text]
        case .list(let items): items
        }
    }
}

/// One change to one record: set the value at a key path (a top-level key, or `parent.key` in a
/// nested mapping), or remove the key.
public struct RecordEdit: Sendable, Hashable {
    public let path: [String]
    /// Nil removes the key.
    public let value: EditValue?

    public init(_ path: [String], _ value: EditValue?) {
        self.path = path
        self.value = value
    }

    public init(key: String, _ value: EditValue?) { self.init(key.split(separator: ".").map(String.init), value) }

    /// The key path as the docs and messages write it (`breach.notified`).
    public var key: String { path.joined(separator: ".") }
}
