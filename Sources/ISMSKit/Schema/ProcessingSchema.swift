/// The keys of a processing activity record, in documented order.
extension ProcessingDecoder {
    static let schema = RecordSchema(
        "processing activity",
        keys: [
            RecordKey(
                "id", "string", .yes, "Activity id; equals the file name without `.yaml`.",
                allowed: "lowercase kebab-case"),
            RecordKey("name", "string", .yes, "Human-readable name."),
            RecordKey("purposes", "list of strings", .yes, "Purposes of the processing; at least one."),
            RecordKey(
                "legal-basis", "string", .yes, "GDPR Art. 6 legal basis.",
                allowed:
                    "`consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task`, `legitimate-interests`"
            ),
            RecordKey("data-subjects", "list of strings", .yes, "Categories of data subjects."),
            RecordKey("data-categories", "list of strings", .yes, "Categories of personal data."),
            RecordKey(
                "special-categories", "list of strings", .yes, "Special categories (GDPR Art. 9/10); `[]` when none."),
            RecordKey(
                "recipients", "list of ids", .yes, "Parties that receive the data; `[]` when none.",
                allowed: "party ids"),
            RecordKey(
                "transfers", "list of mappings", .yes,
                "Transfers outside the EEA, each `{country, safeguard}`; `[]` when none.", allowed: "see below"),
            RecordKey(
                "retention", "string", .yes, "How long the data is kept.",
                allowed:
                    "a duration (`90 days`), a rule (`until consent is withdrawn`, `while customer`, `until the request is answered`), `undetermined`, or other text"
            ),
            RecordKey(
                "controls", "list of ids", .yes,
                "Controls that protect this activity; each must be an applicable control.", allowed: "control ids"),
            RecordKey(
                "automated-decisions", "boolean", .yes,
                "Whether automated decision-making with (significant) effects on people takes place (GDPR Art. 22).",
                allowed: "`true`, `false`"),
            RecordKey("minors", "string", .no, "The organisation's policy on data about children."),
            RecordKey(
                "source", "string", .no,
                "Where the organisation states this processing (e.g. a section of its privacy statement)."),
            RecordKey(
                "review-by", "date", .no,
                "The day by which the record is reviewed again (with the privacy statement, for example). Past it, `isms check` warns (W203).",
                allowed: "`YYYY-MM-DD`"),
        ])
    static let transfer = RecordSchema(
        "transfer",
        keys: [
            RecordKey(
                "country", "string", .yes, "Destination country.", allowed: "ISO 3166-1 alpha-2, quoted (`\"US\"`)"),
            RecordKey(
                "safeguard", "string", .described("yes, outside the EEA"), "Transfer mechanism (GDPR Chapter V).",
                allowed: "`adequacy`, `SCC`, `BCR`, `DPF`, `derogation`"),
        ])
}
