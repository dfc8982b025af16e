/// Where a record came from: its file, and where each of its keys stands, so that
/// a finding about a field points at that field's line.
public struct RecordOrigin: Sendable, Hashable, Codable {
    /// Path relative to the register root.
    public let path: String
    /// Location of the record as a whole (its first key).
    public let start: SourceLocation
    /// Location of each top-level key, by key name.
    public let keys: [String: SourceLocation]
    /// Location of each item of a list, by key and item text (the first occurrence).
    public let items: [String: [String: SourceLocation]]

    public init(
        path: String, start: SourceLocation? = nil, keys: [String: SourceLocation] = [:],
        items: [String: [String: SourceLocation]] = [:]
    ) {
        self.path = path
        self.start = start ?? SourceLocation(path: path, line: 1, column: 1)
        self.keys = keys
        self.items = items
    }

    /// The location of a key, or of the record when the key is absent.
    public func location(of key: String) -> SourceLocation { keys[key] ?? start }

    /// The location of one item of a list key, falling back to the key.
    public func location(ofItem item: String, in key: String) -> SourceLocation {
        items[key]?[item] ?? location(of: key)
    }

    /// The folder of the record, relative to the register root ("" at the root).
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
