/// The words of the pack's risk section (the risk assessment and treatment results, 8.2 and 8.3),
/// in Dutch or English, with the Dutch terms an auditor uses (risicobeoordeling, restrisico,
/// risico-eigenaar, risicoacceptatie, risicobehandelplan).
struct RiskLabels: Sendable {
    let title: String
    let method: String
    let likelihood: String
    let impact: String
    let level: String
    let grid: String
    let retainUpTo: String
    let acceptedBy: String
    let reviewCycle: String
    let heatMapInherent: String
    let heatMapResidual: String
    let heatMapDescription: String
    let register: String
    let risk: String
    let owner: String
    let inherent: String
    let residual: String
    let treatment: String
    let treatedBy: String
    let status: String
    let treatmentPlan: String
    let action: String
    let due: String
    let overdue: String
    let acceptances: String
    let acceptance: String
    let acceptedOn: String
    let acceptedUntil: String
    let acceptanceState: String
    let description: String
    let assets: String
    let threat: String
    let vulnerability: String
    let affects: String
    let concerns: String
    let reviewBy: String
    let identified: String
    let risks: String
    let requirements: String
    let noRisks: String
    let noMethod: String
    let noActions: String
    let noAcceptances: String
    let treatments: [Risk.Treatment: String]
    let statuses: [Risk.Status: String]
    let properties: [Risk.Property: String]
    let acceptanceStates: [RiskJudgement.Acceptance: String]

    static func forLanguage(_ language: ReportLanguage) -> RiskLabels {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    static let english = RiskLabels(
        title: "Risk assessment and treatment", method: "Risk method", likelihood: "Likelihood", impact: "Impact",
        level: "Level", grid: "Level grid (likelihood × impact)", retainUpTo: "Retained without acceptance up to",
        acceptedBy: "May accept", reviewCycle: "Review cycle",
        heatMapInherent: "Inherent risk (before treatment)", heatMapResidual: "Residual risk (after treatment)",
        heatMapDescription: "Number of risks in each cell of likelihood and impact; the cell's level is written in it.",
        register: "Risk register", risk: "Risk", owner: "Risk owner", inherent: "Inherent", residual: "Residual",
        treatment: "Treatment", treatedBy: "Treated by", status: "Status", treatmentPlan: "Risk treatment plan",
        action: "Action", due: "Due", overdue: "overdue", acceptances: "Risk acceptances", acceptance: "Acceptance",
        acceptedOn: "Accepted on", acceptedUntil: "Until", acceptanceState: "Acceptance state",
        description: "Description", assets: "Assets", threat: "Threat", vulnerability: "Vulnerability",
        affects: "Affects", concerns: "Processing activities", reviewBy: "Review by", identified: "Identified",
        risks: "Risks", requirements: "Requirements", noRisks: "The register holds no risk records.",
        noMethod: "isms.yaml has no risk method.", noActions: "No treatment actions planned.",
        noAcceptances: "No residual risk needed an acceptance.",
        treatments: [.modify: "modify", .retain: "retain", .avoid: "avoid", .share: "share"],
        statuses: [.open: "open", .treated: "treated", .closed: "closed"],
        properties: [.confidentiality: "confidentiality", .integrity: "integrity", .availability: "availability"],
        acceptanceStates: [
            .notNeeded: "not needed", .accepted: "accepted", .missing: "missing", .expired: "expired",
            .belowCurrentLevel: "below current level",
        ])

    static let dutch = RiskLabels(
        title: "Risicobeoordeling en risicobehandeling", method: "Risicomethode", likelihood: "Kans",
        impact: "Impact", level: "Niveau", grid: "Niveautabel (kans × impact)",
        retainUpTo: "Aanvaard zonder formele acceptatie tot en met", acceptedBy: "Mag accepteren",
        reviewCycle: "Herbeoordelingscyclus",
        heatMapInherent: "Inherent risico (vóór behandeling)", heatMapResidual: "Restrisico (na behandeling)",
        heatMapDescription: "Aantal risico's per combinatie van kans en impact; het niveau staat in elke cel.",
        register: "Risicoregister", risk: "Risico", owner: "Risico-eigenaar", inherent: "Inherent",
        residual: "Restrisico", treatment: "Behandeling", treatedBy: "Behandeld door", status: "Status",
        treatmentPlan: "Risicobehandelplan", action: "Maatregel", due: "Uiterlijk", overdue: "te laat",
        acceptances: "Risicoacceptaties", acceptance: "Acceptatie", acceptedOn: "Geaccepteerd op",
        acceptedUntil: "Tot", acceptanceState: "Status acceptatie", description: "Beschrijving",
        assets: "Bedrijfsmiddelen", threat: "Dreiging", vulnerability: "Kwetsbaarheid", affects: "Raakt",
        concerns: "Verwerkingen", reviewBy: "Herbeoordelen vóór", identified: "Vastgesteld", risks: "Risico's",
        requirements: "Eisen", noRisks: "Het register bevat geen risico's.",
        noMethod: "isms.yaml bevat geen risicomethode.", noActions: "Geen behandelmaatregelen gepland.",
        noAcceptances: "Geen restrisico vroeg om acceptatie.",
        treatments: [.modify: "verminderen", .retain: "aanvaarden", .avoid: "vermijden", .share: "delen"],
        statuses: [.open: "open", .treated: "behandeld", .closed: "gesloten"],
        properties: [
            .confidentiality: "vertrouwelijkheid", .integrity: "integriteit", .availability: "beschikbaarheid",
        ],
        acceptanceStates: [
            .notNeeded: "niet nodig", .accepted: "geaccepteerd", .missing: "ontbreekt", .expired: "verlopen",
            .belowCurrentLevel: "lager dan huidig niveau",
        ])
}
