/// The incident log and, in the same rows, the GDPR Art. 33(5) register of personal-data breaches:
/// each incident with its times, and for a breach the risk assessed, the notifications against the
/// 72-hour deadline and the hours they took. References and numbers only, never personal data.
public enum IncidentTable {
    public static let columns: [ReportColumn<Incident>] = [
        .init("id", "Id") { .text($0.id) },
        .init("title", "Incident") { .text($0.title) },
        .init("detected", "Detected") { .optional($0.detected?.text) },
        .init("aware", "Aware") { .optional($0.aware?.text) },
        .init("category", "Category") { .optional($0.category) },
        .init("severity", "Severity") { .optional($0.severity?.rawValue) },
        .init("personal-data-breach", "Personal-data breach") { .yesNo($0.personalDataBreach) },
        .init("risk", "Risk to data subjects") { .optional($0.breach?.risk?.rawValue) },
        .init("reasoning", "Reasoning") { .optional($0.breach?.reasoning) },
        .init("deadline", "Notify authority by (72 h)") {
            .optional($0.notificationDeadline?.text)
        },
        .init("notified-authority", "Authority notified") { .optional($0.breach?.notifiedAuthority?.text) },
        .init("hours-to-notify", "Hours taken") { .optional($0.hoursToNotify.map(Incident.hoursText)) },
        .init("authority-reference", "Authority reference") { .optional($0.breach?.authorityReference) },
        .init("delay-reason", "Reasons for delay") { .optional($0.breach?.delayReason) },
        .init("data-subjects-informed", "Data subjects informed") {
            .optional($0.breach?.dataSubjectsInformed?.text)
        },
        .init("exemption", "Art. 34(3) exemption") { .optional($0.breach?.exemption?.rawValue) },
        .init("data-subjects", "Data subjects (approx.)") { count($0.breach?.dataSubjects) },
        .init("records", "Records (approx.)") { count($0.breach?.records) },
        .init("processing", "Processing activities") { .list($0.processing) },
        .init("controls", "Controls") { .list($0.controls) },
        .init("remedial-action", "Remedial action") { .optional($0.remedialAction) },
        .init("lessons", "Lessons") { .optional($0.lessons) },
        .init("closed", "Closed") { .optional($0.closed?.description) },
    ]

    public static func build(_ report: CheckReport) -> ReportTable {
        let breaches = report.register.incidents.filter(\.personalDataBreach).count
        return ReportTable(
            kind: "isms-incidents", title: "Incident log and register of personal-data breaches (GDPR Art. 33(5))",
            fields: [
                .init("organisation", "Organisation", .text(report.register.settings.organisation.name)),
                .init("as-of", "As of", .text(report.asOf.description)),
                .init(
                    "supervisory-authority", "Supervisory authority",
                    .text(report.register.settings.organisation.supervisoryAuthority)),
                .init("breaches", "Personal-data breaches", count(breaches)),
            ],
            rowsKey: "incidents", columns: columns, rows: report.register.incidents)
    }

    private static func count(_ value: Int?) -> ReportCell {
        guard let value else { return .optional(nil) }
        return ReportCell(text: "\(value)", value: .int(value))
    }
}
