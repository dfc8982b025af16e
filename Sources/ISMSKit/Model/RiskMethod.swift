/// How the organisation assesses risk (6.1.2), from the `risk` section of isms.yaml: a likelihood
/// and an impact scale, a lookup grid from the two to a risk level (as ISO/IEC 27005 suggests;
/// not necessarily a product), the acceptance criteria and the review cycle.
public struct RiskMethod: Sendable, Hashable {
    /// A step of a scale or a risk level, with its labels.
    public struct Step: Sendable, Hashable {
        public var key: String
        public var en: String
        public var nl: String
        public var description: String

        public func label(_ language: ReportLanguage) -> String { language == .nl ? nl : en }
    }

    public var likelihood: [Step]
    public var impact: [Step]
    /// Risk levels from lowest to highest.
    public var levels: [Step]
    /// `grid[l][i]` is the index in `levels` of likelihood `l` with impact `i`.
    public var grid: [[Int]]
    /// The highest level (index) that may be retained without a formal acceptance.
    public var retainUpTo: Int
    /// Who may accept a residual risk of each level above `retainUpTo`, by level index.
    public var acceptedBy: [Int: String]
    /// How often each risk is reviewed when its record sets no `review-by`.
    public var review: Period

    public func likelihoodIndex(_ key: String) -> Int? { likelihood.firstIndex { $0.key == key } }
    public func impactIndex(_ key: String) -> Int? { impact.firstIndex { $0.key == key } }
    public func levelIndex(_ key: String) -> Int? { levels.firstIndex { $0.key == key } }

    /// The level of a rating, when both its keys are on the scales.
    public func level(_ rating: Risk.Rating) -> Int? {
        guard let l = likelihoodIndex(rating.likelihood), let i = impactIndex(rating.impact) else { return nil }
        return grid[l][i]
    }

    /// True when a residual risk of this level needs a formal acceptance.
    public func needsAcceptance(_ level: Int) -> Bool { level > retainUpTo }

    /// Whether the acceptance is by someone who may accept the higher of the risk's current level
    /// and the level accepted (E607 when not); true when neither needs an acceptance.
    public func authorises(_ acceptance: Risk.Acceptance, currentLevel: Int) -> Bool {
        let level = max(currentLevel, levelIndex(acceptance.level) ?? currentLevel)
        return !needsAcceptance(level) || mayAccept(acceptance.by, level: level)
    }

    /// Whether `role` may accept a risk of `level`: the role the method names for that level, or
    /// for any higher one (whoever may accept more may accept less).
    public func mayAccept(_ role: String, level: Int) -> Bool {
        acceptedBy.contains { $0.key >= level && $0.value == role }
    }
}
