/// One side of a comparison (`isms diff`, `isms pack --previous`): what an audit pack's pack.xml
/// says, or what a register says on a date, reduced to what the comparison looks at.
///
/// Both kinds of side are read from pack.xml (a register's is rendered in memory), so they show
/// the same facts in the same form: the same references left out, the same evidence paths
/// (`evidence/...`), the same evidence states.
public struct RegisterSnapshot: Sendable, Hashable {
    /// Where a side came from.
    public enum Origin: String, Sendable, Hashable {
        case pack
        case register
    }

    public var origin: Origin
    /// The pack's as-of date, or the date the register was checked on.
    public var asOf: CalendarDate
    /// The audit id (`isms.yaml` `audit.id`).
    public var auditID: String
    /// The first day of the side's audit period (`audit.period-start`), when pack.xml has one.
    public var periodStart: CalendarDate?
    /// The register's own settings that an auditor follows (`scope`, `standard`), as one record
    /// with the id `isms.yaml`; empty only for a side that has none.
    public var settings: [RecordSnapshot]
    /// Annex A controls in the standard's order, then the organisation's own by id.
    public var controls: [RecordSnapshot]
    public var processing: [RecordSnapshot]
    public var parties: [RecordSnapshot]
    /// The risk register by id; a risk's state is always not-applicable (risks have no evidence).
    public var risks: [RecordSnapshot]
    /// The management system's records by id, each with the state not-applicable (they have no
    /// evidence state of their own): objectives, internal audits, nonconformities, reviews.
    public var objectives: [RecordSnapshot]
    public var audits: [RecordSnapshot]
    public var nonconformities: [RecordSnapshot]
    public var reviews: [RecordSnapshot]
    /// Incidents by id, each with the state not-applicable.
    public var incidents: [RecordSnapshot]
    /// Data-subject requests by reference number (a withheld reference cannot be compared, so
    /// such a request is left out), each with the state not-applicable.
    public var requests: [RecordSnapshot]
    public var evidence: [EvidenceSnapshot]

    public init(
        origin: Origin, asOf: CalendarDate, auditID: String, settings: [RecordSnapshot] = [],
        controls: [RecordSnapshot] = [],
        processing: [RecordSnapshot] = [], parties: [RecordSnapshot] = [], risks: [RecordSnapshot] = [],
        objectives: [RecordSnapshot] = [], audits: [RecordSnapshot] = [], nonconformities: [RecordSnapshot] = [],
        reviews: [RecordSnapshot] = [], incidents: [RecordSnapshot] = [], requests: [RecordSnapshot] = [],
        evidence: [EvidenceSnapshot] = []
    ) {
        self.origin = origin
        self.asOf = asOf
        self.auditID = auditID
        self.settings = settings
        self.controls = controls
        self.processing = processing
        self.parties = parties
        self.risks = risks
        self.objectives = objectives
        self.audits = audits
        self.nonconformities = nonconformities
        self.reviews = reviews
        self.incidents = incidents
        self.requests = requests
        self.evidence = evidence
    }
}

/// The kinds of record whose fields a comparison follows.
public enum ChangedRecordKind: String, Sendable, Hashable, CaseIterable {
    /// isms.yaml: the scope of the management system and the standard it follows.
    case settings
    case control
    case processingActivity = "processing-activity"
    case party
    case risk
    case objective
    case internalAudit = "internal-audit"
    case nonconformity
    case managementReview = "management-review"
    case incident
    case request = "data-subject-request"

    /// The fields compared for this kind, in the order they are reported.
    public var fields: [ChangedField] {
        switch self {
        case .settings: [.scope, .standard]
        case .control: [.applicable, .justification, .status, .owner, .requirements, .narrative, .reviewBy]
        case .processingActivity:
            [
                .name, .role, .controllers, .processingCategories, .purposes, .legalBasis, .dataSubjects,
                .dataCategories, .specialCategories, .specialCategoriesCondition, .recipients, .transfers,
                .retention, .controls, .automatedDecisions, .minors, .source, .reviewBy,
            ]
        case .party: [.name, .role, .country, .services, .privacyURL, .transferSafeguard]
        case .risk: [.title, .owner, .inherent, .treatment, .controls, .residual, .acceptance, .status]
        case .objective: [.objective, .owner, .due, .status, .latest]
        case .internalAudit: [.title, .planned, .performed, .scope, .auditor]
        case .nonconformity: [.title, .grade, .status, .closed, .actions]
        case .managementReview: [.date, .decisions]
        case .incident: [.title, .severity, .aware, .personalDataBreach, .risk, .notifiedAuthority, .closed]
        case .request: [.right, .received, .identityVerified, .due, .answered]
        }
    }
}

