/// The state of a record's evidence on the as-of date, as the SoA and the pack show it.
public enum CoverageState: String, Sendable, Codable, CaseIterable {
    /// Current evidence that stays current beyond the warning window.
    case covered
    /// Current evidence, but the last of it ends within the warning window.
    case expiring
    /// Evidence existed, but none is current any more.
    case expired
    /// No evidence at all.
    case missing
    /// An excluded control: evidence is not required.
    case notApplicable = "not-applicable"
}

/// One evidence record as it bears on one supported record.
public struct EvidenceWindow: Sendable, Hashable {
    public let evidenceID: String
    public let collected: CalendarDate
    /// The first day on which the evidence is no longer current for this record.
    public let end: CalendarDate
    public let owner: String
}

/// The evidence situation of one control, processing activity or party.
public struct RecordCoverage: Sendable, Hashable {
    public var state: CoverageState
    /// Usable evidence supporting the record, current or not, latest end first.
    public var evidence: [EvidenceWindow]
    /// Current evidence on the as-of date.
    public var current: [EvidenceWindow]

    /// The evidence that decides the state: the current one that lasts longest, else the one that ended last.
    public var deciding: EvidenceWindow? { current.first ?? evidence.first }
}

/// Computes coverage for every record from the evidence that supports it.
enum CoverageCalculator {
    static func compute(
        register: Register, index: RegisterIndex, usableEvidence: Set<String>, asOf: CalendarDate
    ) -> [String: RecordCoverage] {
        let warningEnd = register.settings.warningWindow.after(asOf)
        var windows: [String: [EvidenceWindow]] = [:]
        for record in register.evidence where usableEvidence.contains(record.id) && record.collected <= asOf {
            for id in record.supports.distinct where index.isSupportable(id) {
                let freshness = index.controls[id]?.freshness ?? register.settings.freshness
                windows[id, default: []].append(
                    EvidenceWindow(
                        evidenceID: record.id, collected: record.collected, end: record.end(freshness: freshness),
                        owner: record.owner))
            }
        }
        var result: [String: RecordCoverage] = [:]
        // Clauses (`clause-9.2`) get coverage too, for the clause check and the pack's clause table.
        let records = index.supportableRecordIDs.lazy.map { ($0, index.entry($0)) }
        for (id, entry) in records + ClauseCatalog.clauses.lazy.map({ ($0.id, nil) }) {
            let all = (windows[id] ?? []).sorted {
                $0.end != $1.end ? $0.end > $1.end : $0.evidenceID < $1.evidenceID
            }
            let current = all.filter { asOf < $0.end }
            let state: CoverageState
            if case .control(let control) = entry, control.applicable == false {
                state = .notApplicable
            } else if let best = current.first {
                state = best.end <= warningEnd ? .expiring : .covered
            } else {
                state = all.isEmpty ? .missing : .expired
            }
            result[id] = RecordCoverage(state: state, evidence: all, current: current)
        }
        return result
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, in order. Records' lists are short: those are searched
    /// instead of hashed into a set (and a list of one is returned as it is).
    var distinct: [Element] {
        if count <= 1 { return self }
        if count <= 16 {
            var seen: [Element] = []
            for element in self where !seen.contains(element) { seen.append(element) }
            return seen
        }
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
