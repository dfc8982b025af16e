/// A risk as the method judges it on a day: its levels before and after treatment and where its
/// acceptance stands. The one place these rules live: reports and the pack show the judgement,
/// and `RiskChecks` reports from it (E604, E605, E606).
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
    /// Accepted for a level (on the scales) lower than the current one: the risk grew since (E605).
    public let grewAfterAcceptance: Bool
    /// The acceptance's `until` is before the day judged on (E606).
    public let acceptanceLapsed: Bool

    public init(_ risk: Risk, method: RiskMethod, asOf: CalendarDate) {
        inherentLevel = risk.inherent.flatMap(method.level)
        currentLevel = risk.current.flatMap(method.level)
        guard risk.status != .closed, let level = currentLevel, let accepted = risk.acceptance else {
            grewAfterAcceptance = false
            acceptanceLapsed = false
            acceptance =
                risk.status == .closed ? nil : currentLevel.map { method.needsAcceptance($0) ? .missing : .notNeeded }
            return
        }
        grewAfterAcceptance = method.levelIndex(accepted.level).map { $0 < level } ?? false
        acceptanceLapsed = accepted.until.map { $0 < asOf } ?? false
        acceptance = grewAfterAcceptance ? .belowCurrentLevel : acceptanceLapsed ? .expired : .accepted
    }
}
