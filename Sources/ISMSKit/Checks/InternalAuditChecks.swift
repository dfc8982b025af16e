/// The internal audit programme (9.2): the scope and report of each audit name what exists, an
/// audit is performed within `internal-audit.interval` (E702), the audits of the cycle cover every
/// clause 4.1 to 10.2 and every applicable control (W703), and no auditor audits controls they
/// own (W704).
enum InternalAuditChecks: RegisterCheck {
    /// The Annex A themes a scope may name for all their controls.
    static let themes = ["A.5", "A.6", "A.7", "A.8"]

    static func findings(in context: CheckContext) -> [Finding] {
        let audits = context.register.audits
        guard !audits.isEmpty else { return [] }
        var findings: [Finding] = []
        let order = controlOrder(context)
        let owned = controlsByOwner(order, context)
        for audit in audits {
            findings += references(audit, context)
            if let independence = independence(audit, owned: owned, order: order) { findings.append(independence) }
        }
        if let overdue = overdue(audits, context) { findings.append(overdue) }
        if let gap = programmeGap(audits, context) { findings.append(gap) }
        return findings
    }

    private static func references(_ audit: InternalAudit, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for item in audit.scope where !isKnownScope(item, context) {
            let candidates = ClauseCatalog.clauses.map(\.id) + themes + context.index.controls.keys.sorted()
            findings.append(
                Finding(
                    .managementReferenceUnknown,
                    .auditScopeUnknown(
                        audit: audit.id, item: item, isClause: item.hasPrefix(ClauseCatalog.prefix),
                        suggestion: ClosestMatch.suggestion(for: item, among: candidates)),
                    at: audit.origin.location(ofItem: item, in: "scope")))
        }
        if let report = audit.report {
            findings += context.unknownIDs(
                [report], in: "report", of: FindingSubject("internal audit", id: audit.id), .report,
                known: context.index.evidence, origin: audit.origin)
        }
        return findings
    }

    static func isKnownScope(_ item: String, _ context: CheckContext) -> Bool {
        ClauseCatalog.clause(item) != nil || themes.contains(item) || context.index.controls.contains(item)
            || context.index.isUnreadable(item)
    }

    /// True when a scope item covers the second-level clause `clause`: `clause-9` and
    /// `clause-9.2` cover 9.2, and so does a subclause such as `clause-9.2.2`.
    static func covers(_ item: String, clause: CatalogClause) -> Bool {
        guard let named = ClauseCatalog.clause(item) else { return false }
        return clause.isWithin(named) || named.isWithin(clause)
    }

    /// True when a scope item covers a control: its id, or its Annex A theme.
    static func covers(_ item: String, control id: String) -> Bool {
        item == id || (themes.contains(item) && id.hasPrefix(item + "."))
    }

    /// E702: performed audits exist, but the latest is older than the interval. With none
    /// performed at all, clause 9.2's E700 says it (or evidence supports 9.2 and nothing is said).
    private static func overdue(_ audits: [InternalAudit], _ context: CheckContext) -> Finding? {
        let performed = audits.filter { $0.isPerformed(asOf: context.asOf) }
        guard let latest = performed.max(by: { $0.performed! < $1.performed! }), let day = latest.performed else {
            return nil
        }
        let interval = context.settings.managementSystem.auditInterval
        let due = interval.after(day)
        guard due < context.asOf else { return nil }
        return Finding(
            .internalAuditOverdue,
            .internalAuditOverdue(audit: latest.id, performed: day, due: due, interval: interval),
            at: latest.origin.location(of: "performed"))
    }

    /// W703: what no audit dated in the current cycle covers.
    private static func programmeGap(_ audits: [InternalAudit], _ context: CheckContext) -> Finding? {
        let cycle = context.settings.managementSystem.cycle(containing: context.asOf)
        let inCycle = audits.filter { audit in audit.date.map { cycle.start <= $0 && $0 <= cycle.end } ?? false }
        let scope = inCycle.flatMap(\.scope)
        let clauses = ClauseCatalog.auditable.filter { clause in !scope.contains { covers($0, clause: clause) } }
        let controls = applicableControls(context).filter { id in !scope.contains { covers($0, control: id) } }
        guard !clauses.isEmpty || !controls.isEmpty else { return nil }
        let location =
            inCycle.max { ($0.date ?? cycle.start) < ($1.date ?? cycle.start) }?.origin.location(of: "scope")
            ?? context.settings.origin.location(of: "internal-audit")
        return Finding(
            .auditProgrammeGap,
            .auditProgrammeGap(
                start: cycle.start, end: cycle.end, audits: inCycle.map(\.id), clauses: clauses.count,
                clauseList: compress(clauses.map(\.number), in: ClauseCatalog.auditable.map(\.number), quoted: false),
                controls: controls.count, controlList: compress(controls, in: applicableControls(context))),
            at: location)
    }

    /// Applicable controls in the order of the SoA.
    static func applicableControls(_ context: CheckContext) -> [String] {
        controlOrder(context).filter { context.index.controls[$0]?.applicable == true }
    }

    /// Every control of the register in the order of the SoA: Annex A in catalog order, then custom by id.
    static func controlOrder(_ context: CheckContext) -> [String] {
        AnnexACatalog.controls.map(\.id).filter { context.index.controls.contains($0) }
            + Set(context.register.customControls.map(\.id)).sorted()
    }

    /// `ids` (a subsequence of `order`) with runs of three or more neighbours written `first`-`last`,
    /// in backticks unless `quoted` is false.
    static func compress(_ ids: [String], in order: [String], quoted: Bool = true) -> String {
        let quote = { (id: String) in quoted ? "`\(id)`" : id }
        let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var runs: [[String]] = []
        for id in ids {
            if let last = runs.last?.last, let p = position[last], let q = position[id], q == p + 1 {
                runs[runs.count - 1].append(id)
            } else {
                runs.append([id])
            }
        }
        return runs.map { run in
            run.count >= 3 ? "\(quote(run[0]))-\(quote(run[run.count - 1]))" : run.map(quote).joined(separator: ", ")
        }.joined(separator: ", ")
    }

    /// W704: the auditor owns controls in the audit's scope (9.2.2 c, objectivity and impartiality).
    private static func independence(_ audit: InternalAudit, owned: [String: [String]], order: [String]) -> Finding? {
        let auditor = normalised(audit.auditor)
        guard !auditor.isEmpty, let candidates = owned[auditor] else { return nil }
        let own = candidates.filter { id in audit.scope.contains { covers($0, control: id) } }
        guard !own.isEmpty else { return nil }
        return Finding(
            .auditorNotIndependent,
            .auditorNotIndependent(
                audit: audit.id, auditor: audit.auditor.trimmed, controls: own.count,
                controlList: compress(own, in: order)),
            at: audit.origin.location(of: "auditor"))
    }

    /// The controls of each owner (names compared as `normalised`), in the order of the SoA:
    /// built once per check, so that W704 looks up an auditor's own controls instead of
    /// comparing every control's owner for every audit.
    static func controlsByOwner(_ order: [String], _ context: CheckContext) -> [String: [String]] {
        var owned: [String: [String]] = [:]
        for id in order {
            guard let control = context.index.controls[id] else { continue }
            let owner = normalised(control.owner)
            if !owner.isEmpty { owned[owner, default: []].append(id) }
        }
        return owned
    }

    static func normalised(_ name: String) -> String { name.trimmed.lowercased() }
}

extension String {
    fileprivate var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
