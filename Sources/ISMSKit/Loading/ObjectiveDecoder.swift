import Yams

/// Turns an objective record (`controls/objectives/*.yaml`) into an `Objective`.
enum ObjectiveDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> Objective? {
        guard let reader = RecordReader(node, path: path, schema: schema, sink: sink) else { return nil }
        let id = RecordID.read(reader)
        let objective = reader.text("objective")
        let measure = measure(reader)
        let owner = reader.text("owner")
        let due = reader.date("due")
        let measurements = measurements(reader)
        let status = reader.choice("status", as: Objective.Status.self)
        let controls = reader.strings("controls") ?? []
        let risks = reader.strings("risks") ?? []
        let example = reader.bool("example") ?? false
        guard let id else { return nil }
        return Objective(
            id: id, objective: objective ?? id, measure: measure, owner: owner ?? "", due: due,
            measurements: measurements, status: status, controls: controls, risks: risks, example: example,
            origin: reader.origin())
    }

    private static func measure(_ reader: RecordReader) -> Objective.Measure? {
        guard let mapping = reader.mapping("measure", schema: measure) else { return nil }
        let what = mapping.text("what")
        let target = mapping.number("target")
        let unit = mapping.text("unit")
        let direction = mapping.choice("direction", as: Objective.Direction.self)
        var every = mapping.period("every")
        if let period = every, period.amount == 0 {
            mapping.sink.report(
                .invalidValue, .periodNotPositive(key: "every"), at: mapping.valueLocation(of: "every"))
            every = nil
        }
        guard let what, let target, let direction else { return nil }
        return Objective.Measure(
            what: what, target: target, unit: unit ?? "", direction: direction, every: every,
            location: reader.location(of: "measure"))
    }

    private static func measurements(_ reader: RecordReader) -> [Objective.Measurement] {
        guard let items = reader.items("measurements") else { return [] }
        return items.compactMap { node, location in
            guard let item = RecordReader(node, path: reader.path, schema: measurement, sink: reader.sink, at: location)
            else { return nil }
            let date = item.date("date")
            let value = item.number("value")
            let note = item.text("note")
            guard let date, let value else { return nil }
            return Objective.Measurement(date: date, value: value, note: note, location: item.start)
        }
    }
}
