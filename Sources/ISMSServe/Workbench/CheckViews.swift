import ISMSKit

/// The parts of a check that record pages show, indexed once per check: at scale 1 a request
/// that worked them out from the report took tens of milliseconds.
struct CheckViews: Sendable {
    let findings: [Finding]
    let findingsByPath: [String: [Finding]]
    /// Evidence records by the id of each record they support, in register order.
    let evidenceBySupported: [String: [EvidenceRecord]]
    let risksByControl: [String: [Risk]]
    let requirementsByControl: [String: [String]]

    init(_ report: CheckReport) {
        findings = report.diagnostics.sorted
        findingsByPath = Dictionary(grouping: findings, by: \.location.path)
        var supported: [String: [EvidenceRecord]] = [:]
        for record in report.register.evidence {
            for id in Set(record.supports) { supported[id, default: []].append(record) }
        }
        evidenceBySupported = supported
        risksByControl = report.register.risksByControl
        requirementsByControl = Dictionary(
            report.register.controls.map { ($0.id, $0.requirements) }, uniquingKeysWith: { first, _ in first })
    }
}

/// What the dashboard and the SoA grid show of a check: `isms status`'s parts, with the SoA's rows.
struct DashboardViews: Sendable {
    let status: StatusDashboard
    let expiring: [StatusDashboard.ExpiringEvidence]
    let coverageRows: [StatusDashboard.CoverageRow]
    let gaps: [SoATable.Entry]
    let overdue: [ManagementSystemStatus.Action]

    init(_ report: CheckReport) {
        status = StatusDashboard(report: report)
        expiring = status.expiring
        coverageRows = status.coverageRows
        gaps = status.gaps
        overdue = ManagementSystemStatus(register: report.register, asOf: report.asOf).overdueActions
    }
}
