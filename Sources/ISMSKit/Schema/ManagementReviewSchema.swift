/// The keys of a management review record (`controls/reviews/*.yaml`), in documented order.
extension ManagementReviewDecoder {
    /// One key per input of 9.3.2, documented with the standard's words for it.
    static let inputs = RecordSchema(
        "review inputs",
        keys: ManagementReview.Input.allCases.map { input in
            RecordKey(
                input.rawValue, "string", .described("yes (empty is W707)"), input.title + ".",
                allowed: "Markdown")
        })

    static let decision = RecordSchema(
        "decision",
        keys: [
            RecordKey("decision", "string", .yes, "What top management decided (9.3.3)."),
            RecordKey(
                "actions", "list of mappings", .no,
                "The actions the decision starts, each `{action, owner, due, done}`.",
                allowed: "see the action keys"),
        ])

    static let schema = RecordSchema(
        "management review",
        keys: [
            RecordKey(
                "id", "string", .yes, "Review id; equals the file name without `.yaml`.", allowed: "e.g. `MR-2026`"),
            RecordKey(
                "date", "date", .yes, "When the review was held; none within `management-review.interval` is E706.",
                allowed: "`YYYY-MM-DD`"),
            RecordKey("attendees", "list of strings", .yes, "Who took part.", allowed: "roles, not names"),
            RecordKey("inputs", "mapping", .yes, "What the review considered (9.3.2; keys below).", nested: inputs),
            RecordKey(
                "decisions", "list of mappings", .yes, "The review's results (9.3.3), each `{decision, actions}`.",
                allowed: "see below"),
            RecordKey(
                "minutes", "id", .no, "The evidence record holding the minutes.", allowed: "an evidence record id"),
            RecordKey(
                "example", "boolean", .no, "Marks an illustrative review (as in this example register).",
                allowed: "`true`, `false`"),
        ])
}
