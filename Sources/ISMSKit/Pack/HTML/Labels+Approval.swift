/// The words of the SoA's approval block in the pack page, in Dutch or English.
struct ApprovalLabels: Sendable {
    let heading: String
    let version: String
    let approvedBy: String
    let approvedOn: String
    let contentDigest: String
    let sinceApproval: String
    let unchanged: String
    let changedUnnamed: String
    let notApproved: String
    let changes: [StatementOfApplicability.Change.Kind: String]
    let fields: [StatementOfApplicability.Field: String]

    static func forLanguage(_ language: ReportLanguage) -> ApprovalLabels {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    static let dutch = ApprovalLabels(
        heading: "Goedkeuring van de verklaring van toepasselijkheid (6.1.3 d)", version: "Versie",
        approvedBy: "Goedgekeurd door", approvedOn: "Goedgekeurd op", contentDigest: "SHA-256 van de inhoud",
        sinceApproval: "Sinds de goedkeuring", unchanged: "ongewijzigd",
        changedUnnamed: "gewijzigd (de SHA-256 verschilt, geen beheersmaatregel is aan te wijzen)",
        notApproved: "De verklaring van toepasselijkheid is niet goedgekeurd.",
        changes: [.added: "toegevoegd", .removed: "verwijderd", .changed: "gewijzigd"],
        fields: [.applicability: "toepasselijkheid", .status: "status", .justification: "onderbouwing"])

    static let english = ApprovalLabels(
        heading: "Approval of the Statement of Applicability (6.1.3 d)", version: "Version",
        approvedBy: "Approved by", approvedOn: "Approved on", contentDigest: "SHA-256 of the content",
        sinceApproval: "Since the approval", unchanged: "unchanged",
        changedUnnamed: "changed (the SHA-256 differs, no control can be named)",
        notApproved: "The Statement of Applicability has not been approved.",
        changes: [.added: "added", .removed: "removed", .changed: "changed"],
        fields: [.applicability: "applicability", .status: "status", .justification: "justification"])
}
