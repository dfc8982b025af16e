/// The keys of an incident record (`controls/incidents/*.yaml`), in documented order.
extension IncidentDecoder {
    static let instant =
        "a date and time with a UTC offset or a zone: `2026-06-11T09:30+02:00`, `2026-06-11T07:30Z`, `2026-06-11 09:30 Europe/Amsterdam`"

    static let exemption = RecordSchema(
        "exemption",
        keys: [
            RecordKey(
                "ground", "string", .yes, "The Art. 34(3) ground for not telling the data subjects.",
                allowed:
                    "`34(3)(a)` (the data was unintelligible, e.g. encrypted), `34(3)(b)` (later measures removed the high risk), `34(3)(c)` (disproportionate effort; a public communication instead)"
            ),
            RecordKey("reasoning", "string", .yes, "Why the ground applies, as facts."),
        ])

    static let breach = RecordSchema(
        "breach",
        keys: [
            RecordKey(
                "risk", "string", .yes,
                "The risk to the rights and freedoms of the data subjects: `risk` and `high` are notified to the supervisory authority within 72 hours (Art. 33(1)); `high` is also told to the data subjects (Art. 34(1)).",
                allowed: "`none`, `risk`, `high`"),
            RecordKey(
                "reasoning", "string", .described("yes when `risk` is `none`"),
                "Why the risk is what it says: not notifying is allowed only when the breach is unlikely to result in a risk (Art. 33(1)), and the register must show why."
            ),
            RecordKey(
                "notified-authority", "date-time", .described("yes when `risk` is `risk` or `high`"),
                "When the supervisory authority was notified.", allowed: instant),
            RecordKey(
                "authority-reference", "string", .no, "The authority's reference for the notification.",
                allowed: "e.g. the Autoriteit Persoonsgegevens' case number"),
            RecordKey(
                "delay-reason", "string", .described("yes when notified 72 hours or more after `aware`"),
                "The reasons for a notification later than 72 hours (Art. 33(1))."),
            RecordKey(
                "data-subjects-informed", "date-time", .described("yes when `risk` is `high`, unless `exemption`"),
                "When the data subjects were told (Art. 34(1)).", allowed: instant),
            RecordKey(
                "exemption", "mapping", .no, "Why the data subjects of a high-risk breach were not told (keys below).",
                nested: exemption),
            RecordKey(
                "data-subjects", "integer", .no, "The approximate number of data subjects concerned; never names.",
                allowed: "a whole number"),
            RecordKey(
                "records", "integer", .no, "The approximate number of personal-data records concerned.",
                allowed: "a whole number"),
        ])

    static let schema = RecordSchema(
        "incident",
        keys: [
            RecordKey(
                "id", "string", .yes, "The incident's reference; equals the file name without `.yaml`.",
                allowed: "e.g. `INC-2026-006`"),
            RecordKey("title", "string", .yes, "The incident in one line."),
            RecordKey(
                "detected", "date-time", .no, "When the event was first noticed, by anyone.", allowed: instant),
            RecordKey(
                "aware", "date-time", .yes,
                "When the organisation became aware that it is an incident (for a breach: that personal data is concerned): the 72 hours of Art. 33(1) run from here.",
                allowed: instant + "; not before `detected`"),
            RecordKey(
                "category", "string", .yes, "What kind of incident it is.",
                allowed: "e.g. `phishing`, `malware`, `misdirected e-mail`, `availability`"),
            RecordKey("severity", "string", .yes, "How severe it is.", allowed: "`low`, `medium`, `high`, `critical`"),
            RecordKey(
                "description", "string", .yes,
                "What happened, as facts, without personal data (a value that looks like an e-mail address or phone number is reported, W502)."
            ),
            RecordKey("assets", "list", .no, "The assets concerned.", allowed: "names or ids"),
            RecordKey("processing", "list", .no, "The processing activities concerned.", allowed: "processing ids"),
            RecordKey(
                "controls", "list", .no, "The controls that failed or that helped.", allowed: "control ids"),
            RecordKey(
                "personal-data-breach", "boolean", .yes,
                "Whether it is a personal-data breach (Art. 4(12)); every breach is documented, notified or not (Art. 33(5)).",
                allowed: "`true`, `false`"),
            RecordKey(
                "breach", "mapping", .described("yes when `personal-data-breach` is `true`"),
                "The breach's assessment and notifications (keys below).", nested: breach),
            RecordKey(
                "remedial-action", "string", .described("yes once `closed`"),
                "What was done to end it and mitigate its effects."),
            RecordKey("lessons", "string", .no, "What was learnt from it (A.5.27)."),
            RecordKey(
                "nonconformities", "list", .no, "The nonconformities it raised.", allowed: "nonconformity ids"),
            RecordKey("closed", "date", .no, "When it was closed; absent while open.", allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "example", "boolean", .no, "Marks an illustrative record (as in this example register).",
                allowed: "`true`, `false`"),
        ])
}
