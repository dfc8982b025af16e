/// The keys of a data-subject request record, in documented order.
extension RequestDecoder {
    static let schema = RecordSchema(
        "data-subject request",
        keys: [
            RecordKey(
                "reference", "string", .yes,
                "The request's reference number; unique among the requests. A reference or outcome that looks like an e-mail address or phone number is reported (W502) and left out of audit packs.",
                allowed: "e.g. `DSR-2026-001`"),
            RecordKey(
                "right", "string", .yes, "The right the data subject exercises.",
                allowed:
                    "`access` (Art. 15), `rectification` (Art. 16), `erasure` (Art. 17), `restriction` (Art. 18), `objection` (Art. 21), `portability` (Art. 20), `withdrawal-of-consent` (Art. 7(3))"
            ),
            RecordKey("received", "date", .yes, "The day the request was received.", allowed: "`YYYY-MM-DD`"),
            RecordKey(
                "identity-verified", "date", .no,
                "The day the requester's identity was verified, when that was needed.",
                allowed: "`YYYY-MM-DD`, not before `received`"),
            RecordKey(
                "answered", "date", .described("no while the request is open"), "The day the request was answered.",
                allowed: "`YYYY-MM-DD`, not before `received`"),
            RecordKey(
                "outcome", "string", .described("no while open; yes once `answered` is set"),
                "What the answer was, without personal data."),
            RecordKey(
                "example", "boolean", .no, "Marks an illustrative request (as in this example register).",
                allowed: "`true`, `false`"),
        ])
}
