/// An information security risk (ISO/IEC 27001 6.1.2, 8.2): what is at risk and how, its owner,
/// its level before and after treatment, the treatment chosen (6.1.3, 8.3) and, where the residual
/// level is above the acceptance criteria, the owner's acceptance of what remains.
///
/// Likelihood, impact and level are kept as the keys the record wrote: they are judged against
/// the risk method of isms.yaml by the check, so that a record read from the cache never carries a
/// judgement made with an older method.
public struct Risk: Sendable, Hashable, Codable {
    /// The ISO/IEC 27005 risk treatment options.
    public enum Treatment: String, Sendable, CaseIterable, Codable {
        case modify, retain, avoid, share
    }

    public enum Status: String, Sendable, CaseIterable, Codable {
        case open, treated, closed
    }

    /// The information security properties a risk threatens.
    public enum Property: String, Sendable, CaseIterable, Codable {
        case confidentiality, integrity, availability
    }

    /// A likelihood and an impact, as keys of the method's scales.
    public struct Rating: Sendable, Hashable, Codable {
        public var likelihood: String
        public var impact: String
        public var location: SourceLocation
    }

    /// A treatment action not yet done.
    public struct Action: Sendable, Hashable, Codable {
        public var action: String
        public var owner: String
        public var due: CalendarDate?
        public var location: SourceLocation

        /// Its due day has passed on `asOf` (a planned action is never done: it is removed then).
        public func isOverdue(asOf: CalendarDate) -> Bool { due.map { $0 < asOf } ?? false }
    }

    /// The risk owner's acceptance of the residual risk (6.1.3 f).
    public struct Acceptance: Sendable, Hashable, Codable {
        public var by: String
        public var on: CalendarDate?
        /// The residual level accepted, as a key of the method's levels.
        public var level: String
        public var until: CalendarDate?
        public var location: SourceLocation
    }

    public var id: String
    public var title: String
    public var description: String
    public var assets: [String]
    public var threat: String?
    public var vulnerability: String?
    public var affects: [Property]
    public var owner: String
    public var identified: CalendarDate?
    public var inherent: Rating?
    public var treatment: Treatment?
    /// Controls that treat the risk (Annex A and custom ids).
    public var controls: [String]
    public var planned: [Action]
    /// After treatment; nil means as inherent (nothing treated yet).
    public var residual: Rating?
    public var acceptance: Acceptance?
    /// Processing activities the risk concerns.
    public var processing: [String]
    public var reviewBy: CalendarDate?
    public var status: Status?
    public var example: Bool
    public var origin: RecordOrigin

    /// The rating after treatment: the residual one when given, else the inherent one.
    public var current: Rating? { residual ?? inherent }
}
