import Foundation

/// Remembers the SHA-256 of evidence files between runs, in the register's git-ignored
/// `.isms/cache/hashes`, keyed by path and `FileIdentity`, so an unchanged file is not read again.
///
/// The cache is an optimisation only. A file that is corrupt, truncated, from another version of the
/// format or from another machine is ignored with a warning and rebuilt; an entry is used only when
/// path, size, modification time (ns), inode and device all match. Files modified within the last
/// two seconds are not remembered, so a change in the same clock tick cannot hide.
///
/// The body is binary (`CacheWriter`): per file, in path order, the path, the identity and the 32
/// bytes of the digest. A warm check of fifty thousand files reads it on every run, and the text
/// form of version 1 took three times as long to parse.
public final class HashCache: Sendable {
    public static let relativePath = ".isms/cache/hashes"
    static let magic = "isms-hash-cache"
    static let formatVersion = 2

    /// What the cache file holds for one path.
    struct Known: Sendable {
        let identity: FileIdentity
        let digest: SHA256Bytes
    }

    /// The 32 bytes of a SHA-256 held inline, so that fifty thousand cached files cost no
    /// allocation each.
    struct SHA256Bytes: Sendable, Equatable {
        private let words: (UInt64, UInt64, UInt64, UInt64)

        /// From exactly 32 bytes.
        init(_ bytes: UnsafeRawBufferPointer) {
            precondition(bytes.count == 32)
            words = (
                bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self),
                bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            )
        }

        /// From lowercase hex, or nil when it is not a SHA-256 in lowercase hex.
        init?(hex: String) {
            let digits = Array(hex.utf8)
            guard digits.count == 64 else { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(32)
            for pair in stride(from: 0, to: 64, by: 2) {
                guard let high = Self.nibble(digits[pair]), let low = Self.nibble(digits[pair + 1]) else { return nil }
                bytes.append(high << 4 | low)
            }
            self = bytes.withUnsafeBytes { Self($0) }
        }

        var bytes: [UInt8] { withUnsafeBytes(of: words) { Array($0) } }

        var hex: String { withUnsafeBytes(of: words) { FileDigest.hex($0) } }

        static func == (a: Self, b: Self) -> Bool { a.words == b.words }

        private static func nibble(_ digit: UInt8) -> UInt8? {
            switch digit {
            case 0x30...0x39: digit - 0x30
            case 0x61...0x66: digit - 0x57
            default: nil
            }
        }
    }

    private let path: String
    private let entries: CacheEntries<Known>
    /// Why an existing cache file was not used, for the command to print.
    public let warning: String?

    /// Opens the cache of the register at `root` (absolute).
    public init(root: String) {
        path = root + "/" + Self.relativePath
        (entries, warning) = CacheEntries.open(
            path, named: "hash cache \(Self.relativePath)", magic: Self.magic, version: Self.formatVersion,
            stamp: CacheFile.machine(), identity: { $0.identity }, decode: Self.decode)
    }

    /// The remembered hash, when the file is unchanged.
    public func digest(for registerPath: String, identity: FileIdentity) -> String? {
        entries.entry(for: registerPath, identity: identity)?.digest.hex
    }

    /// Remembers a hash just computed.
    public func remember(_ digest: String, for registerPath: String, identity: FileIdentity) {
        guard identity.isSettled, let bytes = SHA256Bytes(hex: digest) else { return }
        entries.learn(Known(identity: identity, digest: bytes), for: registerPath)
    }

    /// Writes the entries used or learnt in this run (atomically). Entries for files no longer
    /// seen are dropped. Failing to write is not an error: the cache is an optimisation.
    public func save() {
        guard let kept = entries.toSave() else { return }
        CacheFile.write(
            Self.encode(kept), to: path, magic: Self.magic, version: Self.formatVersion, stamp: CacheFile.machine())
    }

    static func encode(_ entries: [String: Known]) -> [UInt8] {
        var writer = CacheWriter()
        writer.number(UInt64(entries.count))
        for file in entries.keys.sorted() {
            let entry = entries[file]!
            writer.string(file)
            writer.identity(entry.identity)
            writer.raw(entry.digest.bytes)
        }
        return writer.bytes
    }

    static func decode(_ body: [UInt8]) throws(CacheReader.Damaged) -> ([String: Int], [Known]) {
        try decode(CacheFile.Body(body))
    }

    static func decode(_ body: CacheFile.Body) throws(CacheReader.Damaged) -> ([String: Int], [Known]) {
        var reader = body.reader
        let count = try reader.count()
        var index: [String: Int] = [:]
        index.reserveCapacity(count)
        var known: [Known] = []
        known.reserveCapacity(count)
        for _ in 0..<count {
            let file = try reader.string()
            let identity = try reader.identity()
            let digest = try reader.raw(count: 32) { SHA256Bytes($0) }
            guard index.updateValue(known.count, forKey: file) == nil else { throw CacheReader.Damaged() }
            known.append(Known(identity: identity, digest: digest))
        }
        guard reader.isAtEnd else { throw CacheReader.Damaged() }
        return (index, known)
    }
}
