import Yams

/// Turns a management review record (`controls/reviews/*.yaml`) into a `ManagementReview`. An
/// input left empty is the check's warning (W707), not a decoding error: the record still loads.
enum ManagementReviewDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> ManagementReview? {
        guard let reader = RecordReader(node, path: path, schema: schema, sink: sink) else { return nil }
        let id = RecordID.read(reader)
        let date = reader.date("date")
        let attendees = reader.strings("attendees") ?? []
        let inputs = inputs(reader)
        if reader.node("decisions") == nil { reader.missing("decisions") }
        let decisions = decisions(reader)
        let minutes = reader.text("minutes")
        let example = reader.bool("example") ?? false
        guard let id else { return nil }
        return ManagementReview(
            id: id, date: date, attendees: attendees, inputs: inputs, decisions: decisions, minutes: minutes,
            example: example, origin: reader.origin())
    }

    private static func inputs(_ reader: RecordReader) -> [String: String] {
        guard let mapping = reader.mapping("inputs", schema: inputs) else { return [:] }
        var result: [String: String] = [:]
        for input in ManagementReview.Input.allCases {
            // Not required here: W707 names each missing or empty input once.
            if let text = mapping.string(input.rawValue, required: false) { result[input.rawValue] = text }
        }
        return result
    }

    private static func decisions(_ reader: RecordReader) -> [ManagementReview.Decision] {
        guard let items = reader.items("decisions") else { return [] }
        return items.compactMap { node, location in
            guard let item = RecordReader(node, path: reader.path, schema: decision, sink: reader.sink, at: location)
            else { return nil }
            let text = item.text("decision")
            let actions = FollowUpActionDecoder.actions(item)
            guard let text else { return nil }
            return ManagementReview.Decision(decision: text, actions: actions, location: item.start)
        }
    }
}
