/// Every word the pack page writes itself, in Dutch or English (`PackContent.language`).
/// Text from the register is shown as written; only these labels change with the language.
struct Labels: Sendable {
    // Page and header
    let documentTitle: String
    let contents: String
    let organisation: String
    let address: String
    let contact: String
    let website: String
    let securityOfficer: String
    let supervisoryAuthority: String
    let scope: String
    let standard: String
    let auditCycle: String
    let auditPeriod: String
    let plannedAuditDate: String
    let certificationBody: String
    let asOf: String

    // Sections
    let summary: String
    let statementOfApplicability: String
    let controls: String
    let annexA: String
    let customControls: String
    let processingRegister: String
    let parties: String
    let evidence: String
    let findings: String

    // Summary and chart
    let chartTitle: String
    let chartDescription: String
    let theme: String
    let total: String
    let annexAControlCount: String
    let applicableCount: String
    let excludedCount: String
    let customControlCount: String
    let processingCount: String
    let partyCount: String
    let evidenceCount: String
    let errorCount: String
    let warningCount: String

    // Controls and the Statement of Applicability
    let id: String
    let title: String
    let applicable: String
    let status: String
    let owner: String
    let state: String
    let yes: String
    let no: String
    let undecided: String
    let justification: String
    let implementation: String
    let freshness: String
    let protectsProcessing: String
    let noEvidence: String
    let notStated: String

    // Evidence
    let collected: String
    let expires: String
    let files: String
    let size: String
    let bytes: String
    let sha256: String
    let supports: String
    let example: String
    /// The first page's warning when evidence is marked `example: true`: a count is put in.
    let exampleBanner: @Sendable (_ records: Int, _ controls: Int) -> String
    /// Beside a control in the SoA whose evidence includes an example.
    let exampleEvidenceMark: String
    /// The summary's table of implementation status by theme, beside the evidence state's.
    let implementationTitle: String
    let evidenceStateTitle: String
    let fileNotAvailable: String

    // Art. 30 register
    let processingName: String
    let purposes: String
    let legalBasis: String
    let dataSubjects: String
    let dataCategories: String
    let specialCategories: String
    let recipients: String
    let transfers: String
    let retention: String
    let protectingControls: String
    let automatedDecisions: String
    let minors: String
    let source: String
    let none: String

    // Parties
    let name: String
    let role: String
    let country: String
    let services: String
    let privacyStatement: String
    let transferSafeguard: String
    /// The safeguard of a party inside the EEA, which needs none (GDPR Chapter V does not apply).
    let insideEEA: String

    // Findings
    let code: String
    let severity: String
    let location: String
    let message: String
    let noFindings: String

    // Values
    let states: [CoverageState: String]
    let statuses: [Control.Status: String]
    /// The status shown for a control the SoA excludes, whatever its `status` says.
    let excludedStatus: String
    let themes: [Theme: String]
    let legalBases: [ProcessingActivity.LegalBasis: String]
    let roles: [Party.Role: String]
    let safeguards: [TransferSafeguard: String]
    let severities: [Severity: String]

    static func forLanguage(_ language: ReportLanguage) -> Labels {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    func state(_ value: CoverageState) -> String { states[value] ?? value.rawValue }
    func status(_ value: Control.Status) -> String { statuses[value] ?? value.rawValue }

    /// A control's status as the SoA shows it: `n.v.t.` / `not applicable` for an excluded
    /// control (never "not started"), else its status; nil when it has none.
    func status(of control: Control) -> String? {
        control.applicable == false ? excludedStatus : control.status.map(status)
    }
    func theme(_ value: Theme) -> String { themes[value] ?? value.rawValue }
    func legalBasis(_ value: ProcessingActivity.LegalBasis) -> String { legalBases[value] ?? value.rawValue }
    func role(_ value: Party.Role) -> String { roles[value] ?? value.rawValue }
    func safeguard(_ value: TransferSafeguard) -> String { safeguards[value] ?? value.rawValue }
    func severity(_ value: Severity) -> String { severities[value] ?? value.rawValue }
    func yesNo(_ value: Bool?) -> String { value.map { $0 ? yes : no } ?? undecided }
}
