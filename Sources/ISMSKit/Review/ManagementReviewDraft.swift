/// `isms review draft`: the inputs of the next management review (ISO/IEC 27001 9.3.2) as a
/// Markdown document assembled from the register, for the compliance lead to edit into the
/// minutes. Every section follows an input of 9.3.2; what the register cannot know (changes in
/// external and internal issues, the needs of interested parties) is left as a prompt.
///
/// The period runs from `since` (default: the day after the last management review held before
/// the as-of date, else the start of the audit period) to the as-of date, both included.
public struct ManagementReviewDraft: Sendable {
    public let report: CheckReport
    public let since: CalendarDate
    /// The previous audit pack, for the trend of evidence coverage.
    public let previous: RegisterSnapshot?
    /// The language of the headings and sentences; register text stays as written.
    public let language: ReportLanguage

    public init(
        report: CheckReport, since: CalendarDate? = nil, previous: RegisterSnapshot? = nil,
        language: ReportLanguage? = nil
    ) {
        self.report = report
        self.previous = previous
        self.language = language ?? report.register.settings.language
        self.since =
            since
            ?? ManagementSystemStatus(register: report.register, asOf: report.asOf).lastReview?.date?.adding(days: 1)
            ?? report.register.settings.audit.periodStart
    }

    var register: Register { report.register }
    var asOf: CalendarDate { report.asOf }

    /// True when `date` lies in the period of the draft.
    func inPeriod(_ date: CalendarDate?) -> Bool {
        guard let date else { return false }
        return since <= date && date <= asOf
    }

    /// Audits and reviews due, as `isms status` shows them.
    var status: ManagementSystemStatus { ManagementSystemStatus(register: register, asOf: asOf) }

    /// The reviews held before the period, latest first: their actions are the actions of 9.3.2 a.
    var earlierReviews: [ManagementReview] {
        register.reviews.filter { ($0.date.map { $0 < since } ?? false) && $0.isHeld(asOf: asOf) }
            .sorted { ($0.date!, $0.id) > ($1.date!, $1.id) }
    }

    /// The day the next review is due: the last one held plus `management-review.interval`, or
    /// the as-of date plus the interval when none was held.
    var nextReviewDue: CalendarDate {
        status.nextReviewDue ?? register.settings.managementSystem.reviewInterval.after(asOf)
    }

    /// The English text, or the Dutch one in a Dutch draft: both beside each other where used.
    func t(_ english: String, _ dutch: String) -> String { language == .nl ? dutch : english }

    /// Describes an action's state on the as-of date.
    func state(of action: FollowUpAction) -> String {
        if let done = action.done, done <= asOf { return t("done \(done)", "gereed \(done)") }
        if action.isOverdue(asOf: asOf), let due = action.due {
            return t("OVERDUE since \(due)", "VERLOPEN sinds \(due)")
        }
        return t("open", "open")
    }

    /// The document.
    public func render() -> String {
        let settings = register.settings
        let name = MarkdownText.inline(settings.organisation.name)
        var out = t("# Management review inputs: ", "# Inbreng voor de directiebeoordeling: ") + name + "\n\n"
        out +=
            t(
                """
                Draft assembled by `isms review draft` from the register on \(asOf), for the period \(since) to \(asOf). \
                Each section below is an input of ISO/IEC 27001:2022 9.3.2; edit the draft into the minutes of the \
                review, add its decisions (9.3.3) to a record in `\(RegisterLayout.reviewsFolder)/`, and keep the \
                minutes as evidence.
                """,
                """
                Concept, door `isms review draft` samengesteld uit het register op \(asOf), over de periode \(since) \
                tot en met \(asOf). Elke paragraaf hieronder is inbreng volgens ISO/IEC 27001:2022 9.3.2; werk het \
                concept uit tot de notulen van de beoordeling, leg de besluiten (9.3.3) vast in \
                `\(RegisterLayout.reviewsFolder)/` en bewaar de notulen als bewijs.
                """) + "\n\n"
        out += previousActions()
        out += prompt(
            .issueChanges,
            t(
                "The register does not hold the organisation's issues (4.1): write what changed.",
                "Het register bevat de externe en interne onderwerpen (4.1) niet: beschrijf wat er veranderde."))
        out += prompt(
            .partyNeeds,
            t(
                "The register does not hold interested parties' requirements (4.2): write what changed.",
                "Het register bevat de eisen van belanghebbenden (4.2) niet: beschrijf wat er veranderde."))
        out += nonconformities()
        out += monitoring()
        out += audits()
        out += objectives()
        out += partyFeedback()
        out += risks()
        out += improvement()
        return out
    }

    func heading(_ input: ManagementReview.Input) -> String { "## \(input.title(language))\n\n" }

    private func prompt(_ input: ManagementReview.Input, _ text: String) -> String {
        heading(input) + "_\(text)_\n\n"
    }
}
