/// A control in the Statement of Applicability: an Annex A control, or one of the organisation's own.
public struct Control: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, CaseIterable, Codable {
        case notStarted = "not-started"
        case planned
        case partial
        case implemented
    }

    public var id: String
    public var title: String
    /// Nil when the record does not decide (a finding in its own right).
    public var applicable: Bool?
    public var justification: String
    /// Reasons for inclusion other than a risk: a law, a contract, a customer demand, a policy.
    public var requirements: [String] = []
    public var status: Status?
    public var owner: String
    /// Overrides the register's default freshness for evidence of this control.
    public var freshness: Period?
    /// Processing activities this control protects.
    public var processing: [String]
    /// Markdown: how the control is implemented here.
    public var narrative: String
    public var origin: RecordOrigin
    /// The day by which the decision and its justification are to be reviewed again.
    public var reviewBy: CalendarDate? = nil

    /// True for the 93 controls of Annex A, whose ids start with `A.`.
    public var isAnnexA: Bool { id.hasPrefix("A.") }

    /// The catalog entry, for Annex A controls the catalog knows.
    public var catalogEntry: CatalogControl? { AnnexACatalog.control(id) }
}
