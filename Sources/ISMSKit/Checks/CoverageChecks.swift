/// The CI gate: every applicable control has current evidence, every processor an agreement,
/// every consent a recorded mechanism; expired and expiring evidence is reported where it lives.
enum CoverageChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        // What an evidence record that failed to decode supports is reported once, as that record's
        // own finding, not again as every control it would have covered.
        let claimed = Set(context.register.unreadable.flatMap(\.supports))
        for (id, coverage) in context.coverage.sorted(by: { $0.key < $1.key }) {
            guard let entry = context.index.entry(id) else { continue }
            switch coverage.state {
            case .notApplicable, .covered:
                continue
            case .missing:
                if claimed.contains(id) { continue }
                if let finding = missingFinding(id: id, entry: entry, context: context) { findings.append(finding) }
            case .expired:
                guard let last = coverage.deciding, let record = evidence(last.evidenceID, context) else { continue }
                findings.append(
                    Finding(
                        .evidenceExpired,
                        .evidenceExpired(last.evidenceID, on: last.end, lastOf: context.describe(id)),
                        at: endLocation(of: record, end: last.end)))
            case .expiring:
                guard let last = coverage.deciding, let record = evidence(last.evidenceID, context) else { continue }
                let days = context.asOf.days(until: last.end)
                findings.append(
                    Finding(
                        .evidenceExpiring,
                        .evidenceExpiring(last.evidenceID, on: last.end, days: days, lastOf: context.describe(id)),
                        at: endLocation(of: record, end: last.end)))
            }
        }
        return findings
    }

    private static func missingFinding(id: String, entry: RegisterIndex.Entry, context: CheckContext) -> Finding? {
        switch entry {
        case .control(let control) where control.applicable == true:
            return Finding(
                .noCurrentEvidence, .noCurrentEvidence(control: context.describe(id)),
                at: control.origin.location(of: "id"))
        case .party(let party) where party.role == .processor:
            return Finding(
                .processorWithoutAgreement,
                .processorWithoutAgreement(party: context.describe(id)),
                at: party.origin.location(of: "role"))
        case .processing(let activity):
            guard let key = activity.consentKey else { return nil }
            return Finding(
                .consentWithoutEvidence,
                .consentWithoutEvidence(processing: context.describe(id), explicit: key != "legal-basis"),
                at: activity.origin.location(of: key))
        default:
            return nil
        }
    }

    private static func evidence(_ id: String, _ context: CheckContext) -> EvidenceRecord? {
        context.index.evidence[id]
    }

    /// Points at `expires` when that date ends the evidence, else at `collected`.
    private static func endLocation(of record: EvidenceRecord, end: CalendarDate) -> SourceLocation {
        record.expires == end ? record.origin.location(of: "expires") : record.origin.location(of: "collected")
    }
}