/// A field of a control, processing activity or party, named as in the register's YAML.
public enum ChangedField: String, Sendable, Hashable, CaseIterable {
    // Controls
    case applicable
    case justification
    case status
    case owner
    case requirements
    case narrative
    // The register's settings (`scope` is also an internal audit's clauses)
    case standard
    // Processing activities and parties
    case name
    case purposes
    case legalBasis = "legal-basis"
    case dataSubjects = "data-subjects"
    case dataCategories = "data-categories"
    case specialCategories = "special-categories"
    case specialCategoriesCondition = "special-categories-condition"
    case controllers
    case processingCategories = "processing-categories"
    case recipients
    case transfers
    case retention
    case controls
    case automatedDecisions = "automated-decisions"
    case minors
    case source
    case reviewBy = "review-by"
    case role
    case country
    case services
    case privacyURL = "privacy-url"
    case transferSafeguard = "transfer-safeguard"
    // Risks: ratings are written `likelihood × impact (level)`, an acceptance
    // `level by role on date until date`.
    case title
    case inherent
    case treatment
    case residual
    case acceptance
    // The management system: a measurement is written `value on date`, an action
    // `action (owner, due date, done date)`, a decision `decision: action; action`.
    case objective
    case due
    case latest
    case planned
    case performed
    case scope
    case auditor
    case grade
    case closed
    case actions
    case date
    case decisions
    // Incidents: times as the record writes them.
    case severity
    case aware
    case personalDataBreach = "personal-data-breach"
    case risk
    case notifiedAuthority = "notified-authority"
    // Data-subject requests: dates as the record writes them.
    case right
    case received
    case identityVerified = "identity-verified"
    case answered

    /// True for fields whose values are free text in records of `kind` (quoted in text output);
    /// false for enumerations, booleans, dates, country codes and ids. `scope` is free text in
    /// isms.yaml and a list of clauses in an internal audit.
    public func isText(in kind: ChangedRecordKind) -> Bool {
        self == .scope && kind == .settings ? true : isText
    }

    /// True for fields whose values are free text (quoted in text output); false for
    /// enumerations, booleans, country codes and ids.
    public var isText: Bool {
        switch self {
        case .requirements, .narrative, .standard, .justification, .owner, .name, .purposes, .dataSubjects,
            .dataCategories, .specialCategories,
            .controllers, .processingCategories, .retention, .minors, .source, .services, .privacyURL, .title,
            .objective, .auditor, .actions, .decisions:
            true
        case .applicable, .status, .legalBasis, .specialCategoriesCondition, .recipients, .transfers, .controls,
            .automatedDecisions, .role,
            .country, .transferSafeguard, .reviewBy, .inherent, .treatment, .residual, .acceptance, .due, .latest,
            .planned, .performed, .scope, .grade, .closed, .date, .severity, .aware, .personalDataBreach, .risk,
            .notifiedAuthority, .right, .received, .identityVerified, .answered:
            false
        }
    }
}

/// A control, processing activity or party as a comparison sees it.
public struct RecordSnapshot: Sendable, Hashable {
    public var kind: ChangedRecordKind
    public var id: String
    /// A control's title, or the name of a processing activity or party.
    public var name: String
    /// The evidence state on the side's date.
    public var state: CoverageState
    /// The value of every field of `kind.fields`: empty when absent, one element for a single
    /// value, one per item for a list.
    public var values: [ChangedField: [String]]

    public init(
        kind: ChangedRecordKind, id: String, name: String, state: CoverageState, values: [ChangedField: [String]]
    ) {
        self.kind = kind
        self.id = id
        self.name = name
        self.state = state
        self.values = values
    }

    public func value(_ field: ChangedField) -> [String] { values[field] ?? [] }
}

/// An evidence record as a comparison sees it.
public struct EvidenceSnapshot: Sendable, Hashable {
    /// A file of the record: a usable file by its path in the pack (`evidence/...`) with its
    /// SHA-256; a file that is not usable by its path as the record writes it, without a hash.
    public struct File: Sendable, Hashable {
        public var path: String
        public var sha256: String?

        public init(path: String, sha256: String?) {
            self.path = path
            self.sha256 = sha256
        }
    }

    public var id: String
    public var title: String
    public var supports: [String]
    public var files: [File]
    /// The latest day on which the evidence stops being current for a record it supports; nil
    /// when it bears on none (not usable, or collected after the side's date).
    public var ends: CalendarDate?
    /// Current on the side's date for at least one record it supports.
    public var current: Bool

    public init(
        id: String, title: String, supports: [String] = [], files: [File] = [], ends: CalendarDate? = nil,
        current: Bool
    ) {
        self.id = id
        self.title = title
        self.supports = supports
        self.files = files
        self.ends = ends
        self.current = current
    }
}
