/// The keys of a nonconformity record (`controls/nonconformities/*.yaml`), in documented order.
extension NonconformityDecoder {
    static let effectiveness = RecordSchema(
        "effectiveness review",
        keys: [
            RecordKey("due", "date", .no, "When the effectiveness is to be reviewed.", allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "date", "date", .no, "When it was reviewed; absent while the review is open.", allowed: "`YYYY-MM-DD`"),
            RecordKey("by", "string", .described("yes with `date`"), "Who reviewed it.", allowed: "a role"),
            RecordKey("result", "string", .described("yes with `date`"), "What the review found."),
            RecordKey(
                "effective", "boolean", .described("yes with `date`"),
                "Whether the corrective actions worked; `false` keeps the nonconformity open.",
                allowed: "`true`, `false`"),
        ])

    static let schema = RecordSchema(
        "nonconformity",
        keys: [
            RecordKey(
                "id", "string", .yes, "Nonconformity id; equals the file name without `.yaml`.",
                allowed: "e.g. `NC-2026-01`"),
            RecordKey("title", "string", .yes, "The finding in one line."),
            RecordKey(
                "source", "string", .yes, "Where it was found.",
                allowed: "`internal-audit`, `external-audit`, `incident`, `management-review`, `complaint`"),
            RecordKey(
                "raised-in", "id", .described("yes when `source` is `internal-audit` or `management-review`"),
                "The audit or review that raised it (its findings are derived from this key), or another reference.",
                allowed: "an internal audit or management review id; any reference for other sources"),
            RecordKey(
                "grade", "string", .yes,
                "How it was graded; observations and opportunities are not nonconformities.",
                allowed: "`major`, `minor`, `observation`, `opportunity`"),
            RecordKey(
                "requirement", "id", .yes, "The requirement not met.",
                allowed: "a clause (`clause-8.1`) or a control id"),
            RecordKey("description", "string", .yes, "What was found, as facts."),
            RecordKey("raised", "date", .yes, "When it was raised.", allowed: "`YYYY-MM-DD`"),
            RecordKey("correction", "string", .no, "What was done at once to contain it (10.2 a)."),
            RecordKey(
                "root-cause", "string", .described("yes to close a major or minor one"),
                "Why it happened (10.2 b); closing without it is E704."),
            RecordKey(
                "actions", "list of mappings", .described("yes to close a major or minor one"),
                "Corrective actions (10.2 c), each `{action, owner, due, done}`.", allowed: "see below"),
            RecordKey(
                "effectiveness", "mapping", .described("yes to close a major or minor one"),
                "The review of the corrective actions' effectiveness (10.2 d; keys below).", nested: effectiveness),
            RecordKey(
                "closed", "date", .no, "When it was closed; absent while it is open.", allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "example", "boolean", .no, "Marks an illustrative nonconformity (as in this example register).",
                allowed: "`true`, `false`"),
        ])
}
