/// A risk as the method judges it on a day: its levels before and after treatment and where its
/// acceptance stands. Reports and the pack show this; `RiskChecks` reports what is wrong with it.
public struct RiskJudgement: Sendable, Hashable {
    public enum Acceptance: String, Sendable, Hashable {
        /// The current level may be retained without a formal acceptance.
        case notNeeded = "not needed"
        case accepted
        /// Above the criteria and not accepted (E604).
        case missing
        /// Accepted once, but the acceptance has lapsed (E606).
        case expired
        /// Accepted for a lower level than the current one (E605).
        case belowCurrentLevel = "below current level"

        /// The state as one word, for XML attributes and HTML classes (`below-current-level`).
        public var token: String { rawValue.replacingOccurrences(of: " ", with: "-") }
    }

    /// Indexes into the method's levels; nil when a rating is not on the scales.
    public let inherentLevel: Int?
    public let currentLevel: Int?
    /// Nil for a closed risk and for one whose level is unknown.
    public let acceptance: Acceptance?

    public init(_ risk: Risk, method: RiskMethod, asOf: CalendarDate) {
        inherentLevel = risk.inherent.flatMap(method.level)
        currentLevel = risk.current.flatMap(method.level)
        guard risk.status != .closed, let level = currentLevel else {
            acceptance = nil
            return
        }
        guard let accepted = risk.acceptance else {
            acceptance = method.needsAcceptance(level) ? .missing : .notNeeded
            return
        }
        if let acceptedLevel = method.levelIndex(accepted.level), acceptedLevel < level {
            acceptance = .belowCurrentLevel
        } else if let until = accepted.until, until < asOf {
            acceptance = .expired
        } else {
            acceptance = .accepted
        }
    }
}
