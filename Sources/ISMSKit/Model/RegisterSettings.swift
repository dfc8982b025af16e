import Foundation

/// The register's `isms.yaml`: who the organisation is, what the ISMS covers, the audit cycle
/// and the defaults every check uses.
public struct RegisterSettings: Sendable, Hashable {
    public struct Organisation: Sendable, Hashable {
        public var name: String
        public var address: String
        public var contactEmail: String
        public var phone: String?
        public var website: String?
        public var securityOfficer: String
        public var supervisoryAuthority: String
        /// The data protection officer and contact (GDPR Art. 30(1)(a)), when there is one.
        public var dpo: String? = nil
        /// The representative in the EU (GDPR Art. 27) and contact, when there is one.
        public var euRepresentative: String? = nil
    }

    public struct Audit: Sendable, Hashable {
        /// The cycle's identifier, such as `2026`; packs are written under reports/<id>/.
        public var id: String
        public var periodStart: CalendarDate
        public var periodEnd: CalendarDate
        public var plannedDate: CalendarDate?
        public var certificationBody: String
    }

    public var organisation: Organisation
    public var scope: String
    public var standard: String
    public var audit: Audit
    /// How long evidence stays current unless a control says otherwise.
    public var freshness: Period
    /// How long before expiry evidence is reported as expiring.
    public var warningWindow: Period
    public var language: ReportLanguage
    public var origin: RecordOrigin
    /// How long the organisation takes at most to answer a data-subject request: a request is
    /// late from `received` + this period on.
    public var requestDeadline: Period = RegisterSettings.defaultRequestDeadline
    /// The risk method (`risk`), nil when isms.yaml has none or it cannot be applied.
    public var riskMethod: RiskMethod? = nil
    /// An evidence record supporting more controls than this is reported (W302).
    public var controlsPerEvidence = RegisterSettings.defaultControlsPerEvidence
    /// The same justification on more controls than this is reported (W207).
    public var controlsPerJustification = RegisterSettings.defaultControlsPerJustification
    /// The zone of the register's own clock: the as-of date starts at midnight here, for
    /// deadlines counted in hours (a personal-data breach's 72 hours).
    public var timeZone = RegisterSettings.defaultTimeZone
    /// The zone's name as isms.yaml writes it (Foundation calls UTC `GMT`).
    public var timeZoneName = "UTC"
    /// How long an incident may stay open after `aware` before it is reported (W801).
    public var incidentClose = RegisterSettings.defaultIncidentClose
    /// The internal audit programme's cycle and the intervals of audits and management reviews.
    public var managementSystem = ManagementSystemSettings()

    public static let defaultFreshness = Period(12, .months)
    public static let defaultWarningWindow = Period(30, .days)
    /// Four weeks, as the example's privacy statement promises ("binnen vier weken"); the GDPR's
    /// own limit (Art. 12(3)) is one month.
    public static let defaultRequestDeadline = Period(4, .weeks)
    public static let defaultControlsPerEvidence = 10
    public static let defaultControlsPerJustification = 5
    public static let defaultTimeZone = TimeZone(identifier: "UTC")!
    public static let defaultIncidentClose = Period(30, .days)
    public static let supportedStandard = "ISO/IEC 27001:2022"
    /// The names `standard` may have: the international edition, with its 2024 amendment (on
    /// climate change, which changes no Annex A control), and the European and Dutch editions of
    /// the same text as NEN publishes them; a Dutch certification body writes the last.
    public static let acceptedStandards: [String] = [
        supportedStandard,
        "ISO/IEC 27001:2022/Amd 1:2024",
        "ISO/IEC 27001:2022+A1:2024",
        "EN ISO/IEC 27001:2023",
        "EN ISO/IEC 27001:2023+A1:2024",
        "NEN-EN-ISO/IEC 27001:2023",
        "NEN-EN-ISO/IEC 27001:2023+A1:2024",
        "NEN-EN-ISO/IEC 27001:2023 incorporating A1:2024",
    ]
}

/// The language of the labels in reports.
public enum ReportLanguage: String, Sendable, CaseIterable, Codable {
    case nl, en
}
