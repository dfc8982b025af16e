/// The SoA as a controlled document (6.1.3 d): approved before the audit, and unchanged since
/// its latest approval or approved again.
enum SoAApprovalChecks: RegisterCheck {
    /// Changes named in W208's message before the rest are counted.
    static let namedChanges = 10

    static func findings(in context: CheckContext) -> [Finding] {
        let state = SoAApprovalState(context.register)
        guard let latest = state.latest else { return neverApproved(context) }
        guard !state.isUnchanged else { return [] }
        let changes = state.changes
        let named = changes.prefix(namedChanges).map(\.description).joined(separator: "; ")
        let more = changes.count > namedChanges ? "; and \(changes.count - namedChanges) more" : ""
        let what =
            changes.isEmpty
            ? "its SHA-256 differs from the one approved, though no control's recorded summary does"
            : named + more
        let day = latest.approvedOn.map { " on \($0)" } ?? ""
        return [
            Finding(
                .soaChangedSinceApproval,
                "the Statement of Applicability changed since version \(latest.version) was approved\(day): \(what); have it approved again (`isms approve soa`)",
                at: latest.origin.location(of: "sha256"))
        ]
    }

    /// E209 when no approval exists and the planned audit is within the warning window (or past).
    private static func neverApproved(_ context: CheckContext) -> [Finding] {
        guard let planned = context.settings.audit.plannedDate,
            planned <= context.settings.warningWindow.after(context.asOf)
        else { return [] }
        return [
            Finding(
                .soaNeverApproved,
                "the Statement of Applicability has never been approved and the audit is planned on \(planned): record its approval with `isms approve soa --by NAME --role ROLE`",
                at: context.settings.origin.location(of: "audit"))
        ]
    }
}
