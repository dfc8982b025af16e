import Foundation

/// An information security incident (A.5.24 to A.5.28) and, when personal data is concerned, the
/// GDPR Art. 33(5) record of the breach: facts, effects, remedial action, and the notification
/// decisions with their times. By reference and numbers only, never personal data.
public struct Incident: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, CaseIterable, Codable {
        case low, medium, high, critical
    }

    /// The risk to the rights and freedoms of data subjects, which decides the notifications:
    /// `risk` or `high` is notified to the authority (Art. 33(1)), `high` also to the data
    /// subjects (Art. 34(1)); `none` only when the breach is unlikely to result in a risk.
    public enum BreachRisk: String, Sendable, CaseIterable, Codable {
        case none, risk, high
    }

    /// Why data subjects of a high-risk breach need not be told (Art. 34(3)).
    public enum Exemption: String, Sendable, CaseIterable, Codable {
        /// The data was unintelligible to anyone not authorised, such as encrypted.
        case protected = "34(3)(a)"
        /// Later measures ensure the high risk is no longer likely to materialise.
        case riskRemoved = "34(3)(b)"
        /// Telling each would take disproportionate effort; a public communication instead.
        case disproportionate = "34(3)(c)"
    }

    public struct Breach: Sendable, Hashable, Codable {
        public var risk: BreachRisk?
        public var reasoning: String?
        public var notifiedAuthority: Instant?
        public var authorityReference: String?
        public var delayReason: String?
        public var dataSubjectsInformed: Instant?
        public var exemption: Exemption?
        public var exemptionReasoning: String?
        /// Approximate numbers, never names.
        public var dataSubjects: Int?
        public var records: Int?
        /// Where the breach's own keys stand, for findings about them.
        public var origin: RecordOrigin? = nil

        public func location(of key: String, else fallback: SourceLocation) -> SourceLocation {
            origin?.keyLocation(key) ?? fallback
        }
    }

    public var id: String
    public var title: String
    public var detected: Instant?
    public var aware: Instant?
    public var category: String?
    public var severity: Severity?
    public var description: String
    public var assets: [String]
    public var processing: [String]
    public var controls: [String]
    public var personalDataBreach: Bool
    public var breach: Breach?
    public var remedialAction: String?
    public var lessons: String?
    public var nonconformities: [String]
    public var closed: CalendarDate?
    public var example: Bool
    public var origin: RecordOrigin

    /// The GDPR's deadline for notifying the supervisory authority: 72 hours of elapsed time
    /// after becoming aware (Art. 33(1)).
    public static let notificationHours: Int64 = 72

    /// Seconds from `aware` to the notification of the authority, when both are known.
    var secondsToNotify: Int64? {
        guard let aware, let notified = breach?.notifiedAuthority else { return nil }
        return notified.seconds - aware.seconds
    }

    /// Elapsed hours from `aware` to the notification of the authority, when both are known.
    public var hoursToNotify: Double? { secondsToNotify.map { Double($0) / 3600 } }

    /// Whether the authority was notified less than 72 hours after `aware`; nil until notified.
    public var notifiedInTime: Bool? { secondsToNotify.map { $0 < Self.notificationHours * 3600 } }

    /// Hours to a tenth (`71.5`, `72.0`), as every report writes them.
    public static func hoursText(_ hours: Double) -> String { String(format: "%.1f", hours) }

    /// A text as a pack may show it: nil when it looks like an e-mail address or phone number,
    /// which incident records must not hold (W803), so the pack withholds it.
    public static func publishable(_ text: String) -> String? { PersonalDataPattern.matches(text) ? nil : text }

    /// When the authority is to be notified at the latest, for a breach that must be notified.
    public var notificationDeadline: Instant? {
        guard personalDataBreach, let risk = breach?.risk, risk != .none, let aware else { return nil }
        return aware.adding(hours: Self.notificationHours)
    }
}
