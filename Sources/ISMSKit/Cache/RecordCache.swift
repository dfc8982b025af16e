import Foundation

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
    /// 5: findings carry their Dutch text beside the English one.
    static let formatVersion = 5

    struct Entry: Sendable {
        let identity: FileIdentity
        let record: LoadedRecord?
        let findings: [Finding]
    }

    private let path: String
    private let entries: CacheEntries<Entry>
    /// Why an existing cache file was not used, for the command to print.
    let warning: String?

    /// Opens the cache of the register at `root` (absolute).
    init(root: String) {
        path = root + "/" + Self.relativePath
        (entries, warning) = CacheEntries.open(
            path, named: "record cache \(Self.relativePath)", magic: Self.magic, version: Self.formatVersion,
            stamp: Self.stamp(), identity: { $0.identity }, decode: Self.decode)
    }

    /// What reading the file produced last time, when it is unchanged.
    func entry(for file: String, identity: FileIdentity) -> Entry? {
        entries.entry(for: file, identity: identity)
    }

    /// Remembers what reading a file produced.
    func remember(_ record: LoadedRecord?, findings: [Finding], for file: String, identity: FileIdentity) {
        guard identity.isSettled else { return }
        entries.learn(Entry(identity: identity, record: record, findings: findings), for: file)
    }

    /// Writes the entries used or learnt in this run (atomically), dropping files no longer seen.
    /// Failing to write is not an error: the cache is an optimisation.
    func save() {
        guard let kept = entries.toSave() else { return }
        CacheFile.write(
            Self.encode(kept), to: path, magic: Self.magic, version: Self.formatVersion, stamp: Self.stamp())
    }

    /// Entries per section of the file. Sections are decoded on all cores: a warm check of twenty
    /// thousand records waits for this file before anything else.
    static let entriesPerSection = 512

    /// The body: a count of sections, then each section as its byte length and its entries
    /// (a count, then path and entry for each), all in path order.
    static func encode(_ entries: [String: Entry]) -> [UInt8] {
        let files = entries.keys.sorted()
        let sections = stride(from: 0, to: files.count, by: entriesPerSection).map {
            files[$0..<min($0 + entriesPerSection, files.count)]
        }
        var writer = CacheWriter()
        writer.number(UInt64(sections.count))
        for section in sections {
            var part = CacheWriter()
            part.number(UInt64(section.count))
            for file in section {
                part.recordPath = file
                part.string(file)
                part.entry(entries[file]!)
            }
            writer.number(UInt64(part.bytes.count))
            writer.raw(part.bytes)
        }
        return writer.bytes
    }

    static func decode(_ body: [UInt8]) throws(CacheReader.Damaged) -> ([String: Int], [Entry]) {
        try decode(CacheFile.Body(body))
    }

    static func decode(_ body: CacheFile.Body) throws(CacheReader.Damaged) -> ([String: Int], [Entry]) {
        var reader = body.reader
        var ranges: [Range<Int>] = []
        for _ in 0..<(try reader.count()) { ranges.append(reader.skip(try reader.count())) }
        guard reader.isAtEnd else { throw CacheReader.Damaged() }
        let sections = ranges.parallelMap { range in
            Result { () throws(CacheReader.Damaged) in try decodeSection(CacheReader(body.bytes, range: range)) }
        }
        let decoded = try sections.map { section throws(CacheReader.Damaged) in try section.get() }
        let count = decoded.reduce(0) { $0 + $1.1.count }
        var index: [String: Int] = [:]
        index.reserveCapacity(count)
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for (files, section) in decoded {
            for (file, entry) in zip(files, section) {
                guard index.updateValue(entries.count, forKey: file) == nil else { throw CacheReader.Damaged() }
                entries.append(entry)
            }
        }
        return (index, entries)
    }

    private static func decodeSection(_ section: CacheReader) throws(CacheReader.Damaged) -> ([String], [Entry]) {
        var reader = section
        let count = try reader.count()
        var files: [String] = []
        var entries: [Entry] = []
        files.reserveCapacity(count)
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let file = try reader.string()
            reader.recordPath = file
            files.append(file)
            entries.append(try reader.entry())
        }
        guard reader.isAtEnd else { throw CacheReader.Damaged() }
        return (files, entries)
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
