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
                let found =
                    latest.map { "its latest measurement (\(amount($0.value, measure)) on \($0.date)) does not meet" }
                    ?? "it was never measured against"
                findings.append(
                    Finding(
                        .objectiveMissed,
                        "objective \(objective.id) was due on \(due) but \(found) the target (\(measure.direction.rawValue) \(amount(measure.target, measure))): record the measurement that meets it, or set a new `due` date or withdraw it",
                        at: objective.origin.location(of: "due")))
                // Past due and missed: deciding its future comes first, the next measurement after.
                continue
            }
            let every = measure.every ?? context.settings.managementSystem.reviewInterval
            if let latest, every.after(latest.date) >= context.asOf { continue }
            let last = latest.map { "was last measured on \($0.date)" } ?? "has no measurement"
            findings.append(
                Finding(
                    .objectiveNotMeasured,
                    "objective \(objective.id) \(last), and is to be measured every \(every): measure it and add the result to `measurements`",
                    at: objective.origin.location(
                        of: objective.origin.keys["measurements"] == nil ? "measure" : "measurements")))
        }
        return findings
    }

    /// `96%`, `4 days`: a value with the measure's unit.
    static func amount(_ value: Quantity, _ measure: Objective.Measure) -> String {
        measure.unit.isEmpty || measure.unit == "%" ? "\(value)\(measure.unit)" : "\(value) \(measure.unit)"
    }

    private static func references(_ objective: Objective, _ context: CheckContext) -> [Finding] {
        let subject = "objective \(objective.id)"
        return context.unknownIDs(
            objective.controls, in: "controls", of: subject, "serves unknown control", known: context.index.controls,
            origin: objective.origin)
            + context.unknownIDs(
                objective.risks, in: "risks", of: subject, "serves unknown risk", known: context.index.risks,
                origin: objective.origin)
    }
}
