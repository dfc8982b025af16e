/// The keys of a evidence record, in documented order.
extension EvidenceDecoder {
    static let schema = RecordSchema(
        "evidence",
        keys: [
            RecordKey("id", "string", .yes, "Evidence id, unique in the register.", allowed: "lowercase kebab-case"),
            RecordKey("title", "string", .yes, "What the evidence shows."),
            RecordKey("collected", "date", .yes, "Date the evidence was collected.", allowed: "`YYYY-MM-DD`"),
            RecordKey("owner", "string", .yes, "Role that collected or owns the evidence.", allowed: "a role"),
            RecordKey(
                "files", "list of paths", .yes,
                "Evidence files, relative to the record's folder; each must exist inside the register."),
            RecordKey(
                "supports", "list of ids", .yes, "Controls, processing activities and parties this evidence supports.",
                allowed: "control, processing or party ids"),
            RecordKey(
                "sha256", "mapping", .no,
                "Pin per file: path (as in `files`) → SHA-256 of the file's bytes. A file that no longer matches its pin is an error.",
                allowed: "64 lowercase hex digits"),
            RecordKey(
                "expires", "date", .no,
                "Date after which the evidence no longer counts, whatever the freshness: the evidence is current until the earlier of `expires` and `collected` + freshness.",
                allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "current-until-expires", "boolean", .described("no (needs `expires`)"),
                "`true`: the evidence is current until `expires` whatever the freshness, for an agreement or certificate valid for years (a processing agreement until 2029-12-31). `expires` still ends it and W300 still warns ahead of it.",
                allowed: "`true`, `false` (default)"),
            RecordKey(
                "example", "boolean", .no, "Marks illustrative sample evidence (as in this example register).",
                allowed: "`true`, `false`"),
        ])
}
