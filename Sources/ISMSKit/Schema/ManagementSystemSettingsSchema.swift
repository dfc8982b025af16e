/// The keys of isms.yaml's `internal-audit` and `management-review` sections.
extension SettingsDecoder {
    static let internalAudit = RecordSchema(
        "internal-audit",
        keys: [
            RecordKey(
                "cycle", "duration", .described("no (default `3 years`)"),
                "The audit programme's cycle, normally the three-year certification cycle: within it, internal audits cover every clause 4.1 to 10.2 and every applicable control (W703).",
                allowed: "e.g. `3 years`; longer than 0 days"),
            RecordKey(
                "cycle-start", "date", .described("no (default: the cycle ends on the as-of date)"),
                "The first day of the current certification cycle; later cycles follow on in steps of `cycle`.",
                allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "interval", "duration", .described("no (default `12 months`)"),
                "How long after the last performed internal audit the next one is due (E702).",
                allowed: "e.g. `12 months`; longer than 0 days"),
        ])

    static let managementReview = RecordSchema(
        "management-review",
        keys: [
            RecordKey(
                "interval", "duration", .described("no (default `12 months`)"),
                "How long after the last management review the next one is due (E706).",
                allowed: "e.g. `12 months`; longer than 0 days")
        ])
}
