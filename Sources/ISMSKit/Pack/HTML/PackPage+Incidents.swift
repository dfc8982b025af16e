import Foundation

extension PackPage {
    /// The incident log and the register of personal-data breaches (A.5.24 to A.5.28, GDPR
    /// Art. 33(5)): one row per incident, one row per breach with its notification against the
    /// 72-hour deadline, and an article per incident. Texts that look like contact details are
    /// withheld, as in pack.xml.
    func incidentsSection() -> HTMLFragment {
        let words = IncidentLabels.forLanguage(content.language)
        let incidents = content.incidents
        let breaches = incidents.filter { $0.personalDataBreach && $0.breach != nil }
        let log = incidents.map { incident -> HTMLFragment in
            let state: HTMLFragment =
                incident.closed.map { "\($0)" } ?? "<span class=\"state state-expiring\">\(words.open)</span>"
            return """
                <tr><td class="id">\(anchorLink("incident", incident.id))</td><td>\(shown(incident.title, words))</td><td class="date">\(instant(incident.aware))</td><td>\(text(incident.category))</td><td>\(incident.severity.map { words.severities[$0] ?? $0.rawValue } ?? "–")</td><td>\(incident.personalDataBreach ? labels.yes : labels.no)</td><td class="date">\(state)</td></tr>

                """
        }
        let register = breaches.map { incident -> HTMLFragment in
            let breach = incident.breach ?? Incident.Breach()
            let told: HTMLFragment =
                breach.dataSubjectsInformed.map { "\($0.text)" }
                ?? breach.exemption.map { "\(words.exemption) \($0.rawValue)" } ?? "–"
            return """
                <tr><td class="id">\(anchorLink("incident", incident.id))</td><td>\(breach.risk.map { words.risks[$0] ?? $0.rawValue } ?? "–")</td><td class="date">\(incident.notificationDeadline.map { "\($0.text)" } ?? "–")</td><td class="date">\(instant(breach.notifiedAuthority))</td><td class="number">\(hours(incident) ?? "–")</td><td>\(timeliness(incident, words))</td><td>\(told)</td><td class="number">\(breach.dataSubjects.map { "\($0)" } ?? "–")</td></tr>

                """
        }
        let intro: HTMLFragment = """
            <p>\(words.intro(incidents.count, breaches.count))</p>
            <p class="muted">\(words.clockNote(settings.timeZoneName))</p>

            """
        let breachTable: HTMLFragment =
            breaches.isEmpty
            ? "<p class=\"muted\">\(words.noBreaches)</p>\n"
            : """
            <h3>\(words.breachRegister)</h3>
            <table class="breaches">
            <thead><tr><th scope="col">\(words.incident)</th><th scope="col">\(words.risk)</th><th scope="col">\(words.deadline)</th><th scope="col">\(words.notified)</th><th scope="col">\(words.hoursTaken)</th><th scope="col">\(words.onTime)</th><th scope="col">\(words.subjectsInformed)</th><th scope="col">\(words.dataSubjects)</th></tr></thead>
            <tbody>
            \(register)</tbody>
            </table>

            """
        return intro + """
            <h3>\(words.log)</h3>
            <table class="incidents">
            <thead><tr><th scope="col">\(words.incident)</th><th scope="col">\(words.incidentTitle)</th><th scope="col">\(words.aware)</th><th scope="col">\(words.category)</th><th scope="col">\(words.severity)</th><th scope="col">\(words.breach)</th><th scope="col">\(words.closed)</th></tr></thead>
            <tbody>
            \(log)</tbody>
            </table>

            """ + breachTable + HTMLFragment(trusted: incidents.map { article($0, words).markup }.joined())
    }

