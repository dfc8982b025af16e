/// Writes `<risk-method>` and `<risks>` of pack.xml: the method the risks were judged by (scales,
/// grid, acceptance criteria) and each risk with its levels, treatment, actions and acceptance as
/// judged on the as-of date. References that do not resolve (E408, E609) are left out, so the
/// schema's keyrefs hold.
enum RisksXML {
    static func write(
        _ register: Register, asOf: CalendarDate, controlIDs: Set<String>, processingIDs: Set<String>,
        to writer: inout XMLWriter
    ) {
        let method = register.settings.riskMethod
        if let method { writeMethod(method, to: &writer) }
        guard method != nil || !register.risks.isEmpty else { return }
        writer.start("risks")
        var seen = Set<String>()
        for risk in register.risks where seen.insert(risk.id).inserted {
            writeRisk(
                risk, method: method, asOf: asOf, controlIDs: controlIDs, processingIDs: processingIDs, to: &writer)
        }
        writer.end()
    }

    private static func writeMethod(_ method: RiskMethod, to writer: inout XMLWriter) {
        writer.start(
            "risk-method",
            [("retain-up-to", method.levels[method.retainUpTo].key), ("review", method.review.description)])
        for (name, steps) in [("likelihood", method.likelihood), ("impact", method.impact), ("level", method.levels)] {
            for step in steps {
                writer.text(name, step.description, [("key", step.key), ("en", step.en), ("nl", step.nl)])
            }
        }
        for (l, likelihood) in method.likelihood.enumerated() {
            for (i, impact) in method.impact.enumerated() {
                writer.empty(
                    "cell",
                    [
                        ("likelihood", likelihood.key), ("impact", impact.key),
                        ("level", method.levels[method.grid[l][i]].key),
                    ])
            }
        }
        for (level, role) in method.acceptedBy.sorted(by: { $0.key < $1.key }) {
            writer.empty("accepted-by", [("level", method.levels[level].key), ("role", role)])
        }
        writer.end()
    }

    private static func writeRisk(
        _ risk: Risk, method: RiskMethod?, asOf: CalendarDate, controlIDs: Set<String>, processingIDs: Set<String>,
        to writer: inout XMLWriter
    ) {
        let judgement = method.map { RiskJudgement(risk, method: $0, asOf: asOf) }
        writer.start(
            "risk",
            [
                ("id", risk.id), ("status", risk.status?.rawValue), ("treatment", risk.treatment?.rawValue),
                ("identified", risk.identified?.description),
                ("review-by", RiskChecks.reviewDate(risk, method)?.description),
                ("acceptance-state", judgement?.acceptance?.token), ("example", risk.example ? "true" : "false"),
            ])
        writer.text("title", risk.title)
        writer.text("owner", risk.owner)
        if !risk.description.isEmpty { writer.text("description", risk.description) }
        for asset in risk.assets { writer.text("asset", asset) }
        writer.text("threat", ifPresent: risk.threat)
        writer.text("vulnerability", ifPresent: risk.vulnerability)
        for property in Risk.Property.allCases where risk.affects.contains(property) {
            writer.empty("affects", [("property", property.rawValue)])
        }
        if let inherent = risk.inherent { writeRating("inherent", inherent, method, to: &writer) }
        if let current = risk.current { writeRating("residual", current, method, to: &writer) }
        var seen = Set<String>()
        for id in risk.controls where controlIDs.contains(id) && seen.insert(id).inserted {
            writer.empty("treated-by", [("ref", id)])
        }
        for action in risk.planned {
            writer.text(
                "planned-action", action.action,
                [
                    ("owner", action.owner), ("due", action.due?.description),
                    ("overdue", action.isOverdue(asOf: asOf) ? "true" : "false"),
                ])
        }
        if let acceptance = risk.acceptance {
            writer.empty(
                "acceptance",
                [
                    ("by", acceptance.by), ("date", acceptance.on?.description), ("level", acceptance.level),
                    ("until", acceptance.until?.description),
                ])
        }
        seen = []
        for id in risk.processing where processingIDs.contains(id) && seen.insert(id).inserted {
            writer.empty("concerns", [("ref", id)])
        }
        writer.end()
    }

    private static func writeRating(
        _ name: String, _ rating: Risk.Rating, _ method: RiskMethod?, to writer: inout XMLWriter
    ) {
        writer.empty(
            name,
            [
                ("likelihood", rating.likelihood), ("impact", rating.impact),
                ("level", method.flatMap { method in method.level(rating).map { method.levels[$0].key } }),
            ])
    }
}
