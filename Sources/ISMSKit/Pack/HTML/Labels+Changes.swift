/// The words of the pack page's "changes since the previous audit" section, in Dutch or English.
/// Kept beside `Labels` (whose words the section also uses) so the section has its own strings.
struct ChangeLabels: Sendable {
    let title: String
    let comparedWith: String
    let auditCycle: String
    let reviewBy: String
    let noChanges: String
    let coverage: String
    let kind: String
    let change: String
    let field: String
    let before: String
    let after: String
    let details: String
    let notCurrentSince: String
    let notUsable: String
    let records: [ChangedRecordKind: String]
    let recordChanges: [RegisterDiff.RecordChange.Kind: String]
    let coverageChanges: [RegisterDiff.CoverageChange.Kind: String]
    let evidenceChanges: [RegisterDiff.EvidenceChange.Kind: String]
    let fileChanges: [RegisterDiff.FileChange.Kind: String]

    static func forLanguage(_ language: ReportLanguage) -> ChangeLabels {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    static let english = ChangeLabels(
        title: "Changes since the previous audit", comparedWith: "Compared with the audit pack as of",
        auditCycle: "audit cycle", reviewBy: "Review by",
        noChanges: "No changes since the previous audit pack.", coverage: "Changes in evidence state", kind: "Kind",
        change: "Change", field: "Field", before: "Before", after: "Now", details: "Details",
        notCurrentSince: "Not current since", notUsable: "not usable",
        records: [
            .control: "Control", .processingActivity: "Processing activity", .party: "Third party", .risk: "Risk",
            .objective: "Objective", .internalAudit: "Internal audit", .nonconformity: "Nonconformity",
            .managementReview: "Management review", .incident: "Incident",
        ],
        recordChanges: [.added: "added", .removed: "removed", .changed: "changed"],
        coverageChanges: [.gained: "now has current evidence", .lost: "no longer has current evidence"],
        evidenceChanges: [.added: "added", .removed: "removed", .replaced: "replaced", .expired: "expired"],
        fileChanges: [.added: "file added", .removed: "file removed", .replaced: "file replaced"]
    )

    static let dutch = ChangeLabels(
        title: "Wijzigingen sinds de vorige audit", comparedWith: "Vergeleken met het auditpakket met peildatum",
        auditCycle: "auditcyclus", reviewBy: "Herbeoordelen uiterlijk op",
        noChanges: "Geen wijzigingen sinds het vorige auditpakket.", coverage: "Gewijzigde bewijsstatus",
        kind: "Soort", change: "Wijziging", field: "Veld", before: "Voorheen", after: "Nu", details: "Details",
        notCurrentSince: "Niet meer actueel sinds", notUsable: "niet bruikbaar",
        records: [
            .control: "Beheersmaatregel", .processingActivity: "Verwerking", .party: "Derde partij", .risk: "Risico",
            .objective: "Doelstelling", .internalAudit: "Interne audit", .nonconformity: "Afwijking",
            .managementReview: "Directiebeoordeling", .incident: "Incident",
        ],
        recordChanges: [.added: "toegevoegd", .removed: "verwijderd", .changed: "gewijzigd"],
        coverageChanges: [.gained: "heeft nu actueel bewijs", .lost: "heeft geen actueel bewijs meer"],
        evidenceChanges: [.added: "toegevoegd", .removed: "verwijderd", .replaced: "vervangen", .expired: "verlopen"],
        fileChanges: [.added: "bestand toegevoegd", .removed: "bestand verwijderd", .replaced: "bestand vervangen"]
    )

    func record(_ kind: ChangedRecordKind) -> String { records[kind] ?? kind.rawValue }
    func change(_ kind: RegisterDiff.RecordChange.Kind) -> String { recordChanges[kind] ?? kind.rawValue }
    func change(_ kind: RegisterDiff.CoverageChange.Kind) -> String { coverageChanges[kind] ?? kind.rawValue }
    func change(_ kind: RegisterDiff.EvidenceChange.Kind) -> String { evidenceChanges[kind] ?? kind.rawValue }
    func change(_ kind: RegisterDiff.FileChange.Kind) -> String { fileChanges[kind] ?? kind.rawValue }
}
