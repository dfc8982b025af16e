/// Writes the management system's records into pack.xml (ISO/IEC 27001 clauses 6.2, 9.2, 9.3
/// and 10.2): `<objectives>`, `<audit-programme>`, `<nonconformities>` and
/// `<management-reviews>`, each only when the register holds such records, every list in
/// register order with the first record of each id. States are judged on the as-of date.
/// References to controls, risks, evidence and findings that do not resolve are left out, so the
/// schema's keyrefs hold; a nonconformity's requirement and raised-in, and an audit's scope, are
/// plain text (they may name a theme or an incident).
enum ManagementSystemXML {
    /// The ids the keyrefs resolve against.
    struct Known {
        let controls: Set<String>
        let risks: Set<String>
        let evidence: Set<String>
    }

    static func write(_ register: Register, asOf: CalendarDate, known: Known, to writer: inout XMLWriter) {
        let objectives = unique(register.objectives, \.id)
        if !objectives.isEmpty {
            writer.start("objectives")
            for objective in objectives { writeObjective(objective, asOf: asOf, known: known, to: &writer) }
            writer.end()
        }
        let audits = unique(register.audits, \.id)
        let nonconformities = unique(register.nonconformities, \.id)
        let findingIDs = Set(nonconformities.map(\.id))
        if !audits.isEmpty {
            let cycle = register.settings.managementSystem.cycle(containing: asOf)
            writer.start(
                "audit-programme", [("cycle-start", cycle.start.description), ("cycle-end", cycle.end.description)])
            for audit in audits {
                let findings = register.findings(of: audit.id).map(\.id).filter(findingIDs.contains)
                writeAudit(audit, cycle: cycle, asOf: asOf, known: known, findings: findings, to: &writer)
            }
            writer.end()
        }
        if !nonconformities.isEmpty {
            writer.start("nonconformities")
            for nonconformity in nonconformities { writeNonconformity(nonconformity, asOf: asOf, to: &writer) }
            writer.end()
        }
        let reviews = unique(register.reviews, \.id)
        if !reviews.isEmpty {
            writer.start("management-reviews")
            for review in reviews {
                let findings = register.findings(of: review.id).map(\.id).filter(findingIDs.contains)
                writeReview(review, asOf: asOf, known: known, findings: findings, to: &writer)
            }
            writer.end()
        }
    }

    /// `met`, `not-met` or `not-measured` (no measure, or no measurement up to `asOf`).
    static func state(of objective: Objective, asOf: CalendarDate) -> String {
        switch objective.isMet(asOf: asOf) {
        case true?: "met"
        case false?: "not-met"
        case nil: "not-measured"
        }
    }

    /// `done`, `overdue` or `open` on `asOf`.
    static func state(of action: FollowUpAction, asOf: CalendarDate) -> String {
        action.isDone(asOf: asOf) ? "done" : action.isOverdue(asOf: asOf) ? "overdue" : "open"
    }

    private static func writeObjective(
        _ objective: Objective, asOf: CalendarDate, known: Known, to writer: inout XMLWriter
    ) {
        writer.start(
            "objective",
            [
                ("id", objective.id), ("status", objective.status?.rawValue), ("due", objective.due?.description),
                ("state", state(of: objective, asOf: asOf)), ("example", objective.example ? "true" : "false"),
            ])
        writer.text("statement", objective.objective)
        writer.text("owner", objective.owner)
        if let measure = objective.measure {
            writer.text(
                "measure", measure.what,
                [
                    ("target", measure.target.text), ("unit", measure.unit), ("direction", measure.direction.rawValue),
                    ("every", measure.every?.description),
                ])
        }
        for measurement in objective.measurements.sorted(by: { $0.date < $1.date }) {
            let attributes: XMLWriter.Attributes = [
                ("date", measurement.date.description), ("value", measurement.value.text),
                ("met", objective.measure.map { $0.isMet(by: measurement.value) ? "true" : "false" }),
            ]
            if let note = measurement.note {
                writer.text("measurement", note, attributes)
            } else {
                writer.empty("measurement", attributes)
            }
        }
        references("control-ref", objective.controls, resolvingIn: known.controls, to: &writer)
        references("risk-ref", objective.risks, resolvingIn: known.risks, to: &writer)
        writer.end()
    }

