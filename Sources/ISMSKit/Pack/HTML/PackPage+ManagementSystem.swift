extension PackPage {
    var managementWords: ManagementSystemLabels { ManagementSystemLabels.forLanguage(content.language) }

    // MARK: Clauses

    /// Every clause that requires documented information, met or not on the as-of date, with
    /// links to the evidence and the register records that meet it. Always in the pack.
    func clausesSection() -> HTMLFragment {
        let words = managementWords
        let rows = content.report.clauses.map { fulfilment -> HTMLFragment in
            let clause = fulfilment.clause
            let state: HTMLFragment =
                fulfilment.isMet
                ? "<span class=\"state state-covered\">\(words.met)</span>"
                : "<span class=\"state state-missing\">\(words.notMet)</span>"
            let evidence: HTMLFragment =
                fulfilment.evidence.isEmpty ? "–" : fulfilment.evidence.map { link(to: $0) }.joined(separator: ", ")
            let records: HTMLFragment = fulfilment.records.isEmpty ? "–" : recordList(fulfilment.records, words)
            return """
                <tr id="\(attribute: HTMLText.anchor("clause", clause.number))"><td class="id">\(clause.number)</td><td>\(clause.title)</td><td>\(state)</td><td>\(evidence)</td><td>\(records)</td></tr>

                """
        }
        return """
            <p>\(words.clausesIntro)</p>
            <table class="clauses">
            <thead><tr><th scope="col">\(words.clause)</th><th scope="col">\(words.clauseTitle)</th><th scope="col">\(words.howMet)</th><th scope="col">\(words.evidence)</th><th scope="col">\(words.records)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
    }

    /// The records that meet a clause, one line per kind in order of appearance: the kind, then
    /// links to its records (twelve risks make one line, not twelve).
    private func recordList(_ records: [ClauseFulfilment.Record], _ words: ManagementSystemLabels) -> HTMLFragment {
        var kinds: [ClauseFulfilment.Record.Kind] = []
        for record in records where !kinds.contains(record.kind) { kinds.append(record.kind) }
        let lines = kinds.map { kind -> HTMLFragment in
            let label = words.recordKinds[kind] ?? kind.rawValue
            switch kind {
            case .scope, .riskMethod: return "<li>\(label)</li>"
            case .statementOfApplicability:
                return "<li><a href=\"\(attribute: href(toAnchor: "soa"))\">\(label)</a></li>"
            default:
                let links = records.filter { $0.kind == kind }.map(recordLink).joined(separator: ", ")
                return "<li>\(label): \(links)</li>"
            }
        }
        return "<ul>\(lines)</ul>"
    }

    private func recordLink(_ record: ClauseFulfilment.Record) -> HTMLFragment {
        switch record.kind {
        case .scope, .riskMethod, .statementOfApplicability: "\(record.id)"
        case .risk: riskLink(record.id)
        case .objective: anchorLink("objective", record.id)
        case .audit: anchorLink("audit", record.id)
        case .nonconformity: anchorLink("nonconformity", record.id)
        case .review: anchorLink("review", record.id)
        }
    }

    /// A link to an article of index.html by its prefix and id.
    func anchorLink(_ prefix: String, _ id: String) -> HTMLFragment {
        "<a href=\"\(attribute: href(toAnchor: HTMLText.anchor(prefix, id)))\">\(id)</a>"
    }

    /// A clause id as a link to its row of the clause table (clauses requiring documented
    /// information), else its number and title; a control, risk or other id as `link(to:)`.
    func requirementLink(_ id: String) -> HTMLFragment {
        guard let clause = ClauseCatalog.clause(id) else { return link(to: id) }
        let name: HTMLFragment = "\(clause.number) \(clause.title)"
        guard clause.requiresDocumentedInformation else { return name }
        return "<a href=\"\(attribute: href(toAnchor: HTMLText.anchor("clause", clause.number)))\">\(name)</a>"
    }

    private func date(_ value: CalendarDate?) -> HTMLFragment { value.map { "\($0)" } ?? "–" }

    private func stateBadge(_ text: String, _ style: CoverageState) -> HTMLFragment {
        "<span class=\"state state-\(style.rawValue)\">\(text)</span>"
    }

    private func unique<T>(_ records: [T], _ id: KeyPath<T, String>) -> [T] {
        ManagementSystemXML.unique(records, id)
    }

    // MARK: Objectives

    /// The objectives (6.2): a table, then each objective with its chart and measurements.
    func objectivesSection() -> HTMLFragment {
        let words = managementWords
        let asOf = content.asOf
        let objectives = unique(content.register.objectives, \.id)
        let rows = objectives.map { objective -> HTMLFragment in
            let latest = objective.latest(asOf: asOf)
            return """
                <tr><td class="id">\(anchorLink("objective", objective.id))</td><td>\(objective.objective)</td><td>\(measureText(objective.measure, words))</td><td>\(latest.map { "\($0.value.text) (\($0.date))" as HTMLFragment } ?? "–")</td><td>\(objectiveBadge(objective, words))</td><td>\(objective.owner)</td><td class="date">\(date(objective.due))</td></tr>

                """
        }
        let table: HTMLFragment = """
            <table class="objectives">
            <thead><tr><th scope="col">\(labels.id)</th><th scope="col">\(words.objective)</th><th scope="col">\(words.target)</th><th scope="col">\(words.latest)</th><th scope="col">\(words.state)</th><th scope="col">\(words.owner)</th><th scope="col">\(words.due)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
        return table + objectives.map { objectiveArticle($0, words) }.joined(separator: "")
    }

    private func measureText(_ measure: Objective.Measure?, _ words: ManagementSystemLabels) -> HTMLFragment {
        guard let measure else { return "–" }
        return
            "\(words.directions[measure.direction] ?? measure.direction.rawValue) \(measure.target.text) \(measure.unit)"
    }

    private func objectiveBadge(_ objective: Objective, _ words: ManagementSystemLabels) -> HTMLFragment {
        let token = ManagementSystemXML.state(of: objective, asOf: content.asOf)
        let style: CoverageState = token == "met" ? .covered : token == "not-met" ? .expired : .missing
        return stateBadge(words.objectiveState(token), style)
    }

    private func objectiveArticle(_ objective: Objective, _ words: ManagementSystemLabels) -> HTMLFragment {
        let measured = objective.measurements.filter { $0.date <= content.asOf }.sorted { $0.date < $1.date }
        var facts: [HTMLFragment] = [
            row(words.owner, "\(objective.owner)"),
            row(words.status, objective.status.map { "\(words.objectiveStatuses[$0] ?? $0.rawValue)" } ?? "–"),
            row(words.due, date(objective.due)),
        ]
        if let measure = objective.measure {
            let every: HTMLFragment = measure.every.map { ", \(content.language.words($0))" } ?? ""
            facts.append(row(words.measure, "\(measure.what): \(measureText(measure, words))\(every)"))
        }
        facts.append(row(words.state, objectiveBadge(objective, words)))
        facts.append(row(words.controls, namedList(objective.controls)))
        if !objective.risks.isEmpty {
            facts.append(row(words.risks, objective.risks.map { link(to: $0) }.joined(separator: ", ")))
        }
        var chart: HTMLFragment = ""
        if let measure = objective.measure, !measured.isEmpty {
            let title = "\(words.measurements): \(objective.id)"
            chart =
                "<figure class=\"chart\"><figcaption>\(words.measurements)</figcaption>\n"
                + ObjectiveChart(
                    measure: measure, measurements: measured, title: title, description: words.chartDescription
                ).svg() + "</figure>\n"
        }
        var table: HTMLFragment = ""
        if !objective.measurements.isEmpty {
            let rows = objective.measurements.sorted { $0.date < $1.date }.map { measurement -> HTMLFragment in
                let met: HTMLFragment =
                    objective.measure.map { measure in
                        measure.isMet(by: measurement.value)
                            ? stateBadge(words.objectiveState("met"), .covered)
                            : stateBadge(words.objectiveState("not-met"), .expired)
                    } ?? "–"
                return """
                    <tr><td class="date">\(measurement.date)</td><td>\(measurement.value.text)</td><td>\(met)</td><td>\(measurement.note.map { "\($0)" as HTMLFragment } ?? "")</td></tr>

                    """
            }
            table = """
                <table class="measurements">
                <thead><tr><th scope="col">\(words.date)</th><th scope="col">\(words.value)</th><th scope="col">\(words.howMet)</th><th scope="col">\(words.note)</th></tr></thead>
                <tbody>
                \(rows)</tbody>
                </table>

                """
        }
        let example: HTMLFragment = objective.example ? " <span class=\"muted\">(\(labels.example))</span>" : ""
        return """
            <article class="record objective" id="\(attribute: HTMLText.anchor("objective", objective.id))">
            <h3><span class="record-id">\(objective.id)</span> \(objective.objective)\(example)</h3>
            <table class="record-table">
            <tbody>
            \(facts)</tbody>
            </table>
            \(chart)\(table)</article>

            """
    }

    // MARK: Audit programme

    /// The internal audit programme (9.2): the cycle as a grid of the auditable clauses by the
    /// audits in it, then each audit with its findings.
    func auditProgrammeSection() -> HTMLFragment {
        let words = managementWords
        let asOf = content.asOf
        let cycle = settings.managementSystem.cycle(containing: asOf)
        let audits = unique(content.register.audits, \.id)
        let inCycle = audits.filter { audit in audit.date.map { cycle.start <= $0 && $0 <= cycle.end } ?? false }
            .sorted { ($0.date!, $0.id) < ($1.date!, $1.id) }
        var out: HTMLFragment =
            "<p>\(words.cycle): <strong>\(cycle.start)</strong> – <strong>\(cycle.end)</strong></p>\n"
        if inCycle.isEmpty {
            out += "<p class=\"muted\">\(words.noAuditsInCycle)</p>\n"
        } else {
            let header = inCycle.map {
                "<th scope=\"col\">\(anchorLink("audit", $0.id))<br />\(date($0.date))</th>" as HTMLFragment
            }
            let rows = ClauseCatalog.auditable.map { clause -> HTMLFragment in
                var covered: CoverageState = .missing
                let cells = inCycle.map { audit -> HTMLFragment in
                    guard Self.scope(audit.scope, covers: clause) else { return "<td>–</td>" }
                    if audit.isPerformed(asOf: asOf) {
                        covered = .covered
                        return "<td>\(stateBadge(words.audited, .covered))</td>"
                    }
                    if covered == .missing { covered = .expiring }
                    return "<td>\(stateBadge(words.plannedCell, .expiring))</td>"
                }
                let total: HTMLFragment =
                    switch covered {
                    case .covered: stateBadge(words.audited, .covered)
                    case .expiring: stateBadge(words.plannedCell, .expiring)
                    default: stateBadge(words.notCovered, .missing)
                    }
                return "<tr><th scope=\"row\">\(requirementLink(clause.id))</th>\(cells)<td>\(total)</td></tr>\n"
            }
            out += """
                <table class="audit-grid">
                <caption>\(words.gridCaption)</caption>
                <thead><tr><th scope="col">\(words.clause)</th>\(header)<th scope="col">\(words.inCycle)</th></tr></thead>
                <tbody>
                \(rows)</tbody>
                </table>

                """
        }
        return out + audits.map { auditArticle($0, words) }.joined(separator: "")
    }

    /// True when a scope item names the clause, a clause within it or one that holds it.
    static func scope(_ scope: [String], covers clause: CatalogClause) -> Bool {
        scope.contains { item in
            guard let named = ClauseCatalog.clause(item) else { return false }
            return clause.isWithin(named) || named.isWithin(clause)
        }
    }

    private func auditArticle(_ audit: InternalAudit, _ words: ManagementSystemLabels) -> HTMLFragment {
        let performed = audit.isPerformed(asOf: content.asOf)
        let findings = unique(content.register.findings(of: audit.id), \.id)
        let scope: HTMLFragment =
            audit.scope.isEmpty
            ? "\(labels.none)" : "<ul>\(audit.scope.map { "<li>\(requirementLink($0))</li>" as HTMLFragment })</ul>"
        var facts: [HTMLFragment] = [
            row(words.planned, date(audit.planned)),
            row(
                words.performed,
                date(audit.performed) + " "
                    + stateBadge(
                        words.auditStates[performed ? "performed" : "planned"] ?? "", performed ? .covered : .expiring)),
            row(words.scope, scope),
            row(words.criteria, text(audit.criteria)),
            row(words.auditor, text(audit.auditor)),
            row(words.report, audit.report.map { link(to: $0) } ?? "–"),
        ]
        if let conclusion = audit.conclusion { facts.append(row(words.conclusion, "\(conclusion)")) }
        facts.append(row(words.findings, findingsList(findings, words)))
        let example: HTMLFragment = audit.example ? " <span class=\"muted\">(\(labels.example))</span>" : ""
        return """
            <article class="record audit" id="\(attribute: HTMLText.anchor("audit", audit.id))">
            <h3><span class="record-id">\(audit.id)</span> \(audit.title)\(example)</h3>
            <table class="record-table">
            <tbody>
            \(facts)</tbody>
            </table>
            </article>

            """
    }

    private func findingsList(_ findings: [Nonconformity], _ words: ManagementSystemLabels) -> HTMLFragment {
        guard !findings.isEmpty else { return "\(labels.none)" }
        let items = findings.map { finding -> HTMLFragment in
            let grade: HTMLFragment = finding.grade.map { " (\(words.grades[$0] ?? $0.rawValue))" } ?? ""
            return "<li>\(anchorLink("nonconformity", finding.id)) \(finding.title)\(grade)</li>"
        }
        return "<ul>\(items)</ul>"
    }

    // MARK: Nonconformities

    /// Nonconformities, observations and opportunities (10.2): a table, then each with its
    /// correction, root cause, actions (overdue marked), effectiveness review and closure.
    func nonconformitiesSection() -> HTMLFragment {
        let words = managementWords
        let asOf = content.asOf
        let nonconformities = unique(content.register.nonconformities, \.id)
        let rows = nonconformities.map { nc -> HTMLFragment in
            let overdue = nc.isOpen(asOf: asOf) && nc.actions.contains { $0.isOverdue(asOf: asOf) }
            let flag: HTMLFragment = overdue ? " \(stateBadge(words.actionStates["overdue"] ?? "", .expired))" : ""
            return """
                <tr><td class="id">\(anchorLink("nonconformity", nc.id))</td><td>\(nc.title)</td><td>\(gradeText(nc, words))</td><td>\(nc.requirement.map { requirementLink($0) } ?? "–")</td><td class="date">\(date(nc.raised))</td><td>\(openBadge(nc, words))\(flag)</td></tr>

                """
        }
        let table: HTMLFragment = """
            <table class="nonconformities">
            <thead><tr><th scope="col">\(labels.id)</th><th scope="col">\(words.finding)</th><th scope="col">\(words.grade)</th><th scope="col">\(words.requirement)</th><th scope="col">\(words.raised)</th><th scope="col">\(words.status)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
        return table + nonconformities.map { nonconformityArticle($0, words) }.joined(separator: "")
    }

    private func gradeText(_ nc: Nonconformity, _ words: ManagementSystemLabels) -> HTMLFragment {
        nc.grade.map { "\(words.grades[$0] ?? $0.rawValue)" } ?? "–"
    }

    private func openBadge(_ nc: Nonconformity, _ words: ManagementSystemLabels) -> HTMLFragment {
        nc.isOpen(asOf: content.asOf)
            ? stateBadge(words.openStates["open"] ?? "open", .expiring)
            : stateBadge(words.openStates["closed"] ?? "closed", .covered)
    }

    private func actionList(_ actions: [FollowUpAction], _ words: ManagementSystemLabels) -> HTMLFragment {
        guard !actions.isEmpty else { return "\(labels.none)" }
        let items = actions.map { action -> HTMLFragment in
            let token = ManagementSystemXML.state(of: action, asOf: content.asOf)
            let style: CoverageState = token == "done" ? .covered : token == "overdue" ? .expired : .expiring
            let done: HTMLFragment = action.done.map { ", \(words.done.lowercased()) \($0)" } ?? ""
            return
                "<li>\(action.action) (\(action.owner), \(words.due.lowercased()) \(date(action.due))\(done)) \(stateBadge(words.actionStates[token] ?? token, style))</li>"
        }
        return "<ul>\(items)</ul>"
    }

    private func nonconformityArticle(_ nc: Nonconformity, _ words: ManagementSystemLabels) -> HTMLFragment {
        var facts: [HTMLFragment] = [
            row(words.grade, gradeText(nc, words)),
            row(words.source, nc.source.map { "\(words.sources[$0] ?? $0.rawValue)" } ?? "–"),
            row(words.raisedIn, nc.raisedIn.map { raisedInLink($0) } ?? "–"),
            row(words.requirement, nc.requirement.map { requirementLink($0) } ?? "–"),
            row(words.raised, date(nc.raised)),
            row(words.description, text(nc.description)),
            row(words.correction, text(nc.correction)),
        ]
        if nc.grade?.isNonconformity ?? true || nc.rootCause != nil {
            facts.append(row(words.rootCause, text(nc.rootCause)))
        }
        facts.append(row(words.correctiveActions, actionList(nc.actions, words)))
        if let review = nc.effectiveness {
            let done = review.isDone(asOf: content.asOf)
            var value: HTMLFragment = "\(words.due.lowercased()) \(date(review.due))"
            if let reviewed = review.date {
                value = "\(reviewed)" + (review.by.map { " \(words.reviewedBy) \($0)" as HTMLFragment } ?? "")
            }
            if let result = review.result { value += ": \(result)" }
            let state: HTMLFragment =
                review.effective.map {
                    $0 ? stateBadge(words.effective, .covered) : stateBadge(words.notEffective, .expired)
                } ?? (done ? "" : stateBadge(words.actionStates["open"] ?? "open", .expiring))
            facts.append(row(words.effectiveness, value + " " + state))
        }
        facts.append(row(words.closed, date(nc.closed) + " " + openBadge(nc, words)))
        let example: HTMLFragment = nc.example ? " <span class=\"muted\">(\(labels.example))</span>" : ""
        return """
            <article class="record nonconformity" id="\(attribute: HTMLText.anchor("nonconformity", nc.id))">
            <h3><span class="record-id">\(nc.id)</span> \(nc.title)\(example)</h3>
            <table class="record-table">
            <tbody>
            \(facts)</tbody>
            </table>
            </article>

            """
    }

    private func raisedInLink(_ id: String) -> HTMLFragment {
        if content.register.audits.contains(where: { $0.id == id }) { return anchorLink("audit", id) }
        if content.register.reviews.contains(where: { $0.id == id }) { return anchorLink("review", id) }
        return "\(id)"
    }

    // MARK: Management reviews

    /// The management reviews (9.3): each with its attendees, all ten inputs of 9.3.2 (the ones
    /// left out marked), the decisions with their actions, the minutes and the findings raised.
    func reviewsSection() -> HTMLFragment {
        let words = managementWords
        let reviews = unique(content.register.reviews, \.id)
        return reviews.map { review -> HTMLFragment in
            let held = review.isHeld(asOf: content.asOf)
            let inputs = ManagementReview.Input.allCases.map { input -> HTMLFragment in
                let body: HTMLFragment =
                    review.input(input).map {
                        "<div class=\"narrative\">\n\(HTMLFragment(trusted: SafeMarkdown.html($0)))</div>"
                    } ?? "<span class=\"state state-missing\">\(words.notGiven)</span>"
                return row(input.title(content.language), body)
            }
            let decisions = review.decisions.map { decision -> HTMLFragment in
                "<li>\(decision.decision)\(actionList(decision.actions, words))</li>"
            }
            let findings = unique(content.register.findings(of: review.id), \.id)
            let facts: [HTMLFragment] = [
                row(
                    words.date,
                    date(review.date) + " "
                        + stateBadge(words.reviewStates[held ? "held" : "planned"] ?? "", held ? .covered : .expiring)),
                row(words.attendees, list(review.attendees)),
                row(words.minutes, review.minutes.map { link(to: $0) } ?? "–"),
            ]
            let example: HTMLFragment = review.example ? " <span class=\"muted\">(\(labels.example))</span>" : ""
            let decisionList: HTMLFragment = decisions.isEmpty ? "\(labels.none)" : "<ol>\(decisions)</ol>"
            return """
                <article class="record review" id="\(attribute: HTMLText.anchor("review", review.id))">
                <h3><span class="record-id">\(review.id)</span> \(words.review) \(date(review.date))\(example)</h3>
                <table class="record-table">
                <tbody>
                \(facts)</tbody>
                </table>
                <p class="subhead">\(words.inputs)</p>
                <table class="record-table review-inputs">
                <tbody>
                \(inputs)</tbody>
                </table>
                <p class="subhead">\(words.decisions)</p>
                \(decisionList)
                <table class="record-table">
                <tbody>
                \(row(words.findings, findingsList(findings, words)))</tbody>
                </table>
                </article>

                """
        }.joined(separator: "")
    }
}
