/// The keys of a processing activity record, in documented order.
extension ProcessingDecoder {
    /// Required of the organisation's own processing (Art. 30(1)), not of processing as a processor.
    static let asController = RecordKey.Requirement.described("yes, for `role: controller`")
    /// Required of processing as a processor (Art. 30(2)) only.
    static let asProcessor = RecordKey.Requirement.described("yes, for `role: processor`")
    static let bases =
        "`consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task`, `legitimate-interests`"

    static let schema = RecordSchema(
        "processing activity",
        keys: [
            RecordKey(
                "id", "string", .yes, "Activity id; equals the file name without `.yaml`.",
                allowed: "lowercase kebab-case"),
            RecordKey("name", "string", .yes, "Human-readable name."),
            RecordKey(
                "role", "string", .described("no (default `controller`)"),
                "Whose processing this is: the organisation's own (`controller`, GDPR Art. 30(1)) or carried out on behalf of controllers (`processor`, Art. 30(2)).",
                allowed: "`controller`, `processor`"),
            RecordKey(
                "controllers", "list of strings", asProcessor,
                "The controllers on whose behalf the organisation processes (Art. 30(2)(a)); a party id links to its record. Only for `role: processor`.",
                allowed: "party ids or names"),
            RecordKey(
                "processing-categories", "list of strings", asProcessor,
                "The categories of processing carried out on behalf of the controllers (Art. 30(2)(b)). Only for `role: processor`."
            ),
            RecordKey(
                "purposes", "list of strings or mappings", asController,
                "Purposes of the processing; at least one. A purpose is text, or a mapping `{purpose, legal-basis}` that names the basis it rests on (required for each purpose when `legal-basis` lists more than one).",
                allowed: "see below"),
            RecordKey(
                "legal-basis", "string or list of strings", asController,
                "GDPR Art. 6 legal basis; a list when the purposes rest on different bases.", allowed: bases),
            RecordKey("data-subjects", "list of strings", asController, "Categories of data subjects."),
            RecordKey("data-categories", "list of strings", asController, "Categories of personal data."),
            RecordKey(
                "special-categories", "list of strings", asController,
                "Special categories (GDPR Art. 9/10); `[]` when none."),
            RecordKey(
                "special-categories-condition", "string or list of strings",
                .described("yes, when `special-categories` is not empty"),
                "The GDPR Art. 9(2) condition(s) under which the special categories are processed. `explicit-consent` needs evidence of how consent is obtained, as `consent` does (E405).",
                allowed:
                    "`explicit-consent` (9(2)(a)), `employment` (b), `vital-interests` (c), `not-for-profit` (d), `made-public` (e), `legal-claims` (f), `substantial-public-interest` (g), `health-care` (h), `public-health` (i), `archiving-research` (j)"
            ),
            RecordKey(
                "recipients", "list of ids", asController, "Parties that receive the data; `[]` when none.",
                allowed: "party ids"),
            RecordKey(
                "transfers", "list of mappings", .yes,
                "Transfers outside the EEA, each `{country, safeguard}`; `[]` when none.", allowed: "see below"),
            RecordKey(
                "retention", "string", asController, "How long the data is kept.",
                allowed:
                    "a duration (`90 days`), a rule (`until consent is withdrawn`, `while customer`, `until the request is answered`), `undetermined`, or other text"
            ),
            RecordKey(
                "controls", "list of ids", .yes,
                "Controls that protect this activity (the security measures of Art. 30(1)(g) and 30(2)(d)); each must be an applicable control.",
                allowed: "control ids"),
            RecordKey(
                "automated-decisions", "boolean", asController,
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
    static let purpose = RecordSchema(
        "purpose",
        keys: [
            RecordKey("purpose", "string", .yes, "The purpose."),
            RecordKey(
                "legal-basis", "string", .described("yes, when the activity lists more than one basis"),
                "The basis this purpose rests on: one of the activity's `legal-basis`.", allowed: bases),
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
