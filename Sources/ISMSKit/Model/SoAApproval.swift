/// One approval of the Statement of Applicability (ISO/IEC 27001 6.1.3 d): who approved which
/// version on which day, and the SHA-256 of the content approved, so the approval is tied to that
/// content and `isms check` sees when the SoA changed since (`controls/approvals/SOA-V3.yaml`,
/// written by `isms approve soa`).
public struct SoAApproval: Sendable, Hashable, Codable {
    public var id: String
    /// The version this approval made: 1 for the first, the latest plus one for each next one.
    public var version: Int
    public var approvedBy: String
    public var role: String
    public var approvedOn: CalendarDate?
    /// The SHA-256 of `StatementOfApplicability.canonicalText` as approved.
    public var sha256: String
    /// Each control as approved, by id: `StatementOfApplicability.Entry.summary` (applicability,
    /// status and a short digest of the justification), so a change can be named without git.
    public var controls: [String: String]
    public var origin: RecordOrigin

    public init(
        id: String, version: Int, approvedBy: String, role: String, approvedOn: CalendarDate?, sha256: String,
        controls: [String: String], origin: RecordOrigin
    ) {
        self.id = id
        self.version = version
        self.approvedBy = approvedBy
        self.role = role
        self.approvedOn = approvedOn
        self.sha256 = sha256
        self.controls = controls
        self.origin = origin
    }

    /// The id (and file name without `.yaml`) of the approval of `version`.
    public static func id(version: Int) -> String { "SOA-V\(version)" }
}