    private func article(_ incident: Incident, _ words: IncidentLabels) -> HTMLFragment {
        var rows: [HTMLFragment] = [
            row(words.detected, instant(incident.detected)),
            row(words.aware, instant(incident.aware)),
            row(words.category, text(incident.category)),
            row(words.severity, "\(incident.severity.map { words.severities[$0] ?? $0.rawValue } ?? "–")"),
            row(words.description, shown(incident.description, words)),
        ]
        if let breach = incident.breach {
            rows.append(row(words.risk, "\(breach.risk.map { words.risks[$0] ?? $0.rawValue } ?? "–")"))
            if let reasoning = breach.reasoning { rows.append(row(words.reasoning, shown(reasoning, words))) }
            if let deadline = incident.notificationDeadline { rows.append(row(words.deadline, "\(deadline.text)")) }
            rows.append(
                row(words.notified, instant(breach.notifiedAuthority) + " " + timeliness(incident, words)))
            if let reference = breach.authorityReference { rows.append(row(words.authorityReference, "\(reference)")) }
            if let delay = breach.delayReason { rows.append(row(words.delayReason, shown(delay, words))) }
            rows.append(row(words.subjectsInformed, instant(breach.dataSubjectsInformed)))
            if let exemption = breach.exemption {
                rows.append(
                    row(
                        words.exemption,
                        "\(exemption.rawValue) AVG/GDPR"
                            + (breach.exemptionReasoning.map { " – " + shown($0, words) } ?? "")
                    ))
            }
            if let count = breach.dataSubjects { rows.append(row(words.dataSubjects, "\(count)")) }
            if let count = breach.records { rows.append(row(words.records, "\(count)")) }
        }
        if let remedial = incident.remedialAction { rows.append(row(words.remedialAction, shown(remedial, words))) }
        if let lessons = incident.lessons { rows.append(row(words.lessons, shown(lessons, words))) }
        if !incident.processing.isEmpty {
            rows.append(row(words.processing, joinedLinks(incident.processing)))
        }
        if !incident.controls.isEmpty { rows.append(row(words.controls, joinedLinks(incident.controls))) }
        rows.append(row(words.closed, incident.closed.map { "\($0)" } ?? "\(words.open)"))
        let example: HTMLFragment = incident.example ? " <span class=\"muted\">(\(labels.example))</span>" : ""
        return """
            <article class="record incident" id="\(attribute: HTMLText.anchor("incident", incident.id))">
            <h3><span class="record-id">\(incident.id)</span> \(shown(incident.title, words))\(example)</h3>
            <table class="record-table">
            <tbody>
            \(rows)</tbody>
            </table>
            </article>

            """
    }

    private func joinedLinks(_ ids: [String]) -> HTMLFragment {
        HTMLFragment(trusted: ids.map { link(to: $0).markup }.joined(separator: ", "))
    }

    private func instant(_ value: Instant?) -> HTMLFragment { value.map { "\($0.text)" } ?? "–" }

    private func shown(_ value: String, _ words: IncidentLabels) -> HTMLFragment {
        Incident.publishable(value).map { "\($0)" } ?? "<span class=\"muted\">\(words.withheld)</span>"
    }

    private func hours(_ incident: Incident) -> HTMLFragment? {
        incident.hoursToNotify.map { "\(Incident.hoursText($0))" }
    }

    /// Notified in time, late, not notified (with a risk) or not to be notified, as a badge.
    private func timeliness(_ incident: Incident, _ words: IncidentLabels) -> HTMLFragment {
        guard let breach = incident.breach, let risk = breach.risk, risk != .none else {
            return "<span class=\"muted\">\(words.notToNotify)</span>"
        }
        guard let inTime = incident.notifiedInTime else {
            let now = Instant.startOf(content.asOf, in: settings.timeZone)
            if let deadline = incident.notificationDeadline, now < deadline {
                return "<span class=\"state state-expiring\">\(words.toNotify)</span>"
            }
            return "<span class=\"state state-expired\">\(words.notNotified)</span>"
        }
        return inTime
            ? "<span class=\"state state-covered\">\(words.inTime)</span>"
            : "<span class=\"state state-expired\">\(words.late)</span>"
    }
}

/// The words of the incidents section, in Dutch or English, with the terms a Dutch auditor uses:
/// datalek, datalekregister, melding aan de Autoriteit Persoonsgegevens, betrokkenen.
struct IncidentLabels: Sendable {
    let title: String
    let incidentCount: String
    let breachCount: String
    let log: String
    let breachRegister: String
    let incident: String
    let incidentTitle: String
    let detected: String
    let aware: String
    let category: String
    let severity: String
    let breach: String
    let closed: String
    let open: String
    let description: String
    let risk: String
    let reasoning: String
    let deadline: String
    let notified: String
    let hoursTaken: String
    let onTime: String
    let authorityReference: String
    let delayReason: String
    let subjectsInformed: String
    let exemption: String
    let dataSubjects: String
    let records: String
    let remedialAction: String
    let lessons: String
    let processing: String
    let controls: String
    let noBreaches: String
    let withheld: String
    let inTime: String
    let late: String
    let notNotified: String
    let toNotify: String
    let notToNotify: String
    let severities: [Incident.Severity: String]
    let risks: [Incident.BreachRisk: String]
    let intro: @Sendable (Int, Int) -> String
    let clockNote: @Sendable (String) -> String

