/// The rhythm of the management system's own checks, from isms.yaml's `internal-audit` and
/// `management-review` sections: the internal audit programme's cycle (normally the three-year
/// certification cycle) and how often an audit and a management review are due.
public struct ManagementSystemSettings: Sendable, Hashable {
    /// The span in which the programme covers every clause and applicable control.
    public var auditCycle: Period = Period(3, .years)
    /// The first day of the current cycle; nil means the cycle ends on the as-of date.
    public var cycleStart: CalendarDate?
    /// How long after the last performed internal audit the next is due.
    public var auditInterval: Period = Period(12, .months)
    /// How long after the last management review the next is due.
    public var reviewInterval: Period = Period(12, .months)

    public init(
        auditCycle: Period = Period(3, .years), cycleStart: CalendarDate? = nil,
        auditInterval: Period = Period(12, .months), reviewInterval: Period = Period(12, .months)
    ) {
        self.auditCycle = auditCycle
        self.cycleStart = cycleStart
        self.auditInterval = auditInterval
        self.reviewInterval = reviewInterval
    }

    /// The first and last day of the audit cycle that holds `asOf`: from `cycle-start` on in
    /// steps of the cycle, or the cycle's length up to `asOf` when no start is set.
    public func cycle(containing asOf: CalendarDate) -> (start: CalendarDate, end: CalendarDate) {
        guard var start = cycleStart else {
            return (Period(-auditCycle.amount, auditCycle.unit).after(asOf).adding(days: 1), asOf)
        }
        // Bounded: a cycle of at least a day moves past `asOf` within the dates registers hold.
        var steps = 0
        while auditCycle.after(start) <= asOf, steps < 10_000 {
            start = auditCycle.after(start)
            steps += 1
        }
        return (start, auditCycle.after(start).adding(days: -1))
    }
}
