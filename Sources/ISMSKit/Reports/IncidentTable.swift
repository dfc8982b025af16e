import Foundation

/// The incident log and, in the same rows, the GDPR Art. 33(5) register of personal-data breaches:
/// each incident with its times, and for a breach the risk assessed, the notifications against the
/// 72-hour deadline and the hours they took. References and numbers only, never personal data.
public enum IncidentTable {
    /// One incident with what the report computes beside it.
    public struct Row: Sendable {
        public let incident: Incident
        /// Hours from `aware` to the notification of the authority, when both are known.
        public let hoursToNotify: Double?
    }

    public static let columns: [ReportColumn<Row>] = [
        .init("id", "Id") { .text($0.incident.id) },
        .init("title", "Incident") { .text($0.incident.title) },
        .init("detected", "Detected") { .optional($0.incident.detected?.text) },
        .init("aware", "Aware") { .optional($0.incident.aware?.text) },
        .init("category", "Category") { .optional($0.incident.category) },
        .init("severity", "Severity") { .optional($0.incident.severity?.rawValue) },
        .init("personal-data-breach", "Personal-data breach") { .yesNo($0.incident.personalDataBreach) },
        .init("risk", "Risk to data subjects") { .optional($0.incident.breach?.risk?.rawValue) },
        .init("reasoning", "Reasoning") { .optional($0.incident.breach?.reasoning) },
        .init("deadline", "Notify authority by (72 h)") {
            .optional($0.incident.notificationDeadline?.text)
        },
        .init("notified-authority", "Authority notified") { .optional($0.incident.breach?.notifiedAuthority?.text) },
        .init("hours-to-notify", "Hours taken") { hours($0.hoursToNotify) },
        .init("authority-reference", "Authority reference") { .optional($0.incident.breach?.authorityReference) },
        .init("delay-reason", "Reasons for delay") { .optional($0.incident.breach?.delayReason) },
        .init("data-subjects-informed", "Data subjects informed") {
            .optional($0.incident.breach?.dataSubjectsInformed?.text)
        },
        .init("exemption", "Art. 34(3) exemption") { .optional($0.incident.breach?.exemption?.rawValue) },
        .init("data-subjects", "Data subjects (approx.)") { count($0.incident.breach?.dataSubjects) },
        .init("records", "Records (approx.)") { count($0.incident.breach?.records) },
        .init("processing", "Processing activities") { .list($0.incident.processing) },
        .init("controls", "Controls") { .list($0.incident.controls) },
        .init("remedial-action", "Remedial action") { .optional($0.incident.remedialAction) },
        .init("lessons", "Lessons") { .optional($0.incident.lessons) },
        .init("closed", "Closed") { .optional($0.incident.closed?.description) },
    ]

    public static func rows(_ report: CheckReport) -> [Row] {
        report.register.incidents.map { incident in
            var hours: Double?
            if let aware = incident.aware, let notified = incident.breach?.notifiedAuthority {
                hours = aware.hours(until: notified)
            }
            return Row(incident: incident, hoursToNotify: hours)
        }
    }

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
            rowsKey: "incidents", columns: columns, rows: rows(report))
    }

    /// `71.5`, to a tenth of an hour (six minutes), as text in every format.
    private static func hours(_ value: Double?) -> ReportCell {
        .optional(value.map { String(format: "%.1f", $0) })
    }

    private static func count(_ value: Int?) -> ReportCell {
        guard let value else { return .optional(nil) }
        return ReportCell(text: "\(value)", value: .int(value))
    }
}
