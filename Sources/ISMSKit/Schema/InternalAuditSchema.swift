/// The keys of an internal audit record (`controls/audits/*.yaml`), in documented order.
extension InternalAuditDecoder {
    static let schema = RecordSchema(
        "internal audit",
        keys: [
            RecordKey(
                "id", "string", .yes, "Audit id; equals the file name without `.yaml`.", allowed: "e.g. `IA-2026`"),
            RecordKey("title", "string", .yes, "The audit in one line."),
            RecordKey(
                "planned", "date", .yes, "When the audit is or was planned; a planned audit counts for the programme.",
                allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "performed", "date", .no,
                "When the audit was performed (its last day); none within `internal-audit.interval` is E702.",
                allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "scope", "list of ids", .yes,
                "What the audit covers: clauses (a number covers its subclauses), Annex A themes and controls.",
                allowed: "`clause-4`, `clause-9.2`, `A.5`, `A.5.1`, custom control ids"),
            RecordKey(
                "criteria", "string", .yes, "What the audit judged against.",
                allowed: "e.g. `ISO/IEC 27001:2022, the ISMS policy v3.0`"),
            RecordKey(
                "auditor", "string", .yes,
                "Who audited; one who owns a control in the scope audits their own work (W704).",
                allowed: "a role or a name, as the register chooses"),
            RecordKey(
                "report", "id", .described("yes once `performed`", isRequired: false),
                "The evidence record holding the audit report.", allowed: "an evidence record id"),
            RecordKey("conclusion", "string", .no, "The audit's conclusion in a few sentences."),
            RecordKey(
                "example", "boolean", .no, "Marks an illustrative audit (as in this example register).",
                allowed: "`true`, `false`"),
        ])
}
