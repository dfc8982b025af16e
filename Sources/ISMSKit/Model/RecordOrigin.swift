/// Where a record came from: its file, and where each of its keys stands, so that
/// a finding about a field points at that field's line.
///
/// The locations are kept in `LocationTable`s (the path once, 24 bytes a key) rather than as
/// dictionaries of `SourceLocation`: every record of the register holds its origin for the whole
/// check, and the dictionaries were the largest part of a loaded register (see
/// docs/performance.md, "Issue 19, item 3").
public struct RecordOrigin: Sendable, Hashable {
    /// Path relative to the register root.
    public let path: String
    /// Location of the record as a whole (its first key).
    public let start: SourceLocation
    private let keyTable: LocationTable
    /// The item tables of the list keys that have any, sorted by key.
    private let itemTables: [ItemTable]

    private struct ItemTable: Sendable, Hashable {
        let key: String
        let table: LocationTable
    }

    public init(
        path: String, start: SourceLocation? = nil, keys: [String: SourceLocation] = [:],
        items: [String: [String: SourceLocation]] = [:]
    ) {
        self.path = path
        self.start = start ?? SourceLocation(path: path, line: 1, column: 1)
        keyTable = keys.isEmpty ? .empty : LocationTable(keys, path: path)
        itemTables = items.map { ItemTable(key: $0.key, table: LocationTable($0.value, path: path)) }
            .sorted { $0.key < $1.key }
    }

    /// Location of each top-level key, by key name (built on demand: look one up with `location(of:)`).
    public var keys: [String: SourceLocation] { keyTable.dictionary(path: path) }

    /// Location of each item of a list, by key and item text (the first occurrence; built on demand).
    public var items: [String: [String: SourceLocation]] {
        Dictionary(uniqueKeysWithValues: itemTables.map { ($0.key, $0.table.dictionary(path: path)) })
    }

    /// True when the record's file has the top-level key.
    public func has(_ key: String) -> Bool { keyTable.location(of: key, path: path) != nil }

    /// The location of a key, when the record's file has it.
    public func keyLocation(_ key: String) -> SourceLocation? { keyTable.location(of: key, path: path) }

    /// The location of a key, or of the record when the key is absent.
    public func location(of key: String) -> SourceLocation { keyTable.location(of: key, path: path) ?? start }

    /// The location of one item of a list key, falling back to the key.
    public func location(ofItem item: String, in key: String) -> SourceLocation {
        itemTables.first { $0.key == key }?.table.location(of: item, path: path) ?? location(of: key)
    }

    /// The folder of the record, relative to the register root ("" at the root).
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}

/// Coded as it was when the tables were dictionaries: path, start, keys and items.
extension RecordOrigin: Codable {
    private enum CodingKeys: String, CodingKey { case path, start, keys, items }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            path: try container.decode(String.self, forKey: .path),
            start: try container.decode(SourceLocation.self, forKey: .start),
            keys: try container.decode([String: SourceLocation].self, forKey: .keys),
            items: try container.decode([String: [String: SourceLocation]].self, forKey: .items))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(start, forKey: .start)
        try container.encode(keys, forKey: .keys)
        try container.encode(items, forKey: .items)
    }
}
