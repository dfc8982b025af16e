/// The keys of `isms.yaml` and its sections.
extension SettingsDecoder {
    static let organisation = RecordSchema(
        "organisation",
        keys: [
            RecordKey("name", "string", .yes, "Legal name."),
            RecordKey("address", "string", .yes, "Postal address."),
            RecordKey(
                "contact-email", "string", .yes, "Address for privacy and security questions.",
                allowed: "e-mail address"),
            RecordKey("phone", "string", .no, "General phone number."),
            RecordKey("website", "string", .no, "Main website.", allowed: "URL"),
            RecordKey(
                "security-officer", "string", .yes, "Security officer role and how to reach it.",
                allowed: "a role, not a person's name"),
            RecordKey("supervisory-authority", "string", .yes, "Data protection supervisory authority."),
            RecordKey(
                "dpo", "string", .no,
                "The data protection officer (GDPR Art. 37) and how to reach them, for the record of processing (Art. 30(1)(a)); leave it out when the organisation has none.",
                allowed: "name and contact"),
            RecordKey(
                "eu-representative", "string", .no,
                "The representative in the EU (GDPR Art. 27) of an organisation established outside it, and how to reach them (Art. 30(1)(a)).",
                allowed: "name and contact"),
        ])
    static let audit = RecordSchema(
        "audit",
        keys: [
            RecordKey(
                "id", "string", .yes, "Audit identifier; quote it when it looks like a number.",
                allowed: "e.g. `\"2026\"`"),
            RecordKey("period-start", "date", .yes, "First day of the audited period."),
            RecordKey("period-end", "date", .yes, "Last day of the audited period."),
            RecordKey("planned-date", "date", .no, "Planned audit date."),
            RecordKey("certification-body", "string", .yes, "Certification body performing the audit."),
        ])
    static let defaults = RecordSchema(
        "defaults",
        keys: [
            RecordKey(
                "freshness", "duration", .described("no (default `12 months`)"),
                "How long evidence stays current unless a control sets its own `freshness`.",
                allowed: "e.g. `12 months`"),
            RecordKey(
                "warning-window", "duration", .described("no (default `30 days`)"),
                "Evidence that stops being current within this window of the as-of date is reported as expiring.",
                allowed: "e.g. `30 days`"),
            RecordKey(
                "request-deadline", "duration", .described("no (default `4 weeks`)"),
                "How long the organisation takes at most to answer a data-subject request: a request is due on `received` plus this period. The default is the example's promise (\"binnen vier weken\"); the GDPR's own limit (Art. 12(3)) is one month, so set `1 month` when the privacy statement promises no more than the law.",
                allowed: "e.g. `4 weeks`, `1 month`; longer than 0 days"),
            RecordKey(
                "time-zone", "string", .described("no (default `UTC`)"),
                "The zone of the register's clock: the as-of date starts at midnight here when hours are counted, as for a personal-data breach's 72 hours; `isms` writes new times in it.",
                allowed: "a zone of the tz database, e.g. `Europe/Amsterdam`"),
            RecordKey(
                "incident-close", "duration", .described("no (default `30 days`)"),
                "An incident still open this long after `aware` is a warning (W801).", allowed: "e.g. `30 days`"),
            RecordKey(
                "controls-per-evidence", "integer", .described("no (default `10`)"),
                "An evidence record that supports more controls than this is a warning (W302): one policy marked as supporting every control proves little of each.",
                allowed: "a whole number, at least 1"),
            RecordKey(
                "controls-per-justification", "integer", .described("no (default `5`)"),
                "The same justification text on more controls than this is a warning (W207): a copied sentence is no reason for any of them.",
                allowed: "a whole number, at least 1"),
        ])
    static let schema = RecordSchema(
        "register settings",
        keys: [
            RecordKey("organisation", "mapping", .yes, "Who the register is for (keys below).", nested: organisation),
            RecordKey("scope", "string", .yes, "ISMS scope statement."),
            RecordKey(
                "standard", "string", .yes,
                "Standard the register follows: ISO/IEC 27001:2022, under any of the names of its editions.",
                allowed: RegisterSettings.acceptedStandards.map { "`\($0)`" }.joined(separator: ", ")),
            RecordKey("audit", "mapping", .yes, "The audit the register prepares for (keys below).", nested: audit),
            RecordKey("defaults", "mapping", .no, "Register-wide defaults (keys below).", nested: defaults),
            RecordKey(
                "risk", "mapping", .described("no; yes once there are risk records"),
                "The risk method: scales, level grid, acceptance criteria and review cycle (keys below; `isms init` writes a sound default).",
                nested: RiskMethodDecoder.schema),
            RecordKey(
                "internal-audit", "mapping", .no,
                "The internal audit programme (9.2.2): its cycle and interval (keys below).",
                nested: internalAudit),
            RecordKey(
                "management-review", "mapping", .no, "How often top management reviews the ISMS (9.3; keys below).",
                nested: managementReview),
            RecordKey(
                "report-language", "string", .described("no (default `en`)"), "Language of the labels in audit packs.",
                allowed: "`nl`, `en`"),
        ])
}
