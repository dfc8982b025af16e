import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Remembers what reading each record file produced (the decoded record and its findings)
/// between runs, in the register's git-ignored `.isms/cache/records`, so that an unchanged record
/// is not parsed again: a register of twenty thousand records is checked in well under a second.
///
/// The same rules as the hash cache: an entry is used only when the file's path, size,
/// modification time (ns), inode and device all match; files modified within the last two seconds
/// are not remembered; a cache file that is corrupt, truncated, from another machine or from
/// another build of isms (its executable's identity is part of the header, so a rebuilt decoder
/// never meets a stale record) is ignored with a warning and rebuilt.
final class RecordCache: Sendable {
    static let relativePath = ".isms/cache/records"
    static let magic = "isms-record-cache"
    static let formatVersion = 1

    struct Entry: Sendable {
        let identity: FileIdentity
        let record: LoadedRecord?
        let findings: [Finding]
    }

    private struct State {
        var used: [String: Entry] = [:]
        var changed = false
    }

    private let path: String
    private let entries: [String: Entry]
    private let state: Mutex<State>
    /// Why an existing cache file was not used, for the command to print.
    let warning: String?

    /// Opens the cache of the register at `root` (absolute).
    init(root: String) {
        path = root + "/" + Self.relativePath
        let stamp = Self.stamp()
        switch CacheFile.read(path, magic: Self.magic, version: Self.formatVersion, stamp: stamp) {
        case .success(let body):
            if let decoded = try? Self.decode(body) {
                entries = decoded
                warning = nil
                state = Mutex(State())
            } else {
                entries = [:]
                warning = "ignoring the record cache \(Self.relativePath): it is corrupt; it will be rebuilt"
                state = Mutex(State(changed: true))
            }
        case .failure(let failure):
            entries = [:]
            warning = failure.reason.map { "ignoring the record cache \(Self.relativePath): \($0); it will be rebuilt" }
            state = Mutex(State(changed: failure.reason != nil))
        }
    }

    /// What reading the file produced last time, when it is unchanged.
    func entry(for file: String, identity: FileIdentity) -> Entry? {
        guard let entry = entries[file], entry.identity == identity else { return nil }
        state.withLock { $0.used[file] = entry }
        return entry
    }

    /// Remembers what reading a file produced.
    func remember(_ record: LoadedRecord?, findings: [Finding], for file: String, identity: FileIdentity) {
        guard identity.isSettled else { return }
        let entry = Entry(identity: identity, record: record, findings: findings)
        state.withLock {
            $0.used[file] = entry
            $0.changed = true
        }
    }

    /// Writes the entries used or learnt in this run (atomically), dropping files no longer seen.
    /// Failing to write is not an error: the cache is an optimisation.
    func save() {
        let (snapshot, dirty) = state.withLock { ($0.used, $0.changed || $0.used.count != entries.count) }
        guard dirty else { return }
        CacheFile.write(
            Self.encode(snapshot), to: path, magic: Self.magic, version: Self.formatVersion, stamp: Self.stamp())
    }

    static func encode(_ entries: [String: Entry]) -> [UInt8] {
        var writer = CacheWriter()
        writer.number(UInt64(entries.count))
        for file in entries.keys.sorted() {
            writer.recordPath = file
            writer.string(file)
            writer.entry(entries[file]!)
        }
        return writer.bytes
    }

    static func decode(_ body: [UInt8]) throws(CacheReader.Damaged) -> [String: Entry] {
        var reader = CacheReader(body)
        let count = try reader.count()
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let file = try reader.string()
            reader.recordPath = file
            entries[file] = try reader.entry()
        }
        guard reader.isAtEnd else { throw CacheReader.Damaged() }
        return entries
    }

    /// The machine and the build of isms: a decoder that changed must not meet its old records.
    static func stamp() -> String {
        "\(CacheFile.machine()) \(ISMSVersion.current) \(executableIdentity())"
    }

    private static func executableIdentity() -> String {
        var info = stat()
        guard let executable = Bundle.main.executablePath, stat(executable, &info) == 0 else { return "unknown" }
        let identity = FileIdentity(info)
        return "\(identity.size)-\(identity.modifiedSeconds).\(identity.modifiedNanoseconds)-\(identity.inode)"
    }
}
