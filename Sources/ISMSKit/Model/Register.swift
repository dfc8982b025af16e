/// Everything a register holds, as loaded: the input of every check and report.
public struct Register: Sendable {
    /// Absolute path of the register's root folder.
    public var root: String
    public var settings: RegisterSettings
    public var controls: [Control]
    public var processing: [ProcessingActivity]
    public var parties: [Party]
    public var evidence: [EvidenceRecord]
    /// Register-relative paths of every file under evidence/ that is not a record.
    public var evidenceFiles: [String]
    /// Data-subject requests (controls/requests/), in path order.
    public var requests: [DataSubjectRequest]
    /// The risk register (controls/risks/), in path order.
    public var risks: [Risk]
    /// Information security objectives (controls/objectives/), in path order.
    public var objectives: [Objective]
    /// The internal audit programme (controls/audits/), in path order.
    public var audits: [InternalAudit]
    /// Nonconformities and their corrective actions (controls/nonconformities/), in path order.
    public var nonconformities: [Nonconformity]
    /// Management reviews (controls/reviews/), in path order.
    public var reviews: [ManagementReview]
    /// Incidents and personal-data breaches (controls/incidents/), in path order.
    public var incidents: [Incident] = []
    /// Approvals of the Statement of Applicability (controls/approvals/), in path order; the
    /// latest is the one with the highest version (`SoAApprovalState`).
    public var approvals: [SoAApproval] = []
    /// Record files that failed to read or decode, as far as they could be made out (see
    /// `UnreadableRecord`): they exist for references and completeness, never for coverage.
    public var unreadable: [UnreadableRecord] = []

    public init(
        root: String, settings: RegisterSettings, controls: [Control] = [],
        processing: [ProcessingActivity] = [], parties: [Party] = [], evidence: [EvidenceRecord] = [],
        evidenceFiles: [String] = [], requests: [DataSubjectRequest] = [], risks: [Risk] = [],
        objectives: [Objective] = [], audits: [InternalAudit] = [], nonconformities: [Nonconformity] = [],
        reviews: [ManagementReview] = []
    ) {
        self.root = root
        self.settings = settings
        self.controls = controls
        self.processing = processing
        self.parties = parties
        self.evidence = evidence
        self.evidenceFiles = evidenceFiles
        self.requests = requests
        self.risks = risks
        self.objectives = objectives
        self.audits = audits
        self.nonconformities = nonconformities
        self.reviews = reviews
    }

    /// The nonconformities, observations and opportunities an audit or a review raised: those whose
    /// `raised-in` names it, in register order.
    public func findings(of id: String) -> [Nonconformity] {
        nonconformities.filter { $0.raisedIn == id }
    }

    /// The risks that name each control in their `controls`, in register order, leaving out closed
    /// risks: a control's reasons for inclusion in the SoA, derived so that no record types them twice.
    public var risksByControl: [String: [Risk]] {
        var result: [String: [Risk]] = [:]
        for risk in risks where risk.status != .closed {
            for control in Set(risk.controls) { result[control, default: []].append(risk) }
        }
        return result
    }

    public var annexAControls: [Control] { controls.filter(\.isAnnexA) }
    public var customControls: [Control] { controls.filter { !$0.isAnnexA } }
}
