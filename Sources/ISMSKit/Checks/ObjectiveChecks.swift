/// Information security objectives (6.2): the controls and risks they name exist, an active
/// objective past its due date meets its target (W701), and one is measured as often as it says
/// (W702).
enum ObjectiveChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for objective in context.register.objectives {
            findings += references(objective, context)
            guard objective.status == .active, let measure = objective.measure else { continue }
            let latest = objective.latest(asOf: context.asOf)
            if let due = objective.due, due < context.asOf, objective.isMet(asOf: context.asOf) != true {
                findings.append(
                    Finding(
                        .objectiveMissed,
                        .objectiveMissed(
                            objective.id, due: due, latest: latest.map { amount($0.value, measure) },
                            latestDate: latest?.date, direction: measure.direction,
                            target: amount(measure.target, measure)),
                        at: objective.origin.location(of: "due")))
                // Past due and missed: deciding its future comes first, the next measurement after.
                continue
            }
            let every = measure.every ?? context.settings.managementSystem.reviewInterval
            if let latest, every.after(latest.date) >= context.asOf { continue }
            findings.append(
                Finding(
                    .objectiveNotMeasured,
                    .objectiveNotMeasured(objective.id, lastMeasured: latest?.date, every: every),
                    at: objective.origin.location(
                        of: !objective.origin.has("measurements") ? "measure" : "measurements")))
        }
        return findings
    }

    /// `96%`, `4 days`: a value with the measure's unit.
    static func amount(_ value: Quantity, _ measure: Objective.Measure) -> String {
        measure.unit.isEmpty || measure.unit == "%" ? "\(value)\(measure.unit)" : "\(value) \(measure.unit)"
    }

    private static func references(_ objective: Objective, _ context: CheckContext) -> [Finding] {
        let subject = FindingSubject("objective", id: objective.id)
        return context.unknownIDs(
            objective.controls, in: "controls", of: subject, .servedControl, known: context.index.controls,
            origin: objective.origin)
            + context.unknownIDs(
                objective.risks, in: "risks", of: subject, .servedRisk, known: context.index.risks,
                origin: objective.origin)
    }
}
