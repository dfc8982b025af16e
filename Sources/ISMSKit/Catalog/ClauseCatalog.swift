/// The clauses 4 to 10 of ISO/IEC 27001:2022 (with Amendment 1:2024): number, official title and
/// whether the clause requires documented information. Titles only, never the standard's text.
///
/// The documented-information marks follow the clauses that say "documented information shall be
/// available" or "the organization shall retain documented information" about what they require
/// (docs/management-system.md says how the list was checked). 7.5 itself governs documented
/// information and requires none of its own, and 4.4, 5.1, 5.3, 6.3, 7.1, 7.3, 7.4 and 10.1
/// require none.
public enum ClauseCatalog {
    /// Written before a clause number where a record names a clause: `clause-9.2`.
    public static let prefix = "clause-"

    /// Every clause and subclause, in the standard's order.
    public static let clauses: [CatalogClause] = entries.map {
        CatalogClause(number: $0.0, title: $0.1, requiresDocumentedInformation: documented.contains($0.0))
    }

    /// Look-up by id (`clause-9.2`).
    public static let byID: [String: CatalogClause] = Dictionary(uniqueKeysWithValues: clauses.map { ($0.id, $0) })

    /// The clause an id names, or nil when the id is not `clause-` and a number of the catalog.
    public static func clause(_ id: String) -> CatalogClause? { byID[id] }

    /// The clauses that require documented information, in order.
    public static let documentedInformation: [CatalogClause] = clauses.filter(\.requiresDocumentedInformation)

    /// The clauses an internal audit programme is expected to cover: 4.1 to 10.2 at the second
    /// level (`9.2`, not `9` or `9.2.1`).
    public static let auditable: [CatalogClause] = clauses.filter { $0.depth == 2 }

    static let documented: Set<String> = [
        "4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "10.2",
    ]

    private static let entries: [(String, String)] = [
        ("4", "Context of the organization"),
        ("4.1", "Understanding the organization and its context"),
        ("4.2", "Understanding the needs and expectations of interested parties"),
        ("4.3", "Determining the scope of the information security management system"),
        ("4.4", "Information security management system"),
        ("5", "Leadership"),
        ("5.1", "Leadership and commitment"),
        ("5.2", "Policy"),
        ("5.3", "Organizational roles, responsibilities and authorities"),
        ("6", "Planning"),
        ("6.1", "Actions to address risks and opportunities"),
        ("6.1.1", "General"),
        ("6.1.2", "Information security risk assessment"),
        ("6.1.3", "Information security risk treatment"),
        ("6.2", "Information security objectives and planning to achieve them"),
        ("6.3", "Planning of changes"),
        ("7", "Support"),
        ("7.1", "Resources"),
        ("7.2", "Competence"),
        ("7.3", "Awareness"),
        ("7.4", "Communication"),
        ("7.5", "Documented information"),
        ("7.5.1", "General"),
        ("7.5.2", "Creating and updating"),
        ("7.5.3", "Control of documented information"),
        ("8", "Operation"),
        ("8.1", "Operational planning and control"),
        ("8.2", "Information security risk assessment"),
        ("8.3", "Information security risk treatment"),
        ("9", "Performance evaluation"),
        ("9.1", "Monitoring, measurement, analysis and evaluation"),
        ("9.2", "Internal audit"),
        ("9.2.1", "General"),
        ("9.2.2", "Internal audit programme"),
        ("9.3", "Management review"),
        ("9.3.1", "General"),
        ("9.3.2", "Management review inputs"),
        ("9.3.3", "Management review results"),
        ("10", "Improvement"),
        ("10.1", "Continual improvement"),
        ("10.2", "Nonconformity and corrective action"),
    ]
}
