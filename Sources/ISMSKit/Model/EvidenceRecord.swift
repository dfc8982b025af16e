/// A `*.evidence.yaml` record: files that prove something, and the records they support.
public struct EvidenceRecord: Sendable, Hashable {
    /// One file of the record, as written (relative to the record's folder).
    public struct File: Sendable, Hashable {
        public var path: String
        public var location: SourceLocation
        /// Register-relative path, when the path stays inside the register lexically.
        public var registerPath: String?
    }

    public var id: String
    public var title: String
    public var collected: CalendarDate
    public var owner: String
    public var files: [File]
    public var supports: [String]
    /// Expected SHA-256 (lowercase hex) by path as written in `files`.
    public var sha256: [String: String]
    public var sha256Locations: [String: SourceLocation]
    public var expires: CalendarDate?
    /// An illustrative sample rather than real evidence.
    public var example: Bool
    public var origin: RecordOrigin

    /// The last day before which this evidence is current for a record with the given freshness:
    /// `collected + freshness`, or `expires` when that is earlier.
    public func end(freshness: Period) -> CalendarDate {
        let byFreshness = freshness.after(collected)
        guard let expires else { return byFreshness }
        return min(expires, byFreshness)
    }
}
