/// Where each named thing of one record file stands (its keys, or the items of one list key):
/// a sorted array of a name and two 32-bit numbers, looked up by binary search.
///
/// Every record keeps such tables for as long as the check runs, so that a finding can point at a
/// key's line. As `[String: SourceLocation]` they were a hashed table of 64-byte buckets, a quarter
/// full or more, per record and per list: at scale 4 (ninety thousand records) a few hundred MB.
/// Here an entry is 24 bytes and the file's path is stored once, in the `RecordOrigin`.
struct LocationTable: Sendable, Hashable {
    private struct Entry: Sendable, Hashable {
        let name: String
        /// -1 for a location without a line (or column).
        let line: Int32
        let column: Int32
    }

    private let entries: [Entry]
    /// Locations in another file or beyond 32 bits, kept as given (none in a record read from YAML).
    private let others: [String: SourceLocation]

    static let empty = LocationTable([:], path: "")

    /// The table of `locations`, whose paths are normally `path`.
    init(_ locations: [String: SourceLocation], path: String) {
        var entries: [Entry] = []
        entries.reserveCapacity(locations.count)
        var others: [String: SourceLocation] = [:]
        for (name, location) in locations {
            if location.path == path, let line = Self.compact(location.line), let column = Self.compact(location.column)
            {
                entries.append(Entry(name: name, line: line, column: column))
            } else {
                others[name] = location
            }
        }
        entries.sort { $0.name < $1.name }
        self.entries = entries
        self.others = others
    }

    var isEmpty: Bool { entries.isEmpty && others.isEmpty }

    /// The location of `name` in the file at `path`, when the table holds it.
    func location(of name: String, path: String) -> SourceLocation? {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].name < name { low = middle + 1 } else { high = middle }
        }
        if low < entries.count, entries[low].name == name {
            let entry = entries[low]
            return SourceLocation(path: path, line: Self.expand(entry.line), column: Self.expand(entry.column))
        }
        return others.isEmpty ? nil : others[name]
    }

    /// Calls `body` with each name and its location, in no particular order.
    func forEach(path: String, _ body: (String, SourceLocation) -> Void) {
        for entry in entries {
            body(
                entry.name, SourceLocation(path: path, line: Self.expand(entry.line), column: Self.expand(entry.column))
            )
        }
        for (name, location) in others { body(name, location) }
    }

    /// The whole table as a dictionary (for the record cache, which writes it in that form).
    func dictionary(path: String) -> [String: SourceLocation] {
        var result = others
        for entry in entries {
            result[entry.name] = SourceLocation(
                path: path, line: Self.expand(entry.line), column: Self.expand(entry.column))
        }
        return result
    }

    private static func compact(_ value: Int?) -> Int32? {
        guard let value else { return -1 }
        guard value >= 0 else { return nil }
        return Int32(exactly: value)
    }

    private static func expand(_ value: Int32) -> Int? { value < 0 ? nil : Int(value) }
}
