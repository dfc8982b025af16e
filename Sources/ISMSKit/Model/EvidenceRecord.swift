/// A `*.evidence.yaml` record: files that prove something, and the records they support.
///
/// A class, not a struct: a register holds tens of thousands of these and every check, index
/// and report passes them around; copying a struct of eleven references retained each of them
/// every time (a tenth of a warm check). The record is immutable, so sharing it changes nothing.
public final class EvidenceRecord: Sendable, Hashable, Codable {
    /// One file of the record, as written (relative to the record's folder).
    public struct File: Sendable, Hashable, Codable {
        public var path: String
        public var location: SourceLocation
        /// Register-relative path, when the path stays inside the register lexically.
        public var registerPath: String?
    }

    public let id: String
    public let title: String
    public let collected: CalendarDate
    public let owner: String
    public let files: [File]
    public let supports: [String]
    /// Expected SHA-256 (lowercase hex) by path as written in `files`.
    public let sha256: [String: String]
    public let sha256Locations: [String: SourceLocation]
    public let expires: CalendarDate?
    /// `current-until-expires: true`: current until `expires`, whatever the freshness (an agreement
    /// or certificate valid for years). The decoder sets it only with an `expires` date.
    public let currentUntilExpires: Bool
    /// An illustrative sample rather than real evidence.
    public let example: Bool
    public let origin: RecordOrigin

    init(
        id: String, title: String, collected: CalendarDate, owner: String, files: [File], supports: [String],
        sha256: [String: String], sha256Locations: [String: SourceLocation], expires: CalendarDate?,
        currentUntilExpires: Bool = false, example: Bool, origin: RecordOrigin
    ) {
        self.id = id
        self.title = title
        self.collected = collected
        self.owner = owner
        self.files = files
        self.supports = supports
        self.sha256 = sha256
        self.sha256Locations = sha256Locations
        self.expires = expires
        self.currentUntilExpires = currentUntilExpires
        self.example = example
        self.origin = origin
    }

    /// Equal when every field is equal, as for the struct it replaced.
    public static func == (a: EvidenceRecord, b: EvidenceRecord) -> Bool {
        a === b
            || (a.id == b.id && a.title == b.title && a.collected == b.collected && a.owner == b.owner
                && a.files == b.files && a.supports == b.supports && a.sha256 == b.sha256
                && a.sha256Locations == b.sha256Locations && a.expires == b.expires
                && a.currentUntilExpires == b.currentUntilExpires && a.example == b.example
                && a.origin == b.origin)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(collected)
        hasher.combine(files)
        hasher.combine(origin)
    }

    /// The last day before which this evidence is current for a record with the given freshness:
    /// `collected + freshness`, or `expires` when that is earlier; `expires` alone when the record
    /// says `current-until-expires: true`.
    public func end(freshness: Period) -> CalendarDate {
        if currentUntilExpires, let expires { return expires }
        let byFreshness = freshness.after(collected)
        guard let expires else { return byFreshness }
        return min(expires, byFreshness)
    }
}

extension EvidenceRecord.File {
    /// The record cache's fast path for the most numerous value it holds (50,000 files at scale 1,
    /// where the generic `Codable` path cost four thousand instructions each). It writes exactly
    /// the bytes of the synthesised `Codable` coding through `PositionalEncoder`, which
    /// `RecordCacheTests` compares, so a field added here without it fails a test.
    init(positional reader: inout CacheReader) throws(CacheReader.Damaged) {
        path = try reader.string()
        location = try reader.location()
        registerPath = try reader.optional { inner throws(CacheReader.Damaged) in try inner.string() }
    }

    func write(positional writer: inout CacheWriter) {
        writer.string(path)
        writer.location(location)
        writer.optional(registerPath) { $0.string($1) }
    }
}

extension EvidenceRecord {
    /// The record cache's fast path for the most numerous record (20,000 at scale 1): through
    /// `Codable`, decoding them cost a fifth more than the whole rest of the cache. It writes
    /// exactly the bytes of the synthesised `Codable` coding through `PositionalEncoder`, which
    /// `RecordCacheTests` compares, so a field added to the class without it fails a test.
    convenience init(positional reader: inout CacheReader) throws(CacheReader.Damaged) {
        let id = try reader.string()
        let title = try reader.string()
        let collected = try reader.date()
        let owner = try reader.string()
        let files = try reader.array { inner throws(CacheReader.Damaged) in try File(positional: &inner) }
        let supports = try reader.strings()
        let sha256 = try reader.dictionary { inner throws(CacheReader.Damaged) in try inner.string() }
        let locations = try reader.dictionary { inner throws(CacheReader.Damaged) in try inner.location() }
        let expires = try reader.optional { inner throws(CacheReader.Damaged) in try inner.date() }
        let currentUntilExpires = try reader.bool()
        let example = try reader.bool()
        let origin = try reader.origin()
        self.init(
            id: id, title: title, collected: collected, owner: owner, files: files, supports: supports,
            sha256: sha256, sha256Locations: locations, expires: expires, currentUntilExpires: currentUntilExpires,
            example: example, origin: origin)
    }

    func write(positional writer: inout CacheWriter) {
        writer.string(id)
        writer.string(title)
        writer.date(collected)
        writer.string(owner)
        writer.array(files) { $1.write(positional: &$0) }
        writer.strings(supports)
        writer.dictionary(sha256) { $0.string($1) }
        writer.dictionary(sha256Locations) { $0.location($1) }
        writer.optional(expires) { $0.date($1) }
        writer.bool(currentUntilExpires)
        writer.bool(example)
        writer.origin(origin)
    }
}
