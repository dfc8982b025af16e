import Foundation

/// A GDPR Art. 30(1) record of a processing activity.
public struct ProcessingActivity: Sendable, Hashable, Codable {
    public enum LegalBasis: String, Sendable, CaseIterable, Codable {
        case consent
        case contract
        case legalObligation = "legal-obligation"
        case vitalInterests = "vital-interests"
        case publicTask = "public-task"
        case legitimateInterests = "legitimate-interests"
    }

    /// A transfer of personal data to a third country (Art. 30(1)(e)).
    public struct Transfer: Sendable, Hashable, Codable {
        public var country: String
        public var safeguard: TransferSafeguard?
        public var location: SourceLocation
    }

    public var id: String
    public var name: String
    public var purposes: [String]
    public var legalBasis: LegalBasis?
    public var dataSubjects: [String]
    public var dataCategories: [String]
    public var specialCategories: [String]
    public var recipients: [String]
    public var transfers: [Transfer]
    /// A period (`90 days`) or a rule (`while customer`); nil when not stated.
    public var retention: String?
    public var controls: [String]
    public var automatedDecisions: Bool
    public var minors: String?
    public var source: String?
    public var origin: RecordOrigin
    /// The day by which the record of processing is to be reviewed again.
    public var reviewBy: CalendarDate? = nil

    /// The register says it does not yet know how long the data is kept.
    public var retentionIsUndetermined: Bool {
        retention?.trimmingCharacters(in: .whitespaces).lowercased() == "undetermined"
    }
}

/// The safeguard that makes a transfer outside the EEA lawful (GDPR Chapter V).
public enum TransferSafeguard: String, Sendable, CaseIterable, Codable {
    case adequacy
    case scc = "SCC"
    case bcr = "BCR"
    case dpf = "DPF"
    case derogation
}
