/// Where each kind of record lives in a register.
public enum RegisterLayout {
    public static let settingsFile = "isms.yaml"
    public static let annexAFolder = "controls/annex-a"
    public static let customFolder = "controls/custom"
    public static let processingFolder = "controls/processing"
    public static let partiesFolder = "controls/parties"
    public static let requestsFolder = "controls/requests"
    public static let risksFolder = "controls/risks"
    public static let objectivesFolder = "controls/objectives"
    public static let auditsFolder = "controls/audits"
    public static let nonconformitiesFolder = "controls/nonconformities"
    public static let reviewsFolder = "controls/reviews"
    public static let incidentsFolder = "controls/incidents"
    /// Approvals of the Statement of Applicability, one file per approved version (`isms approve soa`).
    public static let approvalsFolder = "controls/approvals"
    public static let evidenceFolder = "evidence"
    public static let reportsFolder = "reports"
    public static let evidenceRecordSuffix = ".evidence.yaml"
    /// Files git needs to keep folders and rules, never records or evidence.
    public static let ignoredNames: Set<String> = [".gitkeep", ".gitignore", ".gitattributes"]

    /// The kinds of record files, by the folder that holds them.
    public enum RecordKind: String, Sendable, CaseIterable, Codable {
        case annexAControl, customControl, processing, party, request, risk, objective, audit, nonconformity, review
        case incident
        case soaApproval
        case evidence

        public var folder: String {
            switch self {
            case .annexAControl: RegisterLayout.annexAFolder
            case .customControl: RegisterLayout.customFolder
            case .processing: RegisterLayout.processingFolder
            case .party: RegisterLayout.partiesFolder
            case .request: RegisterLayout.requestsFolder
            case .risk: RegisterLayout.risksFolder
            case .objective: RegisterLayout.objectivesFolder
            case .audit: RegisterLayout.auditsFolder
            case .nonconformity: RegisterLayout.nonconformitiesFolder
            case .review: RegisterLayout.reviewsFolder
            case .incident: RegisterLayout.incidentsFolder
            case .soaApproval: RegisterLayout.approvalsFolder
            case .evidence: RegisterLayout.evidenceFolder
            }
        }

        /// Compared as bytes: the scanner asks this of every file in the register.
        func holds(_ name: String) -> Bool {
            switch self {
            case .evidence: name.utf8.hasSuffix(RegisterLayout.evidenceRecordSuffix.utf8)
            default: name.utf8.hasSuffix(".yaml".utf8) || name.utf8.hasSuffix(".yml".utf8)
            }
        }
    }
}

extension String.UTF8View {
    /// True when the bytes end with `suffix`'s bytes (no Unicode normalisation: names are bytes).
    func hasSuffix(_ suffix: String.UTF8View) -> Bool {
        count >= suffix.count && self.reversed().starts(with: suffix.reversed())
    }
}
