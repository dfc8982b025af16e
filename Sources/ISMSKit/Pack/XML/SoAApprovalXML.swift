/// Writes `<soa-approval>` of pack.xml: the SHA-256 of the SoA's canonical rendering on the as-of
/// date, its latest approval (version, who, role, when, the SHA-256 approved) and each control
/// added, removed or changed since.
enum SoAApprovalXML {
    static func write(_ state: SoAApprovalState, to writer: inout XMLWriter) {
        let status = state.latest == nil ? "not-approved" : state.isUnchanged ? "approved" : "changed"
        let attributes: XMLWriter.Attributes = [("state", status), ("sha256", state.soa.sha256)]
        guard let latest = state.latest else {
            writer.empty("soa-approval", attributes)
            return
        }
        writer.start("soa-approval", attributes)
        writer.empty(
            "approval",
            [
                ("id", latest.id), ("version", String(latest.version)), ("approved-by", latest.approvedBy),
                ("role", latest.role), ("approved-on", latest.approvedOn?.description),
                ("sha256", latest.sha256.isEmpty ? nil : latest.sha256),
            ])
        for change in state.changes {
            writer.empty(
                "change",
                [
                    ("control", change.id), ("kind", change.kind.rawValue),
                    ("fields", change.fields.isEmpty ? nil : change.fields.map(\.rawValue).joined(separator: " ")),
                ])
        }
        writer.end()
    }
}
