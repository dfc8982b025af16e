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
    /// The heading of isms.yaml's changes (scope, standard).
    let settings: String
    let requirements: String
    /// Said when the pack was made without a previous pack to compare with.
    let noComparison: String
    /// "1 change" / "12 changes": `RegisterDiff.count`, as isms diff counts.
    let changeCount: @Sendable (Int) -> String
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
        settings: "Scope and standard (isms.yaml)", requirements: "Requirements",
        noComparison:
            "No comparison was made: this pack was built without a previous audit pack (isms pack --previous), and reports/ held none of an earlier audit cycle. What changed since the previous audit is therefore not shown.",
        changeCount: {
            $0 == 1 ? "1 change, counted as isms diff counts." : "\($0) changes, counted as isms diff counts."
        },
        records: [
            .control: "Control", .processingActivity: "Processing activity", .party: "Third party", .risk: "Risk",
            .objective: "Objective", .internalAudit: "Internal audit", .nonconformity: "Nonconformity",
            .managementReview: "Management review", .incident: "Incident", .settings: "Settings",
            .request: "Data-subject request",
        ],
        recordChanges: [.added: "added", .removed: "removed", .changed: "changed"],
        coverageChanges: [.gained: "now has current evidence", .lost: "no longer has current evidence"],
        evidenceChanges: [.added: "added", .removed: "removed", .replaced: "replaced", .expired: "expired"],
        fileChanges: [.added: "file added", .removed: "file removed", .replaced: "file replaced"]
    )

    static let dutch = ChangeLabels(
        title: "Wijzigingen sinds de vorige audit", comparedWith: "Vergeleken met het auditdossier met peildatum",
        auditCycle: "auditcyclus", reviewBy: "Herbeoordelen uiterlijk op",
        noChanges: "Geen wijzigingen sinds het vorige auditdossier.", coverage: "Gewijzigde bewijsstatus",
        kind: "Soort", change: "Wijziging", field: "Veld", before: "Voorheen", after: "Nu", details: "Details",
        notCurrentSince: "Niet meer actueel sinds", notUsable: "niet bruikbaar",
        settings: "Toepassingsgebied en norm (isms.yaml)", requirements: "Eisen",
        noComparison:
            "Er is geen vergelijking gemaakt: dit dossier is samengesteld zonder een vorig auditdossier (isms pack --previous) en in reports/ stond er geen van een eerdere auditcyclus. Wat sinds de vorige audit is gewijzigd, wordt daarom niet getoond.",
        changeCount: {
            $0 == 1 ? "1 wijziging, geteld zoals isms diff telt." : "\($0) wijzigingen, geteld zoals isms diff telt."
        },
        records: [
            .control: "Beheersmaatregel", .processingActivity: "Verwerking", .party: "Derde partij", .risk: "Risico",
            .objective: "Doelstelling", .internalAudit: "Interne audit", .nonconformity: "Afwijking",
            .managementReview: "Directiebeoordeling", .incident: "Incident", .settings: "Instellingen",
            .request: "Verzoek van een betrokkene",
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
