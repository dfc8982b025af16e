/// The words of the pack's management-system sections (ISO/IEC 27001 clauses 4 to 10: the clause
/// table, the objectives, the internal audit programme, the nonconformities and the management
/// reviews), in Dutch or English, with the Dutch terms an auditor uses (doelstelling, interne
/// audit, auditprogramma, afwijking, observatie, verbeterkans, correctie, oorzaakanalyse,
/// corrigerende maatregel, doeltreffendheid, directiebeoordeling). Clause titles stay the
/// catalog's official English titles.
struct ManagementSystemLabels: Sendable {
    // Clause table
    let clausesTitle: String
    let clausesIntro: String
    let clause: String
    let clauseTitle: String
    let howMet: String
    let met: String
    let notMet: String
    let evidence: String
    let records: String
    /// Each kind of record that meets a clause, in the plural: a line lists all of that kind.
    let recordKinds: [ClauseFulfilment.Record.Kind: String]
    // Objectives
    let objectivesTitle: String
    let objective: String
    let measure: String
    let target: String
    let owner: String
    let due: String
    let status: String
    let measurements: String
    let latest: String
    let state: String
    let controls: String
    let risks: String
    let note: String
    let date: String
    let value: String
    let chartDescription: String
    let directions: [Objective.Direction: String]
    let objectiveStatuses: [Objective.Status: String]
    let objectiveStates: [String: String]
    // Audit programme
    let auditProgrammeTitle: String
    let cycle: String
    let gridCaption: String
    let audited: String
    let plannedCell: String
    let notCovered: String
    let inCycle: String
    let audit: String
    let planned: String
    let performed: String
    let scope: String
    let criteria: String
    let auditor: String
    let report: String
    let conclusion: String
    let findings: String
    let noAuditsInCycle: String
    let auditStates: [String: String]
    // Nonconformities
    let nonconformitiesTitle: String
    let finding: String
    let grade: String
    let source: String
    let raisedIn: String
    let requirement: String
    let description: String
    let raised: String
    let correction: String
    let rootCause: String
    let correctiveActions: String
    let action: String
    let done: String
    let effectiveness: String
    let effective: String
    let notEffective: String
    let reviewedBy: String
    let closed: String
    let grades: [Nonconformity.Grade: String]
    let sources: [Nonconformity.Source: String]
    let openStates: [String: String]
    let actionStates: [String: String]
    // Management reviews
    let reviewsTitle: String
    let review: String
    let attendees: String
    let inputs: String
    let notGiven: String
    let decisions: String
    let decision: String
    let actions: String
    let minutes: String
    let reviewStates: [String: String]

