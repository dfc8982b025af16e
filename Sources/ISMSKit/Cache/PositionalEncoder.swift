/// Writes a `Codable` model into a `CacheWriter` field by field, in the order its `encode(to:)`
/// writes them, without keys: the record cache stores the models the loader made without a
/// hand-kept list of their fields. `PositionalDecoder` reads the fields back in the same order.
///
/// The leaf types every record holds (texts, dates, periods, locations, origins, lists and maps
/// of texts) are written by `CacheWriter` directly: they are most of the cache, and a location's
/// path is left out when it is the record's own file.
final class PositionalEncoder: Encoder {
    var writer: CacheWriter
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(recordPath: String) {
        writer = CacheWriter()
        writer.recordPath = recordPath
    }

    /// Writes `value` through its own `encode(to:)` only, without the fast paths: what the fast
    /// paths must equal (`RecordCacheTests`).
    func writeSynthesised<T: Encodable>(_ value: T) throws { try value.encode(to: self) }

    /// Writes `value` with the fast paths for leaf types, else through its own `encode(to:)`.
    func write<T: Encodable>(_ value: T) throws {
        switch value {
        case let text as String: writer.string(text)
        case let flag as Bool: writer.bool(flag)
        case let number as Int: writer.int(number)
        case let date as CalendarDate: writer.date(date)
        case let period as Period: writer.period(period)
        case let location as SourceLocation: writer.location(location)
        case let origin as RecordOrigin: writer.origin(origin)
        case let texts as [String]: writer.strings(texts)
        case let map as [String: String]: writer.dictionary(map) { $0.string($1) }
        case let map as [String: SourceLocation]: writer.dictionary(map) { $0.location($1) }
        case let file as EvidenceRecord.File: file.write(positional: &writer)
        case let record as EvidenceRecord: record.write(positional: &writer)
        case let list as any PositionalList: try list.write(to: self)
        default: try value.encode(to: self)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Fields<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { Unsupported(encoder: self) }

    func singleValueContainer() -> any SingleValueEncodingContainer { Value(encoder: self) }

    struct Unsupported: UnkeyedEncodingContainer {
        let encoder: PositionalEncoder
        var codingPath: [any CodingKey] { [] }
        var count: Int { 0 }
        private func refuse() throws -> Never {
            throw EncodingError.invalidValue(
                (), .init(codingPath: [], debugDescription: "the record cache stores lists through PositionalList"))
        }
        mutating func encodeNil() throws { try refuse() }
        mutating func encode<T: Encodable>(_ value: T) throws { try refuse() }
        mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type) -> KeyedEncodingContainer<N> {
            encoder.container(keyedBy: N.self)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
        mutating func superEncoder() -> any Encoder { encoder }
    }

    struct Value: SingleValueEncodingContainer {
        let encoder: PositionalEncoder
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil() throws { encoder.writer.bool(false) }
        mutating func encode(_ value: Bool) throws { encoder.writer.bool(value) }
        mutating func encode(_ value: String) throws { encoder.writer.string(value) }
        mutating func encode(_ value: Double) throws { encoder.writer.number(value.bitPattern) }
        mutating func encode(_ value: Float) throws { encoder.writer.number(UInt64(value.bitPattern)) }
        mutating func encode(_ value: Int) throws { encoder.writer.int(value) }
        mutating func encode(_ value: Int8) throws { encoder.writer.int(Int(value)) }
        mutating func encode(_ value: Int16) throws { encoder.writer.int(Int(value)) }
        mutating func encode(_ value: Int32) throws { encoder.writer.int(Int(value)) }
        mutating func encode(_ value: Int64) throws { encoder.writer.int(Int(value)) }
        mutating func encode(_ value: UInt) throws { encoder.writer.number(UInt64(value)) }
        mutating func encode(_ value: UInt8) throws { encoder.writer.number(UInt64(value)) }
        mutating func encode(_ value: UInt16) throws { encoder.writer.number(UInt64(value)) }
        mutating func encode(_ value: UInt32) throws { encoder.writer.number(UInt64(value)) }
        mutating func encode(_ value: UInt64) throws { encoder.writer.number(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try encoder.write(value) }
    }

    /// A struct's fields, written in order; an absent optional is a 0 byte, a present one 1 and its value.
    struct Fields<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: PositionalEncoder
        var codingPath: [any CodingKey] { [] }
        private var value: Value { Value(encoder: encoder) }

        mutating func encodeNil(forKey key: Key) throws { encoder.writer.bool(false) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { encoder.writer.bool(value) }
        mutating func encode(_ value: String, forKey key: Key) throws { encoder.writer.string(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode(_ value: Float, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode(_ value: Int, forKey key: Key) throws { encoder.writer.int(value) }
        mutating func encode(_ value: Int8, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode(_ value: Int16, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode(_ value: Int32, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode(_ value: Int64, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode(_ value: UInt, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode(_ value: UInt8, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode(_ value: UInt16, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode(_ value: UInt32, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode(_ value: UInt64, forKey key: Key) throws {
            var v = self.value
            try v.encode(value)
        }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.write(value) }

        private mutating func present<T: Encodable>(_ value: T?) throws {
            guard let value else { return encoder.writer.bool(false) }
            encoder.writer.bool(true)
            try encoder.write(value)
        }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try present(value) }

        mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type, forKey key: Key)
            -> KeyedEncodingContainer<N>
        { encoder.container(keyedBy: N.self) }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            encoder.unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }
}

/// A list of models: its count, then each element (`PositionalDecoder.Elements` reads them back).
/// Lists of texts take `CacheWriter`'s own path.
protocol PositionalList {
    func write(to encoder: PositionalEncoder) throws
}

extension Array: PositionalList where Element: Codable {
    func write(to encoder: PositionalEncoder) throws {
        encoder.writer.number(UInt64(count))
        for element in self { try encoder.write(element) }
    }

}
