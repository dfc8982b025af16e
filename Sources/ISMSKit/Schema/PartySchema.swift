/// The keys of a party record, in documented order.
extension PartyDecoder {
    static let schema = RecordSchema(
        "party",
        keys: [
            RecordKey(
                "id", "string", .yes, "Party id; equals the file name without `.yaml`.", allowed: "lowercase kebab-case"
            ),
            RecordKey("name", "string", .yes, "Name of the party."),
            RecordKey(
                "role", "string", .yes, "The party's GDPR role towards the organisation's processing.",
                allowed: "`processor`, `controller`, `joint-controller`, `recipient`"),
            RecordKey(
                "country", "string", .yes, "Country where the party processes the data.",
                allowed: "ISO 3166-1 alpha-2, quoted (`\"NL\"`)"),
            RecordKey("services", "list of strings", .yes, "What the party does for or with the organisation."),
            RecordKey("privacy-url", "string", .no, "The party's privacy statement.", allowed: "URL"),
            RecordKey(
                "transfer-safeguard", "string", .described("when `country` is outside the EEA"), "Transfer mechanism.",
                allowed: "`adequacy`, `SCC`, `BCR`, `DPF`, `derogation`"),
        ])
}
