import Yams

/// Turns a risk record (`controls/risks/*.yaml`) into a `Risk`. Scale keys are read as text and
/// judged against the risk method by `RiskChecks`.
enum RiskDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> Risk? {
        guard let reader = RecordReader(node, path: path, schema: schema, sink: sink) else { return nil }
        let id = RecordID.read(reader)
        let title = reader.text("title")
        let description = reader.text("description") ?? ""
        let assets = reader.strings("assets") ?? []
        let threat = reader.text("threat")
        let vulnerability = reader.text("vulnerability")
        let affects = properties(reader)
        let owner = reader.text("owner")
        let identified = reader.date("identified")
        let inherent = rating(reader, "inherent")
        let treatment = reader.choice("treatment", as: Risk.Treatment.self)
        // A `modify` without controls is E608 (RiskChecks), reported once rather than also as E101.
        let controls = reader.strings("controls") ?? []
        let planned = actions(reader)
        let residual = rating(reader, "residual")
        let acceptance = acceptance(reader)
        let processing = reader.strings("processing") ?? []
        let reviewBy = reader.date("review-by")
        let status = reader.choice("status", as: Risk.Status.self)
        let example = reader.bool("example") ?? false
        guard let id else { return nil }
        return Risk(
            id: id, title: title ?? id, description: description, assets: assets, threat: threat,
            vulnerability: vulnerability, affects: affects, owner: owner ?? "", identified: identified,
            inherent: inherent, treatment: treatment, controls: controls, planned: planned, residual: residual,
            acceptance: acceptance, processing: processing, reviewBy: reviewBy, status: status, example: example,
            origin: reader.origin())
    }

    private static func properties(_ reader: RecordReader) -> [Risk.Property] {
        guard let values = reader.strings("affects") else { return [] }
        let allowed = Risk.Property.allCases.map(\.rawValue)
        return values.compactMap { value in
            if let property = Risk.Property(rawValue: value) { return property }
            reader.sink.report(
                .invalidValue,
                .riskAffectsNotAllowed(
                    value: value, allowed: allowed, suggestion: ClosestMatch.suggestion(for: value, among: allowed)),
                at: reader.origin().location(ofItem: value, in: "affects"))
            return nil
        }
    }

    private static func rating(_ reader: RecordReader, _ key: String) -> Risk.Rating? {
        guard let mapping = reader.mapping(key, schema: rating) else { return nil }
        let likelihood = mapping.text("likelihood")
        let impact = mapping.text("impact")
        guard let likelihood, let impact else { return nil }
        return Risk.Rating(likelihood: likelihood, impact: impact, location: reader.location(of: key))
    }

    private static func actions(_ reader: RecordReader) -> [Risk.Action] {
        guard let items = reader.items("planned") else { return [] }
        return items.compactMap { node, location in
            guard let item = RecordReader(node, path: reader.path, schema: action, sink: reader.sink, at: location)
            else { return nil }
            let text = item.text("action")
            let owner = item.text("owner")
            let due = item.date("due")
            guard let text else { return nil }
            return Risk.Action(action: text, owner: owner ?? "", due: due, location: item.start)
        }
    }

    private static func acceptance(_ reader: RecordReader) -> Risk.Acceptance? {
        guard let mapping = reader.mapping("acceptance", schema: acceptanceRecord) else { return nil }
        let by = mapping.text("by")
        let on = mapping.date("date")
        let level = mapping.text("level")
        let until = mapping.date("until")
        if let on, let until, until < on {
            reader.sink.report(
                .invalidValue, .riskAcceptanceUntilBeforeDate(until: until, date: on),
                at: mapping.valueLocation(of: "until"))
        }
        guard let by, let level else { return nil }
        return Risk.Acceptance(by: by, on: on, level: level, until: until, location: reader.location(of: "acceptance"))
    }
}
