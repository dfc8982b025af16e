/// The keys of an approval of the Statement of Applicability (`controls/approvals/*.yaml`), in
/// documented order. `isms approve soa` writes these records; nobody needs to type one.
extension SoAApprovalDecoder {
    static let schema = RecordSchema(
        "SoA approval",
        keys: [
            RecordKey(
                "id", "string", .yes, "`SOA-V` and the version; equals the file name without `.yaml`.",
                allowed: "e.g. `SOA-V3`"),
            RecordKey(
                "version", "number", .yes, "The SoA version this approval made: the latest plus one.",
                allowed: "a whole number from 1"),
            RecordKey("approved-by", "string", .yes, "Who approved the SoA.", allowed: "a name"),
            RecordKey("role", "string", .yes, "The approver's role.", allowed: "e.g. `Directeur`"),
            RecordKey("approved-on", "date", .yes, "The day of the approval.", allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "sha256", "string", .yes,
                "SHA-256 of the SoA's canonical rendering as approved (see below); differing from today's is W208.",
                allowed: "64 hex digits"),
            RecordKey(
                "controls", "mapping", .yes,
                "Each control as approved, by id: applicability, status and the first 16 hex digits of the SHA-256 of the justification, so the check can name what changed.",
                allowed: "e.g. `A.5.1: yes implemented 9f86d081884c7d65`"),
        ])
}
