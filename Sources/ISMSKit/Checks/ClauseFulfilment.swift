/// How one clause that requires documented information is met on the as-of date: by current
/// evidence that supports it, by the register's own records, or not at all (E700). Computed once
/// per check and read by the clause check, the pack's clause table and `isms review draft`.
public struct ClauseFulfilment: Sendable, Hashable {
    /// A register record that is (part of) the clause's documented information.
    public struct Record: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// isms.yaml's `scope` (4.3).
            case scope
            /// isms.yaml's `risk` method (6.1.2).
            case riskMethod = "risk-method"
            case risk
            /// The Statement of Applicability, the Annex A records (6.1.3 d).
            case statementOfApplicability = "statement-of-applicability"
            case objective
            case audit
            case nonconformity
            case review
        }

        public let kind: Kind
        /// The record's id; the file name for isms.yaml's sections.
        public let id: String
    }

    public let clause: CatalogClause
    /// Ids of the evidence records that support the clause and are current on the as-of date.
    public let evidence: [String]
    public let records: [Record]

    public var isMet: Bool { !evidence.isEmpty || !records.isEmpty }

    /// Every clause of `ClauseCatalog.documentedInformation`, in order.
    static func compute(register: Register, coverage: [String: RecordCoverage], asOf: CalendarDate) -> [Self] {
        ClauseCatalog.documentedInformation.map { clause in
            Self(
                clause: clause, evidence: coverage[clause.id]?.current.map(\.evidenceID) ?? [],
                records: records(for: clause.number, register: register, asOf: asOf))
        }
    }

    /// The register records that satisfy a clause on their own. Clauses with none here
    /// (5.2, 7.2, 8.1, 9.1) are met by evidence only.
    static func records(for number: String, register: Register, asOf: CalendarDate) -> [Record] {
        let assessed = register.risks.filter { $0.inherent != nil && $0.status != .closed }
        let treated = assessed.filter { $0.treatment != nil }
        switch number {
        case "4.3":
            return register.settings.scope.allSatisfy(\.isWhitespace)
                ? [] : [Record(kind: .scope, id: RegisterLayout.settingsFile)]
        case "6.1.2":
            guard register.settings.riskMethod != nil, !assessed.isEmpty else { return [] }
            return [Record(kind: .riskMethod, id: RegisterLayout.settingsFile)]
                + assessed.map { .init(kind: .risk, id: $0.id) }
        case "6.1.3":
            guard !register.annexAControls.isEmpty, !treated.isEmpty else { return [] }
            return [Record(kind: .statementOfApplicability, id: RegisterLayout.annexAFolder)]
                + treated.map { .init(kind: .risk, id: $0.id) }
        case "8.2":
            return assessed.map { Record(kind: .risk, id: $0.id) }
        case "8.3":
            return treated.map { Record(kind: .risk, id: $0.id) }
        case "6.2":
            return register.objectives.filter { $0.status != .withdrawn && $0.measure != nil }
                .map { Record(kind: .objective, id: $0.id) }
        case "9.2":
            return register.audits.filter { $0.isPerformed(asOf: asOf) }.map { Record(kind: .audit, id: $0.id) }
        case "9.3":
            return register.reviews.filter { $0.isHeld(asOf: asOf) }.map { Record(kind: .review, id: $0.id) }
        case "10.2":
            return register.nonconformities.filter { ($0.raised ?? asOf) <= asOf }
                .map { Record(kind: .nonconformity, id: $0.id) }
        default:
            return []
        }
    }
}
