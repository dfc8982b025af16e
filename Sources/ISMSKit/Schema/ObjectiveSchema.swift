/// The keys of an information security objective (`controls/objectives/*.yaml`), in documented order.
extension ObjectiveDecoder {
    static let measure = RecordSchema(
        "measure",
        keys: [
            RecordKey("what", "string", .yes, "What is measured.", allowed: "e.g. `share of staff trained this year`"),
            RecordKey("target", "number", .yes, "The value that meets the objective.", allowed: "e.g. `100`, `99.5`"),
            RecordKey(
                "unit", "string", .yes, "The unit of the target and the measurements.", allowed: "e.g. `%`, `days`"),
            RecordKey(
                "direction", "string", .yes, "Which side of the target meets it.",
                allowed: "`at-least` (the target or more), `at-most` (the target or less)"),
            RecordKey(
                "every", "duration", .described("no (default `management-review.interval`)"),
                "How often the objective is measured; no measurement within it is W702.", allowed: "e.g. `3 months`"),
        ])

    static let measurement = RecordSchema(
        "measurement",
        keys: [
            RecordKey("date", "date", .yes, "When it was measured.", allowed: "`YYYY-MM-DD`"),
            RecordKey("value", "number", .yes, "The value found, in the measure's unit.", allowed: "e.g. `92`"),
            RecordKey("note", "string", .no, "What the value rests on."),
        ])

    static let schema = RecordSchema(
        "objective",
        keys: [
            RecordKey(
                "id", "string", .yes, "Objective id; equals the file name without `.yaml`.", allowed: "e.g. `OBJ-01`"),
            RecordKey("objective", "string", .yes, "What is to be achieved, in one sentence (6.2)."),
            RecordKey("measure", "mapping", .yes, "How it is measured (keys below).", nested: measure),
            RecordKey("owner", "string", .yes, "Who is responsible (6.2 h).", allowed: "a role"),
            RecordKey(
                "due", "date", .yes, "When it is to be achieved (6.2 i); past it with the target not met, W701.",
                allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "measurements", "list of mappings", .no, "The measurements taken, each `{date, value, note}`.",
                allowed: "see below"),
            RecordKey(
                "status", "string", .yes, "Where the objective stands; a withdrawn one is not checked.",
                allowed: "`active`, `achieved`, `withdrawn`"),
            RecordKey("controls", "list of ids", .no, "Controls the objective serves.", allowed: "control ids"),
            RecordKey("risks", "list of ids", .no, "Risks the objective serves.", allowed: "risk ids"),
            RecordKey(
                "example", "boolean", .no, "Marks an illustrative objective (as in this example register).",
                allowed: "`true`, `false`"),
        ])
}
