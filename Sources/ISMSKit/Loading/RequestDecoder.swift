import Yams

/// Turns a data-subject request record (`controls/requests/*.yaml`) into a `DataSubjectRequest`.
/// Messages name the request by its reference, unless the reference looks like contact details.
enum RequestDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> DataSubjectRequest? {
        guard
            let reader = RecordReader(
                node, path: path, schema: schema, sink: sink)
        else { return nil }
        let reference = reader.text("reference")
        if let reference, !PersonalDataPattern.matches(reference) {
            reader.subject = FindingSubject("request", id: reference)
        }
        let right = reader.choice("right", as: DataSubjectRequest.Right.self, required: true)
        let received = reader.date("received", required: true)
        let verified = reader.date("identity-verified")
        let answered = reader.date("answered")
        let outcome = reader.text("outcome", required: false)
        if answered != nil, outcome == nil {
            sink.report(
                .missingKey, .requestAnsweredWithoutOutcome(reader.subject),
                at: reader.location(of: "answered"))
        }
        let example = reader.bool("example") ?? false
        guard let reference, let right, let received else { return nil }
        return DataSubjectRequest(
            reference: reference, right: right, received: received, identityVerified: verified, answered: answered,
            outcome: outcome, example: example, origin: reader.origin())
    }
}