    static func forLanguage(_ language: ReportLanguage) -> ManagementSystemLabels {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    func objectiveState(_ token: String) -> String { objectiveStates[token] ?? token }

    static let english = ManagementSystemLabels(
        clausesTitle: "Management system (clauses 4–10)",
        clausesIntro:
            "Each clause of ISO/IEC 27001 that requires documented information, and how the register meets it on the as-of date: current evidence that supports the clause, or the register's own records.",
        clause: "Clause", clauseTitle: "Title", howMet: "Met", met: "met", notMet: "not met", evidence: "Evidence",
        records: "Records",
        recordKinds: [
            .scope: "scope (isms.yaml)", .riskMethod: "risk method (isms.yaml)", .risk: "risks",
            .statementOfApplicability: "Statement of Applicability", .objective: "objectives",
            .audit: "internal audits", .nonconformity: "nonconformities", .review: "management reviews",
        ],
        objectivesTitle: "Information security objectives", objective: "Objective", measure: "Measure",
        target: "Target", owner: "Owner", due: "Due", status: "Status", measurements: "Measurements",
        latest: "Latest measurement", state: "State on the as-of date", controls: "Controls", risks: "Risks",
        note: "Note", date: "Date", value: "Value",
        chartDescription: "Each measurement as a point, its value written beside it; the dashed line is the target.",
        directions: [.atLeast: "at least", .atMost: "at most"],
        objectiveStatuses: [.active: "active", .achieved: "achieved", .withdrawn: "withdrawn"],
        objectiveStates: ["met": "met", "not-met": "not met", "not-measured": "not measured"],
        auditProgrammeTitle: "Internal audit programme", cycle: "Audit cycle",
        gridCaption: "Clauses audited in the cycle, audit by audit", audited: "audited", plannedCell: "planned",
        notCovered: "not covered", inCycle: "In the cycle", audit: "Internal audit", planned: "Planned",
        performed: "Performed", scope: "Scope", criteria: "Audit criteria", auditor: "Auditor", report: "Report",
        conclusion: "Conclusion", findings: "Findings", noAuditsInCycle: "No internal audit falls in this cycle.",
        auditStates: ["performed": "performed", "planned": "planned"],
        nonconformitiesTitle: "Nonconformities and corrective actions", finding: "Finding", grade: "Grade",
        source: "Source", raisedIn: "Raised in", requirement: "Requirement", description: "Description",
        raised: "Raised", correction: "Correction", rootCause: "Root cause analysis",
        correctiveActions: "Corrective actions", action: "Action", done: "Done",
        effectiveness: "Review of effectiveness", effective: "effective", notEffective: "not effective",
        reviewedBy: "by", closed: "Closed",
        grades: [
            .major: "major nonconformity", .minor: "minor nonconformity", .observation: "observation",
            .opportunity: "opportunity for improvement",
        ],
        sources: [
            .internalAudit: "internal audit", .externalAudit: "external audit", .incident: "incident",
            .managementReview: "management review", .complaint: "complaint",
        ],
        openStates: ["open": "open", "closed": "closed"],
        actionStates: ["open": "open", "overdue": "overdue", "done": "done"],
        reviewsTitle: "Management reviews", review: "Management review", attendees: "Attendees", inputs: "Inputs",
        notGiven: "not addressed", decisions: "Decisions", decision: "Decision", actions: "Actions",
        minutes: "Minutes", reviewStates: ["held": "held", "planned": "planned"])

    static let dutch = ManagementSystemLabels(
        clausesTitle: "Managementsysteem (hoofdstukken 4–10)",
        clausesIntro:
            "Elke eis van ISO/IEC 27001 die gedocumenteerde informatie vraagt, en hoe het register daaraan op de peildatum voldoet: met actueel bewijs dat de eis ondersteunt, of met de eigen registers.",
        clause: "Hoofdstuk", clauseTitle: "Titel", howMet: "Voldaan", met: "voldaan", notMet: "niet voldaan",
        evidence: "Bewijs", records: "Registers",
        recordKinds: [
            .scope: "toepassingsgebied (isms.yaml)", .riskMethod: "risicomethode (isms.yaml)", .risk: "risico's",
            .statementOfApplicability: "Verklaring van toepasselijkheid", .objective: "doelstellingen",
            .audit: "interne audits", .nonconformity: "afwijkingen", .review: "directiebeoordelingen",
        ],
        objectivesTitle: "Informatiebeveiligingsdoelstellingen", objective: "Doelstelling", measure: "Meting",
        target: "Streefwaarde", owner: "Eigenaar", due: "Uiterlijk", status: "Status", measurements: "Metingen",
        latest: "Laatste meting", state: "Stand op de peildatum", controls: "Beheersmaatregelen", risks: "Risico's",
        note: "Toelichting", date: "Datum", value: "Waarde",
        chartDescription: "Elke meting als punt met de waarde ernaast; de gestippelde lijn is de streefwaarde.",
        directions: [.atLeast: "minimaal", .atMost: "maximaal"],
        objectiveStatuses: [.active: "actief", .achieved: "behaald", .withdrawn: "ingetrokken"],
        objectiveStates: ["met": "gehaald", "not-met": "niet gehaald", "not-measured": "niet gemeten"],
        auditProgrammeTitle: "Auditprogramma (interne audits)", cycle: "Auditcyclus",
        gridCaption: "Hoofdstukken die in de cyclus zijn geaudit, per interne audit", audited: "geaudit",
        plannedCell: "gepland", notCovered: "niet gedekt", inCycle: "In de cyclus", audit: "Interne audit",
        planned: "Gepland", performed: "Uitgevoerd", scope: "Reikwijdte", criteria: "Auditcriteria",
        auditor: "Auditor", report: "Rapport", conclusion: "Conclusie", findings: "Bevindingen",
        noAuditsInCycle: "Er valt geen interne audit in deze cyclus.",
        auditStates: ["performed": "uitgevoerd", "planned": "gepland"],
        nonconformitiesTitle: "Afwijkingen en corrigerende maatregelen", finding: "Bevinding", grade: "Classificatie",
        source: "Herkomst", raisedIn: "Vastgesteld in", requirement: "Eis", description: "Beschrijving",
        raised: "Vastgesteld op", correction: "Correctie", rootCause: "Oorzaakanalyse",
        correctiveActions: "Corrigerende maatregelen", action: "Maatregel", done: "Gereed",
        effectiveness: "Beoordeling van de doeltreffendheid", effective: "doeltreffend",
        notEffective: "niet doeltreffend", reviewedBy: "door", closed: "Gesloten",
        grades: [
            .major: "grote afwijking", .minor: "kleine afwijking", .observation: "observatie",
            .opportunity: "verbeterkans",
        ],
        sources: [
            .internalAudit: "interne audit", .externalAudit: "externe audit", .incident: "incident",
            .managementReview: "directiebeoordeling", .complaint: "klacht",
        ],
        openStates: ["open": "open", "closed": "gesloten"],
        actionStates: ["open": "open", "overdue": "te laat", "done": "gereed"],
        reviewsTitle: "Directiebeoordelingen", review: "Directiebeoordeling", attendees: "Aanwezigen",
        inputs: "Inbreng", notGiven: "niet behandeld", decisions: "Besluiten", decision: "Besluit",
        actions: "Acties", minutes: "Notulen", reviewStates: ["held": "gehouden", "planned": "gepland"])
}
