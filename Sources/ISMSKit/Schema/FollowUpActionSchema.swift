/// The keys of an action that a nonconformity or a management review decision starts.
enum FollowUpActionSchema {
    static let schema = RecordSchema(
        "action",
        keys: [
            RecordKey("action", "string", .yes, "What is to be done."),
            RecordKey("owner", "string", .yes, "Who does it.", allowed: "a role"),
            RecordKey(
                "due", "date", .yes,
                "When it is to be done; past it and not done, the action is overdue (E703, W706, W708).",
                allowed: "`YYYY-MM-DD`"),
            RecordKey("done", "date", .no, "When it was done.", allowed: "`YYYY-MM-DD`"),
        ])
}
