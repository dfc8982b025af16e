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
        return [
            Finding(
                .soaChangedSinceApproval,
                .soaChangedSinceApproval(
                    version: latest.version, approvedOn: latest.approvedOn,
                    changes: Array(changes.prefix(namedChanges)),
                    more: max(changes.count - namedChanges, 0)),
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
                .soaNeverApproved, .soaNeverApproved(planned: planned),
                at: context.settings.origin.location(of: "audit"))
        ]
    }
}
