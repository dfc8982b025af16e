/// Reads what `PositionalEncoder` wrote: each model through its own `init(from:)`, fields in
/// order. Every read is bounds-checked by `CacheReader`; damage surfaces as an error (and the
/// cache is then ignored), never a trap.
final class PositionalDecoder: Decoder {
    /// Only this decoder's own calls touch the reader, one at a time: no runtime exclusivity check
    /// is needed on the hottest path of a warm check.
    @exclusivity(unchecked) var reader: CacheReader
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ reader: CacheReader) { self.reader = reader }

    /// Reads a `T`, with the fast paths of `PositionalEncoder.write` for leaf types. The type
    /// comparisons are of metatypes, which cost a pointer comparison each.
    func read<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try reader.string() as! T }
        if T.self == SourceLocation.self { return try reader.location() as! T }
        if T.self == [String].self { return try reader.strings() as! T }
        if T.self == Bool.self { return try reader.bool() as! T }
        if T.self == CalendarDate.self { return try reader.date() as! T }
        if T.self == RecordOrigin.self { return try reader.origin() as! T }
        if T.self == Period.self { return try reader.period() as! T }
        if T.self == Int.self { return try reader.int() as! T }
        if T.self == [String: String].self {
            return try reader.dictionary { reader throws(CacheReader.Damaged) in try reader.string() } as! T
        }
        if T.self == EvidenceRecord.self { return try EvidenceRecord(positional: &reader) as! T }
        if T.self == EvidenceRecord.File.self { return try EvidenceRecord.File(positional: &reader) as! T }
        if T.self == [String: SourceLocation].self {
            return try reader.dictionary { reader throws(CacheReader.Damaged) in try reader.location() } as! T
        }
        // Anything else, lists of models included (through `unkeyedContainer`), decodes itself.
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Fields<Key>(decoder: self))
    }

    /// A list: its count, then that many elements (what `PositionalList.write` wrote).
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        Elements(decoder: self, count: try reader.count())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Value(decoder: self) }

    struct Value: SingleValueDecodingContainer {
        let decoder: PositionalDecoder
        var codingPath: [any CodingKey] { [] }
        func decodeNil() -> Bool { false }
        func decode(_ type: Bool.Type) throws -> Bool { try decoder.reader.bool() }
        func decode(_ type: String.Type) throws -> String { try decoder.reader.string() }
        func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try decoder.reader.number()) }
        func decode(_ type: Float.Type) throws -> Float {
            Float(bitPattern: UInt32(truncatingIfNeeded: try decoder.reader.number()))
        }
        func decode(_ type: Int.Type) throws -> Int { try decoder.reader.int() }
        func decode(_ type: Int8.Type) throws -> Int8 { try narrow(decoder.reader.int()) }
        func decode(_ type: Int16.Type) throws -> Int16 { try narrow(decoder.reader.int()) }
        func decode(_ type: Int32.Type) throws -> Int32 { try narrow(decoder.reader.int()) }
        func decode(_ type: Int64.Type) throws -> Int64 { Int64(try decoder.reader.int()) }
        func decode(_ type: UInt.Type) throws -> UInt { try narrow(decoder.reader.number()) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow(decoder.reader.number()) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow(decoder.reader.number()) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow(decoder.reader.number()) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.reader.number() }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.read(T.self) }

        private func narrow<From: BinaryInteger, To: BinaryInteger>(_ value: From) throws -> To {
            guard let narrowed = To(exactly: value) else { throw CacheReader.Damaged() }
            return narrowed
        }
    }

    /// The elements of a list, `count` of them; Array's own `init(from:)` reads them until `isAtEnd`.
    struct Elements: UnkeyedDecodingContainer {
        let decoder: PositionalDecoder
        let count: Int?
        private(set) var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var isAtEnd: Bool { currentIndex >= (count ?? 0) }

        init(decoder: PositionalDecoder, count: Int) {
            self.decoder = decoder
            self.count = count
        }

        private mutating func next<T: Decodable>(_ type: T.Type) throws -> T {
            guard !isAtEnd else { throw CacheReader.Damaged() }
            currentIndex += 1
            return try decoder.read(T.self)
        }

        mutating func decodeNil() throws -> Bool { false }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) }
        mutating func decode(_ type: String.Type) throws -> String { try next(type) }
        mutating func decode(_ type: Double.Type) throws -> Double { try next(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { try next(type) }
        mutating func decode(_ type: Int.Type) throws -> Int { try next(type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) }
        mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) throws -> KeyedDecodingContainer<N> {
            try decoder.container(keyedBy: N.self)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try decoder.unkeyedContainer()
        }
        mutating func superDecoder() throws -> any Decoder { decoder }
    }

    /// A struct's fields in order. `decodeIfPresent` (the standard library's default) asks
    /// `decodeNil`, which reads the presence byte `PositionalEncoder` wrote.
    struct Fields<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: PositionalDecoder
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }
        private var value: Value { Value(decoder: decoder) }

        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { !(try decoder.reader.bool()) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.reader.bool() }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.reader.string() }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value.decode(type) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value.decode(type) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.reader.int() }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value.decode(type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value.decode(type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value.decode(type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value.decode(type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value.decode(type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value.decode(type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try value.decode(type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try value.decode(type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try value.decode(type) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.read(T.self) }

        func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<N>
        { try decoder.container(keyedBy: N.self) }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try decoder.unkeyedContainer()
        }
        func superDecoder() throws -> any Decoder { decoder }
        func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
    }
}
