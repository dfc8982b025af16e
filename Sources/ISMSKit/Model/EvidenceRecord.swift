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
    /// Where each pin stands (a `LocationTable`, not a dictionary: see `RecordOrigin`).
    private let pinLocations: LocationTable
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
        pinLocations = sha256Locations.isEmpty ? .empty : LocationTable(sha256Locations, path: origin.path)
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
                && a.pinLocations == b.pinLocations && a.expires == b.expires
                && a.currentUntilExpires == b.currentUntilExpires && a.example == b.example
                && a.origin == b.origin)
    }

    /// Where each pin stands, by path as written (built on demand: look one up with `pinLocation`).
    public var sha256Locations: [String: SourceLocation] { pinLocations.dictionary(path: origin.path) }

    /// Where the pin of a file (by path as written) stands, when it has one.
    public func pinLocation(_ path: String) -> SourceLocation? { pinLocations.location(of: path, path: origin.path) }

    /// Calls `body` with each pinned path as written and where its pin stands.
    func forEachPinLocation(_ body: (String, SourceLocation) -> Void) { pinLocations.forEach(path: origin.path, body) }

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

extension EvidenceRecord {
    private enum CodingKeys: String, CodingKey {
        case id, title, collected, owner, files, supports, sha256, sha256Locations, expires, currentUntilExpires,
            example, origin
    }

    /// Coded as the synthesised coding did when the pins' locations were a dictionary, key for key.
    public convenience init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            title: try container.decode(String.self, forKey: .title),
            collected: try container.decode(CalendarDate.self, forKey: .collected),
            owner: try container.decode(String.self, forKey: .owner),
            files: try container.decode([File].self, forKey: .files),
            supports: try container.decode([String].self, forKey: .supports),
            sha256: try container.decode([String: String].self, forKey: .sha256),
            sha256Locations: try container.decode([String: SourceLocation].self, forKey: .sha256Locations),
            expires: try container.decodeIfPresent(CalendarDate.self, forKey: .expires),
            currentUntilExpires: try container.decode(Bool.self, forKey: .currentUntilExpires),
            example: try container.decode(Bool.self, forKey: .example),
            origin: try container.decode(RecordOrigin.self, forKey: .origin))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(collected, forKey: .collected)
        try container.encode(owner, forKey: .owner)
        try container.encode(files, forKey: .files)
        try container.encode(supports, forKey: .supports)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(sha256Locations, forKey: .sha256Locations)
        try container.encodeIfPresent(expires, forKey: .expires)
        try container.encode(currentUntilExpires, forKey: .currentUntilExpires)
        try container.encode(example, forKey: .example)
        try container.encode(origin, forKey: .origin)
    }
}
