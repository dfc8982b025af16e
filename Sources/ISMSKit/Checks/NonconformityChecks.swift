/// Nonconformities and corrective action (10.2): what a record names exists, corrective actions
/// are done on time (E703 for a major nonconformity, W706 otherwise), a major or minor one is
/// closed only with root cause, action and an effective review (E704), and a major one from the
/// certification body is closed before the planned audit (E705).
enum NonconformityChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for nonconformity in context.register.nonconformities {
            findings += references(nonconformity, context)
            if nonconformity.isOpen(asOf: context.asOf) {
                findings += overdueActions(nonconformity, context)
                if let atAudit = openAtAudit(nonconformity, context) { findings.append(atAudit) }
            } else if let closure = closure(nonconformity, context) {
                findings.append(closure)
            }
        }
        return findings
    }

    private static func references(_ nonconformity: Nonconformity, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let subject = FindingSubject("nonconformity", id: nonconformity.id)
        if let raisedIn = nonconformity.raisedIn {
            switch nonconformity.source {
            case .internalAudit:
                findings += context.unknownIDs(
                    [raisedIn], in: "raised-in", of: subject, .raisingAudit,
                    known: context.index.audits, origin: nonconformity.origin)
            case .managementReview:
                findings += context.unknownIDs(
                    [raisedIn], in: "raised-in", of: subject, .raisingReview,
                    known: context.index.reviews, origin: nonconformity.origin)
            default:
                break
            }
        }
        if let requirement = nonconformity.requirement, ClauseCatalog.clause(requirement) == nil,
            !context.index.controls.contains(requirement), !context.index.isUnreadable(requirement)
        {
            findings.append(
                Finding(
                    .managementReferenceUnknown,
                    .requirementUnknown(
                        subject, requirement: requirement,
                        suggestion: ClosestMatch.suggestion(
                            for: requirement,
                            among: ClauseCatalog.clauses.map(\.id) + context.index.controls.keys.sorted())),
                    at: nonconformity.origin.location(of: "requirement")))
        }
        return findings
    }

    private static func overdueActions(_ nonconformity: Nonconformity, _ context: CheckContext) -> [Finding] {
        let major = nonconformity.grade == .major
        return nonconformity.actions.filter { $0.isOverdue(asOf: context.asOf) }.map { action in
            Finding(
                major ? .majorCorrectiveActionOverdue : .correctiveActionOverdue,
                .correctiveActionOverdue(
                    nonconformity: nonconformity.id, major: major, due: action.due!, action: action.action),
                at: action.location)
        }
    }

    /// E704: closed, yet 10.2's root cause, corrective action or effectiveness review is missing.
    private static func closure(_ nonconformity: Nonconformity, _ context: CheckContext) -> Finding? {
        guard nonconformity.grade?.isNonconformity == true, let closed = nonconformity.closed else { return nil }
        var missing: [FindingMessage.FollowUp] = []
        if nonconformity.rootCause?.allSatisfy(\.isWhitespace) ?? true { missing.append(.rootCause) }
        if nonconformity.actions.isEmpty { missing.append(.correctiveAction) }
        if !(nonconformity.effectiveness?.isDone(asOf: closed) ?? false) {
            missing.append(.effectiveness(by: closed))
        }
        guard !missing.isEmpty else { return nil }
        return Finding(
            .closedWithoutFollowUp,
            .closedWithoutFollowUp(
                nonconformity: nonconformity.id, grade: nonconformity.grade!, closed: closed, missing: missing),
            at: nonconformity.origin.location(of: "closed"))
    }

    /// E705: a major nonconformity of the certification body that will not be closed by the audit.
    private static func openAtAudit(_ nonconformity: Nonconformity, _ context: CheckContext) -> Finding? {
        guard nonconformity.grade == .major, nonconformity.source == .externalAudit,
            let planned = context.settings.audit.plannedDate
        else { return nil }
        let why: FindingMessage.AuditTiming
        if context.asOf >= planned {
            why = .stillOpen(asOf: context.asOf, planned: planned)
        } else if let late = nonconformity.actions.first(where: { action in
            !action.isDone(asOf: context.asOf) && (action.due.map { $0 > planned } ?? false)
        }) {
            why = .actionDueAfter(due: late.due!, planned: planned, action: late.action)
        } else {
            return nil
        }
        return Finding(
            .majorOpenAtAudit,
            .majorOpenAtAudit(nonconformity: nonconformity.id, why),
            at: nonconformity.origin.location(of: "grade"))
    }
}
