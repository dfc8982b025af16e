/// Writes `<changes>`, what changed since the previous pack (`isms pack --previous`), in the
/// order of `RegisterDiff`. Ids in it may name records the pack no longer holds, so they are
/// plain ids, never references the schema resolves.
enum ChangesXML {
    static func write(_ diff: RegisterDiff, to writer: inout XMLWriter) {
        writer.start(
            "changes",
            [
                ("previous-as-of", diff.old.asOf.description),
                ("previous-audit", diff.old.auditID.isEmpty ? nil : diff.old.auditID),
            ])
        for change in diff.settings { writeRecord("settings-change", change, to: &writer) }
        for change in diff.controls { writeRecord("control-change", change, to: &writer) }
        for change in diff.coverage {
            writer.empty(
                "coverage-change",
                [
                    ("record", change.record.rawValue), ("id", change.id), ("name", change.name),
                    ("change", change.change.rawValue), ("old-state", change.old.rawValue),
                    ("new-state", change.new.rawValue),
                ])
        }
        for change in diff.evidence { writeEvidence(change, to: &writer) }
        for change in diff.processing { writeRecord("processing-change", change, to: &writer) }
        for change in diff.parties { writeRecord("party-change", change, to: &writer) }
        for change in diff.risks { writeRecord("risk-change", change, to: &writer) }
        for change in diff.objectives { writeRecord("objective-change", change, to: &writer) }
        for change in diff.audits { writeRecord("internal-audit-change", change, to: &writer) }
        for change in diff.nonconformities { writeRecord("nonconformity-change", change, to: &writer) }
        for change in diff.reviews { writeRecord("management-review-change", change, to: &writer) }
        for change in diff.incidents { writeRecord("incident-change", change, to: &writer) }
        for change in diff.requests { writeRecord("request-change", change, to: &writer) }
        writer.end()
    }

    private static func writeRecord(_ element: String, _ change: RegisterDiff.RecordChange, to writer: inout XMLWriter)
    {
        let attributes: XMLWriter.Attributes = [
            ("id", change.id), ("name", change.name), ("change", change.change.rawValue),
        ]
        guard !change.fields.isEmpty else { return writer.empty(element, attributes) }
        writer.element(element, attributes) { writer in
            for field in change.fields {
                writer.element("field", [("name", field.field.rawValue)]) { writer in
                    for value in field.old { writer.text("old", value) }
                    for value in field.new { writer.text("new", value) }
                }
            }
        }
    }

    private static func writeEvidence(_ change: RegisterDiff.EvidenceChange, to writer: inout XMLWriter) {
        let attributes: XMLWriter.Attributes = [
            ("id", change.id), ("title", change.title), ("change", change.change.rawValue),
            ("ended", change.ended?.description),
        ]
        guard !change.supports.isEmpty || !change.files.isEmpty else {
            return writer.empty("evidence-change", attributes)
        }
        writer.element("evidence-change", attributes) { writer in
            for id in change.supports { writer.empty("supports", [("ref", id)]) }
            for file in change.files {
                writer.empty(
                    "file",
                    [
                        ("path", file.path), ("change", file.change.rawValue), ("old-sha256", file.old),
                        ("new-sha256", file.new),
                    ])
            }
        }
    }
}
