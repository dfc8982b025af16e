import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Remembers the SHA-256 of evidence files between runs, in the register's git-ignored
/// `.isms/cache/hashes`, keyed by path and `FileIdentity`, so an unchanged file is not read again.
///
/// The cache is an optimisation only. A file that is corrupt, truncated, from another version of the
/// format or from another machine is ignored with a warning and rebuilt; an entry is used only when
/// path, size, modification time (ns), inode and device all match. Files modified within the last
/// two seconds are not remembered, so a change in the same clock tick cannot hide.
public final class HashCache: @unchecked Sendable {
    public static let relativePath = ".isms/cache/hashes"
    static let magic = "isms-hash-cache"
    static let formatVersion = 1

    private let path: String
    private let lock = NSLock()
    private var entries: [String: (FileIdentity, String)]
    private var used: [String: (FileIdentity, String)] = [:]
    private var changed = false
    /// Why an existing cache file was not used, for the command to print.
    public let warning: String?

    /// Opens the cache of the register at `root` (absolute).
    public init(root: String) {
        path = root + "/" + Self.relativePath
        switch Self.read(path) {
        case .success(let loaded):
            entries = loaded
            warning = nil
        case .failure(let reason):
            entries = [:]
            warning = reason.reason.map { "ignoring the hash cache \(Self.relativePath): \($0); it will be rebuilt" }
            changed = reason.reason != nil
        }
    }

    /// The remembered hash, when the file is unchanged.
    public func digest(for registerPath: String, identity: FileIdentity) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let (known, digest) = entries[registerPath], known == identity else { return nil }
        used[registerPath] = (known, digest)
        return digest
    }

    /// Remembers a hash just computed.
    public func remember(_ digest: String, for registerPath: String, identity: FileIdentity) {
        guard identity.isSettled else { return }
        lock.lock()
        defer { lock.unlock() }
        used[registerPath] = (identity, digest)
        changed = true
    }

    /// Writes the entries used or learnt in this run (atomically). Entries for files no longer
    /// seen are dropped. Failing to write is not an error: the cache is an optimisation.
    public func save() {
        lock.lock()
        let snapshot = used
        let dirty = changed || snapshot.count != entries.count
        lock.unlock()
        guard dirty else { return }
        var body = ""
        for (file, (identity, digest)) in snapshot.sorted(by: { $0.key < $1.key }) {
            body +=
                "\(digest)\t\(identity.size)\t\(identity.modifiedSeconds)\t\(identity.modifiedNanoseconds)\t\(identity.inode)\t\(identity.device)\t\(Manifest.escape(file))\n"
        }
        CacheFile.write(
            Array(body.utf8), to: path, magic: Self.magic, version: Self.formatVersion, stamp: CacheFile.machine())
    }

    /// The entries of a cache file, or why it cannot be trusted (nil reason: there is none yet).
    static func read(_ path: String) -> Result<[String: (FileIdentity, String)], CacheFile.ReadFailure> {
        switch CacheFile.read(path, magic: magic, version: formatVersion, stamp: CacheFile.machine()) {
        case .failure(let failure): return .failure(failure)
        case .success(let body):
            guard let entries = parseBody(body) else { return .failure(CacheFile.ReadFailure("it is corrupt")) }
            return .success(entries)
        }
    }

    /// Parses the entry lines as bytes: a cache of fifty thousand files is read on every check.
    private static func parseBody(_ bytes: [UInt8]) -> [String: (FileIdentity, String)]? {
        var entries: [String: (FileIdentity, String)] = [:]
        entries.reserveCapacity(bytes.count / 120)
        var start = 0
        while start < bytes.count {
            guard let end = bytes[start...].firstIndex(of: 0x0A) else { return nil }
            var fields: [ArraySlice<UInt8>] = []
            var fieldStart = start
            for index in start..<end where bytes[index] == 0x09 && fields.count < 6 {
                fields.append(bytes[fieldStart..<index])
                fieldStart = index + 1
            }
            fields.append(bytes[fieldStart..<end])
            start = end + 1
            guard fields.count == 7, fields[0].count == 64, let size = number(fields[1]),
                let seconds = number(fields[2]),
                let nanoseconds = number(fields[3]), let inode = number(fields[4]), let device = number(fields[5]),
                let file = unescape(Substring(String(decoding: fields[6], as: UTF8.self)))
            else { return nil }
            let identity = FileIdentity(
                size: Int64(size), modifiedSeconds: Int64(seconds), modifiedNanoseconds: Int64(nanoseconds),
                inode: inode, device: device)
            entries[file] = (identity, String(decoding: fields[0], as: UTF8.self))
        }
        return entries
    }

    /// A decimal number of at most 19 digits (no sign: every field is non-negative).
    private static func number(_ digits: ArraySlice<UInt8>) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 19 else { return nil }
        var value: UInt64 = 0
        for digit in digits {
            guard digit >= 0x30, digit <= 0x39 else { return nil }
            value = value * 10 + UInt64(digit - 0x30)
        }
        return value
    }

    private static func unescape(_ text: Substring) -> String? {
        guard text.contains("\\") else { return String(text) }
        let line = String(repeating: "0", count: 64) + "  " + text
        return (try? Manifest.parse("\\" + line).get())?.entries.first?.path
    }
}
