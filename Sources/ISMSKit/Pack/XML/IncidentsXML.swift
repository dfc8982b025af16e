import Foundation

/// Writes `<incidents>` of pack.xml: the incident log and the register of personal-data breaches
/// (A.5.24 to A.5.28, GDPR Art. 33(5)), each incident with its times as written and in UTC, and
/// for a breach the risk, the 72-hour deadline, the notifications and the hours they took.
/// References and numbers only: a text that looks like an e-mail address or phone number is
/// withheld, as a request's reference is. Only when the register holds incidents.
enum IncidentsXML {
    static func write(
        _ incidents: [Incident], settings: RegisterSettings, controls: Set<String>, processing: Set<String>,
        to writer: inout XMLWriter
    ) {
        guard !incidents.isEmpty else { return }
        writer.start(
            "incidents",
            [
                ("time-zone", settings.timeZoneName),
                ("close-within", settings.incidentClose.description),
                ("count", String(incidents.count)),
                ("breaches", String(incidents.filter(\.personalDataBreach).count)),
            ])
        for incident in incidents { writeIncident(incident, controls: controls, processing: processing, to: &writer) }
        writer.end()
    }

    /// `2026-06-11T08:30:00Z`, an xs:dateTime.
    static func utc(_ instant: Instant?) -> String? { instant?.utcDateTime }

    private static func writeIncident(
        _ incident: Incident, controls: Set<String>, processing: Set<String>, to writer: inout XMLWriter
    ) {
        writer.start(
            "incident",
            [
                ("id", incident.id), ("category", incident.category), ("severity", incident.severity?.rawValue),
                ("detected", incident.detected?.text), ("detected-utc", utc(incident.detected)),
                ("aware", incident.aware?.text), ("aware-utc", utc(incident.aware)),
                ("closed", incident.closed?.description),
                ("personal-data-breach", incident.personalDataBreach ? "true" : "false"),
                ("example", incident.example ? "true" : "false"),
            ])
        shown("title", incident.title, to: &writer)
        shown("description", incident.description, to: &writer)
        if let breach = incident.breach { writeBreach(incident, breach, to: &writer) }
        if let remedial = incident.remedialAction { shown("remedial-action", remedial, to: &writer) }
        if let lessons = incident.lessons { shown("lessons", lessons, to: &writer) }
        for id in incident.processing where processing.contains(id) { writer.empty("processing-ref", [("ref", id)]) }
        for id in incident.controls where controls.contains(id) { writer.empty("control-ref", [("ref", id)]) }
        writer.end()
    }

    private static func writeBreach(_ incident: Incident, _ breach: Incident.Breach, to writer: inout XMLWriter) {
        writer.start(
            "breach",
            [
                ("risk", breach.risk?.rawValue), ("deadline-utc", utc(incident.notificationDeadline)),
                ("notified-authority", breach.notifiedAuthority?.text),
                ("notified-authority-utc", utc(breach.notifiedAuthority)),
                ("hours-to-notify", incident.hoursToNotify.map(Incident.hoursText)),
                ("on-time", incident.notifiedInTime.map { $0 ? "true" : "false" }),
                ("authority-reference", breach.authorityReference),
                ("data-subjects-informed", breach.dataSubjectsInformed?.text),
                ("data-subjects-informed-utc", utc(breach.dataSubjectsInformed)),
                ("exemption", breach.exemption?.rawValue), ("data-subjects", breach.dataSubjects.map(String.init)),
                ("records", breach.records.map(String.init)),
            ])
        if let reasoning = breach.reasoning { shown("reasoning", reasoning, to: &writer) }
        if let delay = breach.delayReason { shown("delay-reason", delay, to: &writer) }
        if let reasoning = breach.exemptionReasoning { shown("exemption-reasoning", reasoning, to: &writer) }
        writer.end()
    }

    /// A text, or the element marked withheld when the text looks like contact details.
    private static func shown(_ name: String, _ text: String, to writer: inout XMLWriter) {
        if let shown = Incident.publishable(text) {
            writer.text(name, shown)
        } else {
            writer.empty(name, [("withheld", "true")])
        }
    }
}
