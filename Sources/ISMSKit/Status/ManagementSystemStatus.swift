/// Where the management system's own rhythm stands on the as-of date: the actions past due, when
/// the next internal audit and management review are due, and the nonconformities still open.
/// Read by `isms status` and the review draft.
public struct ManagementSystemStatus: Sendable {
    /// A corrective action or a review decision's action, with the record that started it.
    public struct Action: Sendable, Hashable {
        /// The nonconformity or management review id.
        public let record: String
        public let action: FollowUpAction
    }

    public let register: Register
    public let asOf: CalendarDate

    public init(register: Register, asOf: CalendarDate) {
        self.register = register
        self.asOf = asOf
    }

    public var hasRecords: Bool {
        !(register.objectives.isEmpty && register.audits.isEmpty && register.nonconformities.isEmpty
            && register.reviews.isEmpty)
    }

    /// Actions of open nonconformities and of reviews that are not done and past due, earliest
    /// due first, then by record id.
    public var overdueActions: [Action] {
        let corrective = register.nonconformities.filter { $0.isOpen(asOf: asOf) }.flatMap { nc in
            nc.actions.map { Action(record: nc.id, action: $0) }
        }
        let decided = register.reviews.flatMap { review in
            review.decisions.flatMap { $0.actions }.map { Action(record: review.id, action: $0) }
        }
        return (corrective + decided).filter { $0.action.isOverdue(asOf: asOf) }
            .sorted { ($0.action.due!, $0.record, $0.action.action) < ($1.action.due!, $1.record, $1.action.action) }
    }

    /// The internal audit performed last on or before the as-of date.
    public var lastAudit: InternalAudit? {
        register.audits.filter { $0.isPerformed(asOf: asOf) }.max { ($0.performed!, $0.id) < ($1.performed!, $1.id) }
    }

    /// The last audit's day plus `internal-audit.interval`; nil when none was performed.
    public var nextAuditDue: CalendarDate? {
        lastAudit?.performed.map(register.settings.managementSystem.auditInterval.after)
    }

    /// Audits not yet performed that are planned after the as-of date, soonest first.
    public var plannedAudits: [InternalAudit] {
        register.audits.filter { !$0.isPerformed(asOf: asOf) && ($0.planned.map { $0 > asOf } ?? false) }
            .sorted { ($0.planned!, $0.id) < ($1.planned!, $1.id) }
    }

    /// The management review held last on or before the as-of date (by date, then id).
    public var lastReview: ManagementReview? {
        register.reviews.filter { $0.isHeld(asOf: asOf) }.max { ($0.date!, $0.id) < ($1.date!, $1.id) }
    }

    /// The last review's day plus `management-review.interval`; nil when none was held.
    public var nextReviewDue: CalendarDate? {
        lastReview?.date.map(register.settings.managementSystem.reviewInterval.after)
    }

    /// Major and minor nonconformities raised and not closed on the as-of date, by id.
    public var openNonconformities: [Nonconformity] {
        register.nonconformities.filter {
            $0.grade?.isNonconformity == true && $0.isOpen(asOf: asOf) && ($0.raised.map { $0 <= asOf } ?? true)
        }.sorted { $0.id < $1.id }
    }
}
