/// What `isms approve soa` writes: a new approval record of the SoA as it is now, version the
/// latest plus one. It refuses while a control or approval record cannot be read (the SoA would
/// not be the one `isms check` reads), and writes nothing when the SoA is unchanged since the
/// latest approval.
public enum SoAApprovalRecord {
    public enum Plan: Sendable {
        /// Nothing to approve: the latest approval holds the SoA's content.
        case unchanged(SoAApproval)
        /// The records that cannot be read, as findings.
        case refused([Finding])
        /// The record to write (`path` register-relative), and what changed since the latest approval.
        case write(path: String, text: String, version: Int, sha256: String, changes: [StatementOfApplicability.Change])
    }

    public static func plan(_ loaded: LoadedRegister, by approver: String, role: String, on day: CalendarDate) -> Plan {
        let folders = [RegisterLayout.annexAFolder, RegisterLayout.customFolder, RegisterLayout.approvalsFolder]
        let problems = loaded.findings.filter { finding in
            finding.severity == .error && folders.contains { finding.location.path.hasPrefix($0 + "/") }
        }
        guard problems.isEmpty else { return .refused(problems.sorted()) }
        let state = SoAApprovalState(loaded.register)
        if let latest = state.latest, state.isUnchanged { return .unchanged(latest) }
        let version = state.nextVersion
        let id = SoAApproval.id(version: version)
        return .write(
            path: RegisterLayout.approvalsFolder + "/" + id + ".yaml",
            text: text(state.soa, id: id, version: version, by: approver, role: role, on: day), version: version,
            sha256: state.soa.sha256, changes: state.changes)
    }

    /// The record's text: the keys in documented order, `controls` in the SoA's order.
    static func text(
        _ soa: StatementOfApplicability, id: String, version: Int, by approver: String, role: String,
        on day: CalendarDate
    ) -> String {
        var lines = [
            "# Approval of the Statement of Applicability, version \(version) (ISO/IEC 27001 6.1.3 d), written by",
            "# `isms approve soa`. `sha256` is the SHA-256 of the SoA's canonical rendering and `controls` holds",
            "# each control as approved; `isms docs register-format` says how to recompute both.",
            "id: \(id)",
            "version: \(version)",
            "approved-by: " + YAMLValueText.scalar(approver, inFlow: false),
            "role: " + YAMLValueText.scalar(role, inFlow: false),
            "approved-on: \(day)",
            "sha256: \(soa.sha256)",
            soa.entries.isEmpty ? "controls: {}" : "controls:",
        ]
        for entry in soa.entries {
            lines.append("  " + YAMLValueText.scalar(entry.id, inFlow: false) + ": " + entry.summary)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
