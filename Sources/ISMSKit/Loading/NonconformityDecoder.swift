import Yams

/// Turns a nonconformity record (`controls/nonconformities/*.yaml`) into a `Nonconformity`.
/// What closing requires (root cause, actions, an effective review) is judged by the check, so
/// that an open record may still lack it.
enum NonconformityDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> Nonconformity? {
        guard let reader = RecordReader(node, path: path, schema: schema, sink: sink) else { return nil }
        let id = RecordID.read(reader)
        let title = reader.text("title")
        let source = reader.choice("source", as: Nonconformity.Source.self)
        let raisedIn = reader.text(
            "raised-in", required: source == .internalAudit || source == .managementReview)
        let grade = reader.choice("grade", as: Nonconformity.Grade.self)
        let requirement = reader.text("requirement")
        let description = reader.text("description")
        let raised = reader.date("raised")
        let correction = reader.text("correction")
        let rootCause = reader.text("root-cause")
        let actions = FollowUpActionDecoder.actions(reader)
        let effectiveness = effectiveness(reader)
        let closed = reader.date("closed")
        if let raised, let closed, closed < raised {
            reader.sink.report(
                .invalidValue, .dateBefore(key: "closed", closed, otherKey: "raised", raised),
                at: reader.valueLocation(of: "closed")
            )
        }
        let example = reader.bool("example") ?? false
        guard let id else { return nil }
        return Nonconformity(
            id: id, title: title ?? id, source: source, raisedIn: raisedIn, grade: grade, requirement: requirement,
            description: description ?? "", raised: raised, correction: correction, rootCause: rootCause,
            actions: actions, effectiveness: effectiveness, closed: closed, example: example, origin: reader.origin())
    }

    private static func effectiveness(_ reader: RecordReader) -> Nonconformity.EffectivenessReview? {
        guard let mapping = reader.mapping("effectiveness", schema: effectiveness) else { return nil }
        let due = mapping.date("due")
        let date = mapping.date("date")
        let reviewed = date != nil
        let by = mapping.text("by", required: reviewed)
        let result = mapping.text("result", required: reviewed)
        let effective = mapping.bool("effective", required: reviewed)
        return Nonconformity.EffectivenessReview(
            due: due, date: date, by: by, result: result, effective: effective,
            location: reader.location(of: "effectiveness"))
    }
}
