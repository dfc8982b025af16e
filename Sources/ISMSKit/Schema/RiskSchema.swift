/// The keys of a risk record (`controls/risks/*.yaml`), in documented order.
extension RiskDecoder {
    static let rating = RecordSchema(
        "rating",
        keys: [
            RecordKey("likelihood", "string", .yes, "How likely the risk is.", allowed: "a key of `risk.likelihood`"),
            RecordKey("impact", "string", .yes, "How bad it would be.", allowed: "a key of `risk.impact`"),
        ])

    static let action = RecordSchema(
        "treatment action",
        keys: [
            RecordKey("action", "string", .yes, "What is to be done."),
            RecordKey("owner", "string", .yes, "Who does it.", allowed: "a role"),
            RecordKey(
                "due", "date", .yes, "When it is to be done; past it, the action is overdue (E611).",
                allowed: "`YYYY-MM-DD`"),
        ])

    static let acceptanceRecord = RecordSchema(
        "risk acceptance",
        keys: [
            RecordKey(
                "by", "string", .yes, "Who accepted the residual risk.",
                allowed: "the role `risk.acceptance.accepted-by` names for the level, or for a higher one"),
            RecordKey("date", "date", .yes, "When it was accepted.", allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "level", "string", .yes,
                "The residual level accepted; a residual level above it is no longer accepted (E605).",
                allowed: "a key of `risk.levels`"),
            RecordKey(
                "until", "date", .yes, "When the acceptance lapses (E606; W600 within the warning window).",
                allowed: "`YYYY-MM-DD`, after `date`"),
        ])

    static let schema = RecordSchema(
        "risk",
        keys: [
            RecordKey("id", "string", .yes, "Risk id; equals the file name without `.yaml`.", allowed: "e.g. `R-001`"),
            RecordKey("title", "string", .yes, "The risk in one line."),
            RecordKey("description", "string", .no, "The risk scenario in a few sentences."),
            RecordKey("assets", "list of strings", .no, "What is at risk.", allowed: "e.g. `[newsletter database]`"),
            RecordKey("threat", "string", .no, "What could happen."),
            RecordKey("vulnerability", "string", .no, "The weakness a threat would use."),
            RecordKey(
                "affects", "list of strings", .no, "The properties threatened.",
                allowed: "`confidentiality`, `integrity`, `availability`"),
            RecordKey(
                "owner", "string", .yes,
                "The risk owner, who approves the treatment and accepts the residual risk (6.1.3 f).", allowed: "a role"
            ),
            RecordKey(
                "identified", "date", .yes, "When the risk was identified or last assessed.", allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "inherent", "mapping", .yes, "Likelihood and impact before treatment (keys below).", nested: rating),
            RecordKey(
                "treatment", "string", .yes, "The treatment chosen (ISO/IEC 27005).",
                allowed: "`modify`, `retain`, `avoid`, `share`"),
            RecordKey(
                "controls", "list of ids", .described("yes when `treatment: modify`"),
                "The controls that treat the risk; each must exist and be applicable. They show in the SoA as the control's reasons for inclusion.",
                allowed: "control ids"),
            RecordKey(
                "planned", "list of mappings", .no, "Treatment actions not yet done, each `{action, owner, due}`.",
                allowed: "see below"),
            RecordKey(
                "residual", "mapping", .described("no (as `inherent`)"),
                "Likelihood and impact after treatment; never higher than inherent (keys below).", nested: rating),
            RecordKey(
                "acceptance", "mapping", .described("when the residual level is above `risk.acceptance.retain-up-to`"),
                "The risk owner's acceptance of the residual risk (keys below).", nested: acceptanceRecord),
            RecordKey(
                "processing", "list of ids", .no, "Processing activities the risk concerns.",
                allowed: "processing activity ids"),
            RecordKey(
                "review-by", "date", .described("no (default `identified` plus `risk.review`)"),
                "The day by which the risk is assessed again. Past it, `isms check` warns (W203).",
                allowed: "`YYYY-MM-DD`"),
            RecordKey("status", "string", .yes, "Where the risk stands.", allowed: "`open`, `treated`, `closed`"),
            RecordKey(
                "example", "boolean", .no, "Marks an illustrative risk (as in this example register).",
                allowed: "`true`, `false`"),
        ])
}
