/// What an edit needs to know of each kind of record: its keys (the schema the reader checks
/// them against) and the name `isms set --kind` and messages give it.
extension RegisterLayout.RecordKind {
    public var schema: RecordSchema {
        switch self {
        case .annexAControl, .customControl: ControlDecoder.schema
        case .processing: ProcessingDecoder.schema
        case .party: PartyDecoder.schema
        case .request: RequestDecoder.schema
        case .risk: RiskDecoder.schema
        case .objective: ObjectiveDecoder.schema
        case .audit: InternalAuditDecoder.schema
        case .nonconformity: NonconformityDecoder.schema
        case .review: ManagementReviewDecoder.schema
        case .incident: IncidentDecoder.schema
        case .soaApproval: SoAApprovalDecoder.schema
        case .evidence: EvidenceDecoder.schema
        }
    }

    /// The kind as `--kind` names it: both kinds of control are `control`.
    public var selectorName: String {
        switch self {
        case .annexAControl, .customControl: "control"
        case .processing: "processing"
        case .party: "party"
        case .request: "request"
        case .risk: "risk"
        case .objective: "objective"
        case .audit: "audit"
        case .nonconformity: "nonconformity"
        case .review: "review"
        case .incident: "incident"
        case .soaApproval: "soa-approval"
        case .evidence: "evidence"
        }
    }

    public static var selectorNames: [String] {
        var names: [String] = []
        for kind in allCases where !names.contains(kind.selectorName) { names.append(kind.selectorName) }
        return names
    }
}