    private static func writeAudit(
        _ audit: InternalAudit, cycle: (start: CalendarDate, end: CalendarDate), asOf: CalendarDate, known: Known,
        findings: [String], to writer: inout XMLWriter
    ) {
        let inCycle = audit.date.map { cycle.start <= $0 && $0 <= cycle.end } ?? false
        writer.start(
            "internal-audit",
            [
                ("id", audit.id), ("planned", audit.planned?.description),
                ("performed", audit.performed?.description),
                ("state", audit.isPerformed(asOf: asOf) ? "performed" : "planned"),
                ("in-cycle", inCycle ? "true" : "false"), ("example", audit.example ? "true" : "false"),
            ])
        writer.text("title", audit.title)
        for item in audit.scope { writer.text("scope", item) }
        writer.text("criteria", audit.criteria)
        writer.text("auditor", audit.auditor)
        if let report = audit.report, known.evidence.contains(report) { writer.empty("report", [("ref", report)]) }
        writer.text("conclusion", ifPresent: audit.conclusion)
        for id in findings { writer.empty("finding-ref", [("ref", id)]) }
        writer.end()
    }

    private static func writeNonconformity(
        _ nonconformity: Nonconformity, asOf: CalendarDate, to writer: inout XMLWriter
    ) {
        writer.start(
            "nonconformity",
            [
                ("id", nonconformity.id), ("source", nonconformity.source?.rawValue),
                ("grade", nonconformity.grade?.rawValue), ("raised", nonconformity.raised?.description),
                ("closed", nonconformity.closed?.description),
                ("state", nonconformity.isOpen(asOf: asOf) ? "open" : "closed"),
                ("example", nonconformity.example ? "true" : "false"),
            ])
        writer.text("title", nonconformity.title)
        writer.text("raised-in", ifPresent: nonconformity.raisedIn)
        writer.text("requirement", ifPresent: nonconformity.requirement)
        writer.text("description", nonconformity.description)
        writer.text("correction", ifPresent: nonconformity.correction)
        writer.text("root-cause", ifPresent: nonconformity.rootCause)
        for action in nonconformity.actions { writeAction(action, asOf: asOf, to: &writer) }
        if let review = nonconformity.effectiveness {
            let attributes: XMLWriter.Attributes = [
                ("due", review.due?.description), ("date", review.date?.description), ("by", review.by),
                ("effective", review.effective.map { $0 ? "true" : "false" }),
                ("done", review.isDone(asOf: asOf) ? "true" : "false"),
            ]
            if let result = review.result {
                writer.text("effectiveness", result, attributes)
            } else {
                writer.empty("effectiveness", attributes)
            }
        }
        writer.end()
    }

    private static func writeReview(
        _ review: ManagementReview, asOf: CalendarDate, known: Known, findings: [String], to writer: inout XMLWriter
    ) {
        writer.start(
            "management-review",
            [
                ("id", review.id), ("date", review.date?.description),
                ("state", review.isHeld(asOf: asOf) ? "held" : "planned"),
                ("example", review.example ? "true" : "false"),
            ])
        for attendee in review.attendees { writer.text("attendee", attendee) }
        for input in ManagementReview.Input.allCases {
            if let text = review.input(input) {
                writer.text("input", text, [("key", input.rawValue), ("given", "true")])
            } else {
                writer.empty("input", [("key", input.rawValue), ("given", "false")])
            }
        }
        for decision in review.decisions {
            writer.start("decision")
            writer.text("statement", decision.decision)
            for action in decision.actions { writeAction(action, asOf: asOf, to: &writer) }
            writer.end()
        }
        if let minutes = review.minutes, known.evidence.contains(minutes) {
            writer.empty("minutes", [("ref", minutes)])
        }
        for id in findings { writer.empty("finding-ref", [("ref", id)]) }
        writer.end()
    }

    private static func writeAction(_ action: FollowUpAction, asOf: CalendarDate, to writer: inout XMLWriter) {
        writer.text(
            "action", action.action,
            [
                ("owner", action.owner), ("due", action.due?.description), ("done", action.done?.description),
                ("state", state(of: action, asOf: asOf)),
            ])
    }

    private static func references(
        _ name: String, _ ids: [String], resolvingIn known: Set<String>, to writer: inout XMLWriter
    ) {
        var seen = Set<String>()
        for id in ids where known.contains(id) && seen.insert(id).inserted { writer.empty(name, [("ref", id)]) }
    }

    /// The first record of each id, in register order.
    static func unique<T>(_ records: [T], _ id: KeyPath<T, String>) -> [T] {
        var seen = Set<String>()
        return records.filter { seen.insert($0[keyPath: id]).inserted }
    }
}
