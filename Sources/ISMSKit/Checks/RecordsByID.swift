/// The records of one kind by id: each id's position in the register's own array of them.
///
/// A `[String: Record]` held a copy of every record's inline fields in each bucket (a risk or an
/// incident is over 500 bytes), beside the register's array that already holds them; an id and a
/// position are 24 bytes. The array is the register's (copy on write: not copied).
struct RecordsByID<Record> {
    private let records: [Record]
    private var positions: [String: Int32] = [:]

    init(_ records: [Record]) {
        self.records = records
        positions.reserveCapacity(records.count)
    }

    /// The record with `id`, or nil.
    subscript(id: String) -> Record? {
        guard let position = positions[id] else { return nil }
        return records[Int(position)]
    }

    /// Whether a record has `id`, without copying the record out (a control copied is a retain of
    /// each of its strings: W302 asks this of every id every evidence record supports).
    func contains(_ id: String) -> Bool { positions[id] != nil }

    /// The ids, in no particular order.
    var keys: Dictionary<String, Int32>.Keys { positions.keys }

    /// Makes the record at `position` of the array the one with `id`.
    mutating func set(_ id: String, position: Int) { positions[id] = Int32(position) }
}

extension RecordsByID: Sendable where Record: Sendable {}
