import Foundation
import Yams

/// Turns an incident record (`controls/incidents/*.yaml`) into an `Incident`. What the GDPR
/// requires of a breach (notification, reasons, informing data subjects) is judged by the check,
/// which knows the as-of date; the decoder reports what cannot be read.
enum IncidentDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> Incident? {
        guard let reader = RecordReader(node, path: path, schema: schema, sink: sink) else { return nil }
        let id = RecordID.read(reader)
        let title = reader.text("title")
        let detected = instant(reader, "detected")
        let aware = instant(reader, "aware", required: true)
        let category = reader.text("category")
        let severity = reader.choice("severity", as: Incident.Severity.self)
        let description = reader.text("description")
        let assets = reader.strings("assets") ?? []
        let processing = reader.strings("processing") ?? []
        let controls = reader.strings("controls") ?? []
        let isBreach = reader.bool("personal-data-breach") ?? false
        let breach = decodeBreach(reader, required: isBreach)
        if !isBreach, breach != nil {
            sink.report(
                .invalidValue,
                .breachWithoutFlag(reader.subject),
                at: reader.location(of: "breach"))
        }
        let closed = reader.date("closed")
        let remedial = reader.text("remedial-action", required: closed != nil)
        let lessons = reader.text("lessons")
        let nonconformities = reader.strings("nonconformities") ?? []
        let example = reader.bool("example") ?? false
        guard let id else { return nil }
        return Incident(
            id: id, title: title ?? id, detected: detected, aware: aware, category: category, severity: severity,
            description: description ?? "", assets: assets, processing: processing, controls: controls,
            personalDataBreach: isBreach, breach: isBreach ? breach : nil, remedialAction: remedial,
            lessons: lessons, nonconformities: nonconformities, closed: closed, example: example,
            origin: reader.origin())
    }

    private static func decodeBreach(_ reader: RecordReader, required: Bool) -> Incident.Breach? {
        guard let mapping = reader.mapping("breach", schema: breach, required: required) else { return nil }
        var result = Incident.Breach()
        result.risk = mapping.choice("risk", as: Incident.BreachRisk.self)
        result.reasoning = mapping.text("reasoning")
        result.notifiedAuthority = instant(mapping, "notified-authority")
        result.authorityReference = mapping.text("authority-reference")
        result.delayReason = mapping.text("delay-reason")
        result.dataSubjectsInformed = instant(mapping, "data-subjects-informed")
        if let exemption = mapping.mapping("exemption", schema: Self.exemption) {
            result.exemption = exemption.choice("ground", as: Incident.Exemption.self)
            result.exemptionReasoning = exemption.text("reasoning")
        }
        result.dataSubjects = mapping.wholeNumber(
            "data-subjects", in: 0...Int.max, example: 14, isCount: true)
        result.records = mapping.wholeNumber("records", in: 0...Int.max, example: 14, isCount: true)
        result.origin = mapping.origin()
        return result
    }

    /// A date and time with an offset or zone, else nil after reporting at its value.
    static func instant(_ reader: RecordReader, _ key: String, required: Bool? = nil) -> Instant? {
        guard let text = reader.string(key, required: required) else { return nil }
        switch Instant.parse(text) {
        case .success(let instant): return instant
        case .failure(let problem):
            reader.sink.report(
                .invalidValue, .timeInvalid(key: key, detail: problem.message), at: reader.valueLocation(of: key))
            return nil
        }
    }
}
