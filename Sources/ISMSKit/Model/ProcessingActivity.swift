import Foundation

/// A GDPR Art. 30 record of a processing activity: the organisation's own as controller
/// (Art. 30(1)), or one it carries out as a processor on behalf of controllers (Art. 30(2)).
public struct ProcessingActivity: Sendable, Hashable, Codable {
    public enum LegalBasis: String, Sendable, CaseIterable, Codable {
        case consent
        case contract
        case legalObligation = "legal-obligation"
        case vitalInterests = "vital-interests"
        case publicTask = "public-task"
        case legitimateInterests = "legitimate-interests"
    }

    /// Whose processing the record describes.
    public enum Role: String, Sendable, CaseIterable, Codable {
        /// The organisation decides the purposes and means (Art. 30(1)).
        case controller
        /// The organisation processes on behalf of controllers (Art. 30(2)).
        case processor
    }

    /// A purpose of the processing and, when the record names it, the legal basis it rests on.
    public struct Purpose: Sendable, Hashable, Codable {
        public var text: String
        /// The basis the purpose names (`- purpose: …` with `legal-basis: …`); nil for a plain purpose.
        public var legalBasis: LegalBasis?
        public var location: SourceLocation
    }

    /// A transfer of personal data to a third country (Art. 30(1)(e)).
    public struct Transfer: Sendable, Hashable, Codable {
        public var country: String
        public var safeguard: TransferSafeguard?
        public var location: SourceLocation
    }

    public var id: String
    public var name: String
    public var purposes: [Purpose]
    /// The Art. 6(1) bases, in the record's order; empty when none is stated.
    public var legalBases: [LegalBasis]
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
    /// The Art. 9(2) conditions under which special-category data is processed.
    public var specialCategoryConditions: [SpecialCategoryCondition] = []
    public var role: Role = .controller
    /// Art. 30(2)(a): the controllers on whose behalf a processor processes (party ids or names).
    public var controllers: [String] = []
    /// Art. 30(2)(b): the categories of processing carried out on behalf of each controller.
    public var processingCategories: [String] = []

    /// The purposes' texts, in the record's order.
    public var purposeTexts: [String] { purposes.map(\.text) }

    /// The basis a purpose rests on: the one it names, else the activity's only basis.
    public func basis(of purpose: Purpose) -> LegalBasis? {
        purpose.legalBasis ?? (legalBases.count == 1 ? legalBases.first : nil)
    }

    /// The key whose consent needs evidence of how it is obtained (GDPR Art. 7(1)): `legal-basis`
    /// when any purpose rests on consent, `special-categories-condition` for explicit consent
    /// (Art. 9(2)(a)); nil when the activity does not rely on consent.
    public var consentKey: String? {
        if legalBases.contains(.consent) || purposes.contains(where: { $0.legalBasis == .consent }) {
            return "legal-basis"
        }
        return specialCategoryConditions.contains(.explicitConsent) ? "special-categories-condition" : nil
    }

    /// The register says it does not yet know how long the data is kept.
    public var retentionIsUndetermined: Bool {
        retention?.trimmingCharacters(in: .whitespaces).lowercased() == "undetermined"
    }
}

/// The conditions of GDPR Art. 9(2) under which special categories of personal data may be
/// processed, named for readability; `article` gives the letter.
public enum SpecialCategoryCondition: String, Sendable, CaseIterable, Codable {
    case explicitConsent = "explicit-consent"
    case employment
    case vitalInterests = "vital-interests"
    case notForProfit = "not-for-profit"
    case madePublic = "made-public"
    case legalClaims = "legal-claims"
    case substantialPublicInterest = "substantial-public-interest"
    case healthCare = "health-care"
    case publicHealth = "public-health"
    case archivingResearch = "archiving-research"

    /// `9(2)(a)` … `9(2)(j)`.
    public var article: String {
        let letters = "abcdefghij"
        let index = Self.allCases.firstIndex(of: self) ?? 0
        return "9(2)(\(letters[letters.index(letters.startIndex, offsetBy: index)]))"
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
