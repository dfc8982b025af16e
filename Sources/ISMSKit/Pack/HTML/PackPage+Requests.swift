extension PackPage {
    /// The data-subject requests of the audit period: the deadline as the organisation's
    /// commitment, the response times, and one row per request by reference number only.
    func requestsSection() -> HTMLFragment {
        let words = RequestLabels.forLanguage(content.language)
        let log = content.requestLog
        let audit = settings.audit
        let commitment = words.commitment(words.period(log.deadline))
        let intro: HTMLFragment = """
            <p class="commitment"><strong>\(commitment)</strong> <span class="muted">\(words.legalLimit)</span></p>
            <p>\(words.scope(audit.periodStart, audit.periodEnd, content.asOf))</p>

            """
        guard !log.requests.isEmpty else { return intro + "<p class=\"muted\">\(words.noRequests)</p>\n" }
        let times = log.responseTimes
        var counts: [HTMLFragment] = [
            row(words.requests, "\(times.count)"),
            row(words.answered, "\(times.answered)"),
            row(words.open, "\(times.open)"),
            row(words.overdue, "\(times.overdue)"),
            row(words.answeredOnTime, "\(times.onTime)"),
            row(words.answeredLate, "\(times.late)"),
        ]
        if let median = times.medianDays {
            counts.append(row(words.medianResponse, "\(words.number(median)) \(words.days)"))
        }
        if let maximum = times.maximumDays {
            counts.append(row(words.longestResponse, "\(maximum) \(words.days)"))
        }
        let rows = log.requests.map { requestRow($0, words) }
        return intro + """
            <table class="counts">
            <tbody>
            \(counts)</tbody>
            </table>
            <table class="requests">
            <thead><tr><th scope="col">\(words.reference)</th><th scope="col">\(words.right)</th><th scope="col">\(words.received)</th><th scope="col">\(words.identityVerified)</th><th scope="col">\(words.due)</th><th scope="col">\(words.answeredOn)</th><th scope="col">\(words.daysToAnswer)</th><th scope="col">\(words.onTime)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
    }

    private func requestRow(_ assessment: RequestAssessment, _ words: RequestLabels) -> HTMLFragment {
        let request = assessment.request
        let reference: HTMLFragment =
            request.shownReference.map { "\($0)" } ?? "<span class=\"muted\">\(words.withheld)</span>"
        let example: HTMLFragment = request.example ? " <span class=\"muted\">(\(words.example))</span>" : ""
        let verified: HTMLFragment = request.identityVerified.map { "\($0)" } ?? "–"
        let answered: HTMLFragment = assessment.answered.map { "\($0)" } ?? "–"
        let days: HTMLFragment = assessment.daysToAnswer.map { "\($0)" } ?? "–"
        return """
            <tr><td class="id">\(reference)\(example)</td><td>\(words.right(request.right))</td><td class="date">\(request.received)</td><td class="date">\(verified)</td><td class="date">\(assessment.due)</td><td class="date">\(answered)</td><td class="number">\(days)</td><td>\(timeliness(assessment, words))</td></tr>

            """
    }

    /// On time, late, open or overdue, as a badge that reads in print too.
    private func timeliness(_ assessment: RequestAssessment, _ words: RequestLabels) -> HTMLFragment {
        switch assessment.onTime {
        case true?: "<span class=\"state state-covered\">\(words.yes)</span>"
        case false? where assessment.isOpen: "<span class=\"state state-expired\">\(words.overdueState)</span>"
        case false?: "<span class=\"state state-expired\">\(words.lateState)</span>"
        case nil: "<span class=\"state state-expiring\">\(words.openState)</span>"
        }
    }

    /// `Review by` with the date, for the record tables of controls and processing activities.
    func reviewRow(_ date: CalendarDate?) -> HTMLFragment? {
        guard let date else { return nil }
        return row(RequestLabels.forLanguage(content.language).reviewBy, "\(date)")
    }
}

/// The words of the data-subject requests section (and of review dates), in Dutch or English.
struct RequestLabels: Sendable {
    let language: ReportLanguage
    let title: String
    let legalLimit: String
    let noRequests: String
    let requests: String
    let answered: String
    let open: String
    let overdue: String
    let answeredOnTime: String
    let answeredLate: String
    let medianResponse: String
    let longestResponse: String
    let days: String
    let reference: String
    let right: String
    let received: String
    let identityVerified: String
    let due: String
    let answeredOn: String
    let daysToAnswer: String
    let onTime: String
    let yes: String
    let lateState: String
    let overdueState: String
    let openState: String
    let withheld: String
    let example: String
    let reviewBy: String
    let rights: [DataSubjectRequest.Right: String]

    static func forLanguage(_ language: ReportLanguage) -> RequestLabels {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    func right(_ value: DataSubjectRequest.Right) -> String { rights[value] ?? value.rawValue }

    /// A number of days with the language's decimal sign: `11,5` in Dutch, `11.5` in English.
    func number(_ days: Double) -> String {
        let text = ResponseTimes.text(days: days)
        return language == .nl ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    /// The deadline as the organisation promises it: "Wij reageren binnen 4 weken."
    func commitment(_ period: String) -> String {
        switch language {
        case .nl: "Wij reageren binnen \(period)."
        case .en: "We answer within \(period)."
        }
    }

    func scope(_ start: CalendarDate, _ end: CalendarDate, _ asOf: CalendarDate) -> String {
        switch language {
        case .nl:
            "Verzoeken ontvangen in de auditperiode \(start) – \(end), tot de peildatum \(asOf). Alleen referentienummers: geen namen, contactgegevens of inhoud van verzoeken."
        case .en:
            "Requests received in the audit period \(start) – \(end), up to the as-of date \(asOf). Reference numbers only: no names, contact details or contents of requests."
        }
    }

    /// A period in words: `4 weken`, `1 maand`; `4 weeks`, `1 month`.
    func period(_ period: Period) -> String { language.words(period) }

    static let english = RequestLabels(
        language: .en, title: "Data-subject requests",
        legalLimit: "(GDPR Art. 12(3): within one month at the latest.)",
        noRequests: "No requests in the audit period.",
        requests: "Requests", answered: "Answered", open: "Open", overdue: "Overdue",
        answeredOnTime: "Answered on time", answeredLate: "Answered late", medianResponse: "Median response time",
        longestResponse: "Longest response time", days: "days", reference: "Reference", right: "Right",
        received: "Received", identityVerified: "Identity verified", due: "Answer by", answeredOn: "Answered",
        daysToAnswer: "Days", onTime: "On time", yes: "on time", lateState: "late", overdueState: "overdue",
        openState: "open", withheld: "withheld", example: "example", reviewBy: "Review by",
        rights: [
            .access: "access (Art. 15)", .rectification: "rectification (Art. 16)", .erasure: "erasure (Art. 17)",
            .restriction: "restriction (Art. 18)", .objection: "objection (Art. 21)",
            .portability: "data portability (Art. 20)", .withdrawalOfConsent: "withdrawal of consent (Art. 7(3))",
        ]
    )

    static let dutch = RequestLabels(
        language: .nl, title: "Verzoeken van betrokkenen",
        legalLimit: "(AVG art. 12 lid 3: uiterlijk binnen één maand.)",
        noRequests: "Geen verzoeken in de auditperiode.",
        requests: "Verzoeken", answered: "Beantwoord", open: "Openstaand", overdue: "Termijn verstreken",
        answeredOnTime: "Op tijd beantwoord", answeredLate: "Te laat beantwoord", medianResponse: "Mediane reactietijd",
        longestResponse: "Langste reactietijd", days: "dagen", reference: "Referentie", right: "Recht",
        received: "Ontvangen", identityVerified: "Identiteit gecontroleerd", due: "Uiterlijk beantwoorden op",
        answeredOn: "Beantwoord", daysToAnswer: "Dagen", onTime: "Op tijd", yes: "op tijd", lateState: "te laat",
        overdueState: "termijn verstreken", openState: "openstaand", withheld: "achtergehouden", example: "voorbeeld",
        reviewBy: "Herbeoordelen uiterlijk op",
        rights: [
            .access: "inzage (art. 15)", .rectification: "rectificatie (art. 16)", .erasure: "wissing (art. 17)",
            .restriction: "beperking (art. 18)", .objection: "bezwaar (art. 21)",
            .portability: "overdraagbaarheid (art. 20)",
            .withdrawalOfConsent: "intrekken van toestemming (art. 7 lid 3)",
        ]
    )
}
