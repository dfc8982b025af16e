import Yams

/// Turns an internal audit record (`controls/audits/*.yaml`) into an `InternalAudit`.
enum InternalAuditDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> InternalAudit? {
        guard let reader = RecordReader(node, path: path, schema: schema, sink: sink) else { return nil }
        let id = RecordID.read(reader)
        let title = reader.text("title")
        let planned = reader.date("planned")
        let performed = reader.date("performed")
        let scope = reader.strings("scope") ?? []
        let criteria = reader.text("criteria")
        let auditor = reader.text("auditor")
        // An audit report is due once the audit has been performed.
        let report = reader.text("report", required: performed != nil)
        let conclusion = reader.text("conclusion")
        let example = reader.bool("example") ?? false
        guard let id else { return nil }
        return InternalAudit(
            id: id, title: title ?? id, planned: planned, performed: performed, scope: scope,
            criteria: criteria ?? "", auditor: auditor ?? "", report: report, conclusion: conclusion, example: example,
            origin: reader.origin())
    }
}
