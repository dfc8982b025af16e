import Yams

/// Turns a control record into a `Control`.
enum ControlDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> Control? {
        guard let reader = RecordReader(node, path: path, schema: schema, sink: sink)
        else { return nil }
        let id = RecordID.read(reader)
        let title = reader.text("title")
        let applicable = reader.bool("applicable", required: true, code: .applicabilityMissing)
        // An exclusion needs its reason here; an inclusion may rest on risks and requirements
        // instead (E207, W205 in StatementOfApplicabilityChecks).
        let justification = reader.text("justification", required: applicable == false, code: .justificationMissing)
        let requirements = reader.strings("requirements") ?? []
        let status = reader.choice("status", as: Control.Status.self, required: true)
        let owner = reader.text("owner")
        let freshness = reader.period("freshness")
        let processing = reader.strings("processing") ?? []
        let narrative = reader.string("narrative") ?? ""
        let reviewBy = reader.date("review-by")
        guard let id else { return nil }
        return Control(
            id: id, title: title ?? "", applicable: applicable, justification: justification ?? "",
            requirements: requirements,
            status: status, owner: owner ?? "", freshness: freshness, processing: processing,
            narrative: narrative, origin: reader.origin(), reviewBy: reviewBy)
    }
}
