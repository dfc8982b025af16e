/// Every record of a register by id, built once so that every reference resolves in constant time.
/// The first record with an id wins; later ones are reported as duplicates.
struct RegisterIndex {
    enum Entry {
        case control(Control)
        case processing(ProcessingActivity)
        case party(Party)
        case evidence(EvidenceRecord)
        case risk(Risk)

        var origin: RecordOrigin {
            switch self {
            case .control(let c): c.origin
            case .processing(let p): p.origin
            case .party(let p): p.origin
            case .evidence(let e): e.origin
            case .risk(let r): r.origin
            }
        }
    }

    private(set) var entries: [String: Entry] = [:]
    private(set) var controls: [String: Control] = [:]
    private(set) var processing: [String: ProcessingActivity] = [:]
    private(set) var parties: [String: Party] = [:]
    private(set) var risks: [String: Risk] = [:]
    /// `Register.risksByControl`, computed once per check.
    private(set) var risksByControl: [String: [Risk]] = [:]
    private(set) var duplicates: [Finding] = []

    init(_ register: Register) {
        for control in register.controls { add(control.id, .control(control)) }
        for activity in register.processing { add(activity.id, .processing(activity)) }
        for party in register.parties { add(party.id, .party(party)) }
        for record in register.evidence { add(record.id, .evidence(record)) }
        for risk in register.risks { add(risk.id, .risk(risk)) }
        risksByControl = register.risksByControl
    }

    private mutating func add(_ id: String, _ entry: Entry) {
        if let first = entries[id] {
            // Two Annex A records of one control are the SoA's own finding (E202).
            if case .control(let a) = first, case .control(let b) = entry, a.isAnnexA, b.isAnnexA { return }
            duplicates.append(
                Finding(
                    .duplicateID, "id `\(id)` is already used by \(first.origin.start.description)",
                    at: entry.origin.location(of: "id")))
            return
        }
        entries[id] = entry
        switch entry {
        case .control(let c): controls[id] = c
        case .processing(let p): processing[id] = p
        case .party(let p): parties[id] = p
        case .risk(let r): risks[id] = r
        case .evidence: break
        }
    }

    /// Ids that evidence may support: controls, processing activities and parties.
    var supportableIDs: [String] {
        entries.compactMap { id, entry in
            switch entry {
            case .evidence, .risk: return nil
            default: return id
            }
        }.sorted()
    }

    func isSupportable(_ id: String) -> Bool {
        switch entries[id] {
        case nil, .evidence, .risk: false
        default: true
        }
    }
}
