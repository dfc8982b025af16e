import ISMSKit

/// Every word the workbench shows, in one language. Both languages are instances of this one
/// struct, so a label missing in either does not compile.
struct WorkbenchLabels: Sendable {
    let language: ReportLanguage
    let appName: String
    let dashboard: String
    let soa: String
    let records: String
    let evidence: String
    let checkAgain: String
    let checkedAt: String
    let readOnlyBadge: String
    let loginTitle: String
    let loginText: String
    let token: String
    let logIn: String
    let wrongToken: String
    let coverage: String
    let theme: String
    let total: String
    let gaps: String
    let noGaps: String
    let expiring: String
    let noExpiring: String
    let overdueActions: String
    let noOverdueActions: String
    let findings: String
    let noFindings: String
    let errors: String
    let warnings: String
    let id: String
    let title: String
    let applicable: String
    let justification: String
    let status: String
    let owner: String
    let reviewBy: String
    let state: String
    let yes: String
    let no: String
    let undecided: String
    let any: String
    let filter: String
    let save: String
    let preview: String
    let selected: String
    let setOnSelected: String
    let apply: String
    let saved: String
    let unchanged: String
    let refused: String
    let conflictTitle: String
    let conflictText: String
    let yourValues: String
    let noRecord: String
    let page: String
    let previous: String
    let next: String
    let kind: String
    let file: String
    let fixedField: String
    let narrativePreview: String
    let history: String
    let noHistory: String
    let addEvidence: String
    let uploadFiles: String
    let collected: String
    let expires: String
    let upload: String
    let renew: String
    let renewText: String
    let risks: String
    let requirements: String
    let recordText: String
    let newFindings: String
    let notFound: String
    let forbiddenWrite: String
    let lastDay: String
    let due: String
    let action: String
    let record: String
    let location: String
    let message: String
    let severity: String
    let rowsOf: String
    let auditPack: String
    let buildPack: String
    let packLanguage: String
    let packZip: String
    let packRunning: String
    let packDone: String
    let packFailed: String
    let packNone: String
    let packBusy: String
    let previousPack: String
    let noPreviousPack: String
    let changesSince: String
    let packFiles: String

    static func of(_ language: ReportLanguage) -> WorkbenchLabels { language == .nl ? .dutch : .english }

    /// The name of a kind of record, plural, for the menu and list pages.
    func kindName(_ kind: String) -> String {
        let names: [String: (String, String)] = [
            "control": ("Beheersmaatregelen", "Controls"), "processing": ("Verwerkingen", "Processing activities"),
            "party": ("Partijen", "Parties"), "request": ("Verzoeken van betrokkenen", "Data-subject requests"),
            "risk": ("Risico's", "Risks"), "objective": ("Doelstellingen", "Objectives"),
            "audit": ("Interne audits", "Internal audits"), "nonconformity": ("Afwijkingen", "Nonconformities"),
            "review": ("Directiebeoordelingen", "Management reviews"), "incident": ("Incidenten", "Incidents"),
            "soa-approval": ("Goedkeuringen VvT", "SoA approvals"), "evidence": ("Bewijs", "Evidence"),
        ]
        guard let pair = names[kind] else { return kind }
        return language == .nl ? pair.0 : pair.1
    }

    /// A stage of the pack being built; the switch makes every stage have a name in both languages.
    func stage(_ stage: PackStage) -> String {
        switch (stage, language) {
        case (.checkingAndCopying, .nl): "register controleren en bewijs kopiëren"
        case (.checkingAndCopying, .en): "checking the register and copying evidence"
        case (.writingXML, .nl): "pack.xml schrijven"
        case (.writingXML, .en): "writing pack.xml"
        case (.writingPages, .nl): "de pagina's schrijven"
        case (.writingPages, .en): "writing the pages"
        case (.printingPDF, .nl): "pack.pdf afdrukken"
        case (.printingPDF, .en): "printing pack.pdf"
        case (.writingManifest, .nl): "het manifest schrijven"
        case (.writingManifest, .en): "writing the manifest"
        case (.signing, .nl): "ondertekenen"
        case (.signing, .en): "signing"
        case (.zipping, .nl): "het zipbestand schrijven"
        case (.zipping, .en): "writing the zip"
        case (.finishing, .nl): "het pakket op zijn plaats zetten"
        case (.finishing, .en): "putting the pack in place"
        }
    }

    func state(_ state: CoverageState) -> String {
        switch (state, language) {
        case (.covered, .nl): "actueel"
        case (.covered, .en): "current"
        case (.expiring, .nl): "verloopt binnenkort"
        case (.expiring, .en): "expiring"
        case (.expired, .nl): "verlopen"
        case (.expired, .en): "expired"
        case (.missing, .nl): "ontbreekt"
        case (.missing, .en): "missing"
        case (.notApplicable, .nl): "niet van toepassing"
        case (.notApplicable, .en): "not applicable"
        }
    }
}
