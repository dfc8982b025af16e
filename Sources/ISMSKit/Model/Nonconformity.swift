/// A nonconformity, an observation or an opportunity for improvement (ISO/IEC 27001 10.2): where
/// it came from, the requirement it concerns, the correction, the root cause, the corrective
/// actions, the review of their effectiveness, and its closure.
public struct Nonconformity: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, CaseIterable, Codable {
        case internalAudit = "internal-audit"
        case externalAudit = "external-audit"
        case incident
        case managementReview = "management-review"
        case complaint
    }

    /// How the auditor graded it: a major or minor nonconformity, or a finding that is not one.
    public enum Grade: String, Sendable, CaseIterable, Codable {
        case major, minor, observation, opportunity

        /// Major and minor findings are nonconformities; observations and opportunities are not,
        /// so 10.2's root cause, corrective action and effectiveness review apply to these two only.
        public var isNonconformity: Bool { self == .major || self == .minor }
    }

    /// The review of whether the corrective actions worked (10.2 d).
    public struct EffectivenessReview: Sendable, Hashable, Codable {
        /// When it is to be reviewed.
        public var due: CalendarDate?
        /// When it was reviewed; nil while the review is still open.
        public var date: CalendarDate?
        public var by: String?
        public var result: String?
        public var effective: Bool?
        public var location: SourceLocation

        /// Reviewed on or before `asOf` and found effective.
        public func isDone(asOf: CalendarDate) -> Bool {
            guard let date, date <= asOf else { return false }
            return effective == true
        }
    }

    public var id: String
    public var title: String
    public var source: Source?
    /// The internal audit or management review that raised it, or another reference (an incident's).
    public var raisedIn: String?
    public var grade: Grade?
    /// The clause (`clause-8.1`) or control (`A.5.12`) not met.
    public var requirement: String?
    public var description: String
    public var raised: CalendarDate?
    /// What was done at once to contain it (10.2 a).
    public var correction: String?
    public var rootCause: String?
    public var actions: [FollowUpAction]
    public var effectiveness: EffectivenessReview?
    public var closed: CalendarDate?
    public var example: Bool
    public var origin: RecordOrigin

    /// Not closed on or before `asOf`.
    public func isOpen(asOf: CalendarDate) -> Bool { closed.map { $0 > asOf } ?? true }
}