    static func forLanguage(_ language: ReportLanguage) -> IncidentLabels {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    static let dutch = IncidentLabels(
        title: "Incidenten en datalekken", incidentCount: "Incidenten", breachCount: "Datalekken",
        log: "Incidentenregister",
        breachRegister: "Datalekregister (art. 33 lid 5 AVG)", incident: "Incident", incidentTitle: "Omschrijving",
        detected: "Opgemerkt", aware: "Kennisname", category: "Soort", severity: "Ernst", breach: "Datalek",
        closed: "Afgesloten", open: "open", description: "Feiten", risk: "Risico voor betrokkenen",
        reasoning: "Onderbouwing", deadline: "Melden uiterlijk (72 uur, UTC)",
        notified: "Gemeld aan de Autoriteit Persoonsgegevens", hoursTaken: "Uren na kennisname",
        onTime: "Op tijd", authorityReference: "Kenmerk melding", delayReason: "Redenen voor de vertraging",
        subjectsInformed: "Betrokkenen geïnformeerd", exemption: "Uitzondering art. 34 lid 3",
        dataSubjects: "Betrokkenen (ca.)", records: "Gegevensrecords (ca.)", remedialAction: "Genomen maatregelen",
        lessons: "Lessen", processing: "Verwerkingen", controls: "Beheersmaatregelen",
        noBreaches: "Geen datalekken in het register.", withheld: "weggelaten (lijkt persoonsgegevens te bevatten)",
        inTime: "binnen 72 uur", late: "na 72 uur", notNotified: "niet gemeld", toNotify: "nog te melden",
        notToNotify: "geen melding nodig",
        severities: [.low: "laag", .medium: "middel", .high: "hoog", .critical: "kritiek"],
        risks: [.none: "geen risico", .risk: "risico", .high: "hoog risico"],
        intro: { count, breaches in
            "\(count) \(count == 1 ? "incident" : "incidenten") in het register, waarvan \(breaches) \(breaches == 1 ? "datalek" : "datalekken"). Elk datalek staat in het datalekregister, gemeld of niet (art. 33 lid 5 AVG)."
        },
        clockNote: { zone in
            "Een datalek met risico voor betrokkenen wordt binnen 72 uur na kennisname gemeld (art. 33 lid 1 AVG); de uren zijn verstreken tijd, ook over de zomertijdwisseling. Tijden zoals vastgelegd; de klok van het register loopt in \(zone)."
        })

    static let english = IncidentLabels(
        title: "Incidents and personal-data breaches", incidentCount: "Incidents",
        breachCount: "Personal-data breaches", log: "Incident log",
        breachRegister: "Register of personal-data breaches (GDPR Art. 33(5))", incident: "Incident",
        incidentTitle: "Title", detected: "Detected", aware: "Aware", category: "Category", severity: "Severity",
        breach: "Breach", closed: "Closed", open: "open", description: "Facts", risk: "Risk to data subjects",
        reasoning: "Reasoning", deadline: "Notify by (72 hours, UTC)", notified: "Supervisory authority notified",
        hoursTaken: "Hours after aware", onTime: "On time", authorityReference: "Notification reference",
        delayReason: "Reasons for the delay", subjectsInformed: "Data subjects informed",
        exemption: "Art. 34(3) exemption", dataSubjects: "Data subjects (approx.)", records: "Records (approx.)",
        remedialAction: "Remedial action", lessons: "Lessons", processing: "Processing activities",
        controls: "Controls", noBreaches: "No personal-data breaches in the register.",
        withheld: "withheld (looks like personal data)", inTime: "within 72 hours", late: "after 72 hours",
        notNotified: "not notified", toNotify: "still to notify", notToNotify: "no notification needed",
        severities: [.low: "low", .medium: "medium", .high: "high", .critical: "critical"],
        risks: [.none: "no risk", .risk: "risk", .high: "high risk"],
        intro: { count, breaches in
            "\(count) \(count == 1 ? "incident" : "incidents") in the register, \(breaches) of them personal-data \(breaches == 1 ? "breach" : "breaches"). Every breach is in the register of breaches, notified or not (GDPR Art. 33(5))."
        },
        clockNote: { zone in
            "A breach with a risk to data subjects is notified within 72 hours of becoming aware of it (GDPR Art. 33(1)); hours are elapsed time, across daylight-saving changes too. Times as recorded; the register's clock runs in \(zone)."
        })
}
