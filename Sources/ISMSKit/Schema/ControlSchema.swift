/// The keys of a control record, in documented order.
extension ControlDecoder {
    static let schema = RecordSchema(
        "control",
        keys: [
            RecordKey(
                "id", "string", .yes, "Control id.",
                allowed: "Annex A: `A.5.1` … `A.8.34`; custom: not starting with `A.`"),
            RecordKey(
                "title", "string", .yes, "Control title.",
                allowed: "Annex A: exactly the English title of ISO/IEC 27001:2022 Table A.1"),
            RecordKey(
                "applicable", "boolean", .yes, "Whether the control is included in the Statement of Applicability.",
                allowed: "`true`, `false`"),
            RecordKey(
                "justification", "string", .described("yes when `applicable: false`"),
                "Why the control is included or excluded. An exclusion always needs one (E205); an inclusion is justified by the risks that name the control, its `requirements` and this text: with none of them it is E207, with only this text W205."
            ),
            RecordKey(
                "requirements", "list of strings", .no,
                "Reasons for including the control other than a risk: a law, a contract, a customer demand, the organisation's policy. The SoA shows them with the risks that name the control.",
                allowed: "short texts, e.g. `AVG art. 32`"),
            RecordKey(
                "status", "string", .yes,
                "Implementation status. A control that is not applicable must not be `implemented`.",
                allowed: "`not-started`, `planned`, `partial`, `implemented`"),
            RecordKey("owner", "string", .yes, "Role responsible for the control.", allowed: "a role"),
            RecordKey(
                "freshness", "duration", .no,
                "How long evidence for this control stays current; overrides `defaults.freshness`.", allowed: "duration"
            ),
            RecordKey(
                "processing", "list of ids", .no, "Processing activities this control protects.",
                allowed: "processing activity ids"),
            RecordKey("narrative", "Markdown", .no, "How the control is implemented."),
            RecordKey(
                "review-by", "date", .described("no (an excluded Annex A control without it gets W204)"),
                "The day by which the decision, its justification and the implementation are reviewed again. Past it, `isms check` warns (W203); an Annex A control with `applicable: false` and no `review-by` gets W204, so that every exclusion is revisited each audit cycle.",
                allowed: "`YYYY-MM-DD`"),
        ])
}
