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

        var id: String {
            switch self {
            case .control(let c): c.id
            case .processing(let p): p.id
            case .party(let p): p.id
            case .evidence(let e): e.id
            case .risk(let r): r.id
            case .objective(let o): o.id
            case .audit(let a): a.id
            case .nonconformity(let n): n.id
            case .review(let r): r.id
            case .incident(let i): i.id
            }
        }

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

    /// The kind of each id's record (the first with that id); the record itself is in the list of
    /// its kind. Holding an `Entry` per id kept a copy of every record's inline fields in a
    /// dictionary of 600-byte buckets: 39 MB at scale 1.
    private var kinds: [String: Kind] = [:]
    private(set) var controls: RecordsByID<Control>
    private(set) var processing: RecordsByID<ProcessingActivity>
    private(set) var parties: RecordsByID<Party>
    private(set) var risks: RecordsByID<Risk>
    private(set) var objectives: RecordsByID<Objective>
    private(set) var audits: RecordsByID<InternalAudit>
    private(set) var nonconformities: RecordsByID<Nonconformity>
    private(set) var reviews: RecordsByID<ManagementReview>
    private(set) var incidents: RecordsByID<Incident>
    private(set) var evidence: RecordsByID<EvidenceRecord>
    /// `Register.risksByControl`, computed once per check.
    private(set) var risksByControl: [String: [Risk]] = [:]
    private(set) var duplicates: [Finding] = []
    /// Records that failed to decode, by the id they were meant to have, when no readable record
    /// has that id: a reference to one of them is not a second finding of the same mistake.
    private(set) var unreadable: [String: UnreadableRecord] = [:]

    private enum Kind: UInt8 {
        case control, processing, party, evidence, risk, objective, audit, nonconformity, review, incident
    }

    init(_ register: Register) {
        controls = RecordsByID(register.controls)
        processing = RecordsByID(register.processing)
        parties = RecordsByID(register.parties)
        evidence = RecordsByID(register.evidence)
        risks = RecordsByID(register.risks)
        objectives = RecordsByID(register.objectives)
        audits = RecordsByID(register.audits)
        nonconformities = RecordsByID(register.nonconformities)
        reviews = RecordsByID(register.reviews)
        incidents = RecordsByID(register.incidents)
        kinds.reserveCapacity(
            register.controls.count + register.processing.count + register.parties.count + register.evidence.count
                + register.risks.count + register.objectives.count + register.audits.count
                + register.nonconformities.count + register.reviews.count + register.incidents.count)
        for (position, control) in register.controls.enumerated() { add(.control(control), at: position) }
        for (position, activity) in register.processing.enumerated() { add(.processing(activity), at: position) }
        for (position, party) in register.parties.enumerated() { add(.party(party), at: position) }
        for (position, record) in register.evidence.enumerated() { add(.evidence(record), at: position) }
        for (position, risk) in register.risks.enumerated() { add(.risk(risk), at: position) }
        for (position, objective) in register.objectives.enumerated() { add(.objective(objective), at: position) }
        for (position, audit) in register.audits.enumerated() { add(.audit(audit), at: position) }
        for (position, nonconformity) in register.nonconformities.enumerated() {
            add(.nonconformity(nonconformity), at: position)
        }
        for (position, review) in register.reviews.enumerated() { add(.review(review), at: position) }
        for (position, incident) in register.incidents.enumerated() { add(.incident(incident), at: position) }
        risksByControl = register.risksByControl
        for record in register.unreadable {
            guard let id = record.id, kinds[id] == nil, unreadable[id] == nil else { continue }
            unreadable[id] = record
        }
    }

    /// The record with `id` (the first one), or nil.
    func entry(_ id: String) -> Entry? {
        guard let kind = kinds[id] else { return nil }
        return switch kind {
        case .control: controls[id].map(Entry.control)
        case .processing: processing[id].map(Entry.processing)
        case .party: parties[id].map(Entry.party)
        case .evidence: evidence[id].map(Entry.evidence)
        case .risk: risks[id].map(Entry.risk)
        case .objective: objectives[id].map(Entry.objective)
        case .audit: audits[id].map(Entry.audit)
        case .nonconformity: nonconformities[id].map(Entry.nonconformity)
        case .review: reviews[id].map(Entry.review)
        case .incident: incidents[id].map(Entry.incident)
        }
    }

    /// The ids of the records evidence may support (controls, processing activities, parties).
    var supportableRecordIDs: [String] {
        kinds.compactMap { id, kind in
            switch kind {
            case .control, .processing, .party: id
            case .evidence, .risk, .objective, .audit, .nonconformity, .review, .incident: nil
            }
        }
    }

    /// True when `id` belongs to a record that failed to decode: references to it are not reported.
    func isUnreadable(_ id: String) -> Bool { unreadable[id] != nil }

    private mutating func add(_ entry: Entry, at position: Int) {
        let id = entry.id
        if let first = self.entry(id) {
            // Two Annex A records of one control are the SoA's own finding (E202).
            if case .control(let a) = first, case .control(let b) = entry, a.isAnnexA, b.isAnnexA { return }
            duplicates.append(
                Finding(
                    .duplicateID, .duplicateID(id, firstAt: first.origin.start.description),
                    at: entry.origin.location(of: "id")))
            return
        }
        switch entry {
        case .control:
            kinds[id] = .control
            controls.set(id, position: position)
        case .processing:
            kinds[id] = .processing
            processing.set(id, position: position)
        case .party:
            kinds[id] = .party
            parties.set(id, position: position)
        case .risk:
            kinds[id] = .risk
            risks.set(id, position: position)
        case .objective:
            kinds[id] = .objective
            objectives.set(id, position: position)
        case .audit:
            kinds[id] = .audit
            audits.set(id, position: position)
        case .nonconformity:
            kinds[id] = .nonconformity
            nonconformities.set(id, position: position)
        case .review:
            kinds[id] = .review
            reviews.set(id, position: position)
        case .incident:
            kinds[id] = .incident
            incidents.set(id, position: position)
        case .evidence:
            kinds[id] = .evidence
            evidence.set(id, position: position)
        }
    }

    /// Ids that evidence may support: controls, processing activities, parties and the clauses
    /// 4 to 10 (`clause-9.2`).
    var supportableIDs: [String] {
        (supportableRecordIDs + ClauseCatalog.clauses.map(\.id)).sorted()
    }

    func isSupportable(_ id: String) -> Bool {
        if let entry = entry(id) { return Self.isSupportable(entry) }
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
