/// Every record of a register by id, built once so that every reference resolves in constant time.
/// The first record with an id wins; later ones are reported as duplicates.
struct RegisterIndex {
    enum Entry {
        case control(Control)
        case processing(ProcessingActivity)
        case party(Party)
        case evidence(EvidenceRecord)
        case risk(Risk)
        case objective(Objective)
        case audit(InternalAudit)
        case nonconformity(Nonconformity)
        case review(ManagementReview)
        case incident(Incident)

        var origin: RecordOrigin {
            switch self {
            case .control(let c): c.origin
            case .processing(let p): p.origin
            case .party(let p): p.origin
            case .evidence(let e): e.origin
            case .risk(let r): r.origin
            case .objective(let o): o.origin
            case .audit(let a): a.origin
            case .nonconformity(let n): n.origin
            case .review(let r): r.origin
            case .incident(let i): i.origin
            }
        }
    }

    private(set) var entries: [String: Entry] = [:]
    private(set) var controls: [String: Control] = [:]
    private(set) var processing: [String: ProcessingActivity] = [:]
    private(set) var parties: [String: Party] = [:]
    private(set) var risks: [String: Risk] = [:]
    private(set) var objectives: [String: Objective] = [:]
    private(set) var audits: [String: InternalAudit] = [:]
    private(set) var nonconformities: [String: Nonconformity] = [:]
    private(set) var reviews: [String: ManagementReview] = [:]
    private(set) var incidents: [String: Incident] = [:]
    private(set) var evidence: [String: EvidenceRecord] = [:]
    /// `Register.risksByControl`, computed once per check.
    private(set) var risksByControl: [String: [Risk]] = [:]
    private(set) var duplicates: [Finding] = []
    /// Records that failed to decode, by the id they were meant to have, when no readable record
    /// has that id: a reference to one of them is not a second finding of the same mistake.
    private(set) var unreadable: [String: UnreadableRecord] = [:]

    init(_ register: Register) {
        for control in register.controls { add(control.id, .control(control)) }
        for activity in register.processing { add(activity.id, .processing(activity)) }
        for party in register.parties { add(party.id, .party(party)) }
        for record in register.evidence { add(record.id, .evidence(record)) }
        for risk in register.risks { add(risk.id, .risk(risk)) }
        for objective in register.objectives { add(objective.id, .objective(objective)) }
        for audit in register.audits { add(audit.id, .audit(audit)) }
        for nonconformity in register.nonconformities { add(nonconformity.id, .nonconformity(nonconformity)) }
        for review in register.reviews { add(review.id, .review(review)) }
        for incident in register.incidents { add(incident.id, .incident(incident)) }
        risksByControl = register.risksByControl
        for record in register.unreadable {
            guard let id = record.id, entries[id] == nil, unreadable[id] == nil else { continue }
            unreadable[id] = record
        }
    }

    /// True when `id` belongs to a record that failed to decode: references to it are not reported.
    func isUnreadable(_ id: String) -> Bool { unreadable[id] != nil }

    private mutating func add(_ id: String, _ entry: Entry) {
        if let first = entries[id] {
            // Two Annex A records of one control are the SoA's own finding (E202).
            if case .control(let a) = first, case .control(let b) = entry, a.isAnnexA, b.isAnnexA { return }
            duplicates.append(
                Finding(
                    .duplicateID, .duplicateID(id, firstAt: first.origin.start.description),
                    at: entry.origin.location(of: "id")))
            return
        }
        entries[id] = entry
        switch entry {
        case .control(let c): controls[id] = c
        case .processing(let p): processing[id] = p
        case .party(let p): parties[id] = p
        case .risk(let r): risks[id] = r
        case .objective(let o): objectives[id] = o
        case .audit(let a): audits[id] = a
        case .nonconformity(let n): nonconformities[id] = n
        case .review(let r): reviews[id] = r
        case .incident(let i): incidents[id] = i
        case .evidence(let e): evidence[id] = e
        }
    }

    /// Ids that evidence may support: controls, processing activities, parties and the clauses
    /// 4 to 10 (`clause-9.2`).
    var supportableIDs: [String] {
        (entries.compactMap { id, entry in Self.isSupportable(entry) ? id : nil }
            + ClauseCatalog.clauses.map(\.id)).sorted()
    }

    func isSupportable(_ id: String) -> Bool {
        if let entry = entries[id] { return Self.isSupportable(entry) }
        if let record = unreadable[id] { return Self.isSupportable(record.kind) }
        return ClauseCatalog.clause(id) != nil
    }

    static func isSupportable(_ kind: RegisterLayout.RecordKind) -> Bool {
        switch kind {
        case .annexAControl, .customControl, .processing, .party: true
        case .request, .risk, .objective, .audit, .nonconformity, .review, .incident, .soaApproval, .evidence: false
        }
    }

    static func isSupportable(_ entry: Entry) -> Bool {
        switch entry {
        case .control, .processing, .party: true
        case .evidence, .risk, .objective, .audit, .nonconformity, .review, .incident: false
        }
    }
}
