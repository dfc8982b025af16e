/// A compact binary form for the caches: unsigned LEB128 numbers and length-prefixed UTF-8.
/// Hand-written rather than Codable, because decoding twenty thousand records with JSON took
/// longer than parsing their YAML.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []
    /// The record file being written: locations in it are stored without their path.
    var recordPath = ""

    mutating func number(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func int(_ value: Int) { number(UInt64(bitPattern: Int64(value))) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        number(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    /// Bytes of a length both sides know (a digest), without a length prefix.
    mutating func raw(_ value: [UInt8]) { bytes.append(contentsOf: value) }

    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    mutating func array<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        number(UInt64(values.count))
        for value in values { write(&self, value) }
    }

    /// A dictionary, in key order so that the same register gives the same cache file.
    mutating func dictionary<T>(_ values: [String: T], _ write: (inout CacheWriter, T) -> Void) {
        number(UInt64(values.count))
        for key in values.keys.sorted() {
            string(key)
            write(&self, values[key]!)
        }
    }
}

/// Reads what `CacheWriter` wrote; every read is bounds-checked and every value validated, so a
/// damaged cache raises `CacheReader.Damaged` (and is then ignored), never a trap.
struct CacheReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset: Int
    private let end: Int
    /// The record file being read (see `CacheWriter.recordPath`).
    var recordPath = ""

    init(_ bytes: [UInt8]) { self.init(bytes, range: 0..<bytes.count) }

    /// A reader of part of `bytes` (a section that another reader found).
    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { offset == end }

    /// Skips `count` bytes (checked by `count()`), returning where they lie.
    mutating func skip(_ count: Int) -> Range<Int> {
        offset += count
        return (offset - count)..<offset
    }

    mutating func number() throws(Damaged) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Damaged) -> Int { Int(truncatingIfNeeded: Int64(bitPattern: try number())) }

    /// A count of items that follow, each at least one byte long.
    mutating func count() throws(Damaged) -> Int {
        let value = try number()
        guard value <= UInt64(end - offset) else { throw Damaged() }
        return Int(value)
    }

    mutating func bool() throws(Damaged) -> Bool {
        guard offset < end, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// Strings are most of the cache, and nearly all ASCII: those skip the general UTF-8 check.
    mutating func string() throws(Damaged) -> String {
        let range = skip(try count())
        let text = bytes.withUnsafeBufferPointer { buffer in
            let utf8 = UnsafeBufferPointer(rebasing: buffer[range])
            return utf8.allSatisfy { $0 < 0x80 }
                ? String(decoding: utf8, as: UTF8.self) : String(validating: utf8, as: UTF8.self)
        }
        guard let text else { throw Damaged() }
        return text
    }

    /// A string that is usually `known` (a record's own path, written again in its origin): then
    /// `known` itself, shared, rather than one more copy of it per record.
    mutating func string(sharing known: String) throws(Damaged) -> String {
        let start = offset
        let count = try count()
        var known = known
        let same = known.withUTF8 { utf8 in
            utf8.count == count && offset + count <= end
                && bytes.withUnsafeBufferPointer { buffer in
                    UnsafeBufferPointer(rebasing: buffer[offset..<offset + count]).elementsEqual(utf8)
                }
        }
        guard same else {
            offset = start
            return try string()
        }
        offset += count
        return known
    }

    /// Bytes of a length both sides know, handed to `body` in place.
    mutating func raw<T>(count: Int, _ body: (UnsafeRawBufferPointer) -> T) throws(Damaged) -> T {
        guard count >= 0, count <= end - offset else { throw Damaged() }
        let range = skip(count)
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws(Damaged) -> T) throws(Damaged) -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout CacheReader) throws(Damaged) -> T) throws(Damaged) -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func dictionary<T>(_ read: (inout CacheReader) throws(Damaged) -> T) throws(Damaged) -> [String: T] {
        let count = try count()
        var values: [String: T] = [:]
        values.reserveCapacity(count)
        for _ in 0..<count {
            let key = try string()
            values[key] = try read(&self)
        }
        return values
    }

    mutating func choice<E: RawRepresentable>(_ type: E.Type) throws(Damaged) -> E where E.RawValue == String {
        guard let value = E(rawValue: try string()) else { throw Damaged() }
        return value
    }
}
