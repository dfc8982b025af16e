extension PackPage {
    /// A risk with its judgement on the as-of date (none without a risk method).
    typealias Judged = (risk: Risk, judgement: RiskJudgement?)

    /// The risk assessment and treatment results (8.2, 8.3): the method, heat maps of inherent and
    /// residual risk, the register, the treatment plan and the acceptances; every risk links to
    /// the controls that treat it, and each control in the SoA links back.
    func risksSection() -> HTMLFragment {
        let words = RiskLabels.forLanguage(content.language)
        let risks = content.register.risks
        guard let method = settings.riskMethod else {
            let missing: HTMLFragment = "<p class=\"muted\">\(words.noMethod)</p>\n"
            return risks.isEmpty ? missing : missing + riskArticles(risks.map { ($0, nil) }, method: nil, words)
        }
        let open = risks.filter { $0.status != .closed }
        let inherent = RiskHeatMap(
            method: method, ratings: open.compactMap(\.inherent), language: content.language,
            title: words.heatMapInherent, description: words.heatMapDescription, axes: (words.likelihood, words.impact))
        var residual = RiskHeatMap(
            method: method, ratings: open.compactMap(\.current), language: content.language,
            title: words.heatMapResidual, description: words.heatMapDescription, axes: (words.likelihood, words.impact))
        residual.definesPatterns = false
        let maps: HTMLFragment = """
            <div class="heat-maps">
            <figure class="chart"><figcaption>\(words.heatMapInherent)</figcaption>
            \(inherent.svg())</figure>
            <figure class="chart"><figcaption>\(words.heatMapResidual)</figcaption>
            \(residual.svg())</figure>
            </div>

            """
        guard !risks.isEmpty else { return methodTables(method, words) + "<p class=\"muted\">\(words.noRisks)</p>\n" }
        // Each risk is judged once, for the register, the acceptances and its article.
        let judged: [Judged] = risks.map { ($0, RiskJudgement($0, method: method, asOf: content.asOf)) }
        return methodTables(method, words) + maps + registerTable(judged, method: method, words)
            + treatmentPlan(risks, words) + acceptanceTable(judged, method: method, words)
            + riskArticles(judged, method: method, words)
    }

    private func methodTables(_ method: RiskMethod, _ words: RiskLabels) -> HTMLFragment {
        let language = content.language
        func scale(_ title: String, _ steps: [RiskMethod.Step]) -> HTMLFragment {
            let rows = steps.map { step in
                "<tr><td>\(step.label(language))</td><td>\(step.description)</td></tr>\n" as HTMLFragment
            }
            return """
                <table class="risk-scale">
                <thead><tr><th scope="col">\(title)</th><th scope="col">\(words.description)</th></tr></thead>
                <tbody>
                \(rows)</tbody>
                </table>

                """
        }
        let header = method.impact.map { "<th scope=\"col\">\($0.label(language))</th>" as HTMLFragment }
        let gridRows = method.likelihood.indices.reversed().map { l in
            let cells = method.impact.indices.map { i in
                let level = method.grid[l][i]
                return "<td class=\"risk-level risk-level-\(level)\">\(method.levels[level].label(language))</td>"
                    as HTMLFragment
            }
            return "<tr><th scope=\"row\">\(method.likelihood[l].label(language))</th>\(cells)</tr>\n" as HTMLFragment
        }
        let accepters = method.acceptedBy.sorted { $0.key < $1.key }.map { level, role in
            "<li>\(method.levels[level].label(language)): \(role)</li>" as HTMLFragment
        }
        return """
            <h3>\(words.method)</h3>
            \(scale(words.likelihood, method.likelihood))\(scale(words.impact, method.impact))\(scale(words.level, method.levels))<p class="subhead">\(words.grid)</p>
            <table class="risk-grid">
            <thead><tr><th scope="col">\(words.likelihood) \\ \(words.impact)</th>\(header)</tr></thead>
            <tbody>
            \(gridRows)</tbody>
            </table>
            <table class="record-table">
            <tbody>
            \(row(words.retainUpTo, "\(method.levels[method.retainUpTo].label(language))"))\(row(words.acceptedBy, "<ul>\(accepters)</ul>"))\(row(words.reviewCycle, "\(language.words(method.review))"))</tbody>
            </table>

            """
    }

    private func registerTable(_ judged: [Judged], method: RiskMethod, _ words: RiskLabels) -> HTMLFragment {
        let rows = judged.map { risk, judgement in
            """
            <tr><td class="id">\(riskLink(risk.id))</td><td>\(risk.title)</td><td>\(risk.owner)</td><td>\(levelText(judgement?.inherentLevel, method))</td><td>\(treatmentText(risk, words))</td><td>\(levelText(judgement?.currentLevel, method))</td><td>\(acceptanceBadge(judgement?.acceptance, words))</td><td>\(statusText(risk, words))</td></tr>

            """ as HTMLFragment
        }
        return """
            <h3>\(words.register)</h3>
            <table class="risks">
            <thead><tr><th scope="col">\(labels.id)</th><th scope="col">\(words.risk)</th><th scope="col">\(words.owner)</th><th scope="col">\(words.inherent)</th><th scope="col">\(words.treatment)</th><th scope="col">\(words.residual)</th><th scope="col">\(words.acceptance)</th><th scope="col">\(words.status)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
    }

    private func treatmentPlan(_ risks: [Risk], _ words: RiskLabels) -> HTMLFragment {
        let rows = risks.filter { $0.status != .closed }.flatMap { risk in
            risk.planned.map { action in
                let overdue: HTMLFragment =
                    action.due.map { $0 < content.asOf } == true
                    ? " <span class=\"state state-expired\">\(words.overdue)</span>" : ""
                let due: HTMLFragment = action.due.map { "\($0)" } ?? "–"
                return """
                    <tr><td class="id">\(riskLink(risk.id))</td><td>\(action.action)</td><td>\(action.owner)</td><td class="date">\(due)\(overdue)</td></tr>

                    """ as HTMLFragment
            }
        }
        let body: HTMLFragment =
            rows.isEmpty
            ? "<p class=\"muted\">\(words.noActions)</p>\n"
            : """
            <table class="risk-actions">
            <thead><tr><th scope="col">\(words.risk)</th><th scope="col">\(words.action)</th><th scope="col">\(words.owner)</th><th scope="col">\(words.due)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
        return "<h3>\(words.treatmentPlan)</h3>\n" + body
    }

    private func acceptanceTable(_ judged: [Judged], method: RiskMethod, _ words: RiskLabels) -> HTMLFragment {
        let rows = judged.compactMap { risk, judgement -> HTMLFragment? in
            guard let acceptance = risk.acceptance else { return nil }
            let level = method.levelIndex(acceptance.level).map { method.levels[$0].label(content.language) }
            return """
                <tr><td class="id">\(riskLink(risk.id))</td><td>\(level ?? acceptance.level)</td><td>\(acceptance.by)</td><td class="date">\(date(acceptance.on))</td><td class="date">\(date(acceptance.until))</td><td>\(acceptanceBadge(judgement?.acceptance, words))</td></tr>

                """
        }
        let body: HTMLFragment =
            rows.isEmpty
            ? "<p class=\"muted\">\(words.noAcceptances)</p>\n"
            : """
            <table class="risk-acceptances">
            <thead><tr><th scope="col">\(words.risk)</th><th scope="col">\(words.level)</th><th scope="col">\(words.owner)</th><th scope="col">\(words.acceptedOn)</th><th scope="col">\(words.acceptedUntil)</th><th scope="col">\(words.acceptanceState)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
        return "<h3>\(words.acceptances)</h3>\n" + body
    }

    /// One article per risk with everything its record says.
    private func riskArticles(_ judged: [Judged], method: RiskMethod?, _ words: RiskLabels) -> HTMLFragment {
        var seen = Set<String>()
        return judged.filter { seen.insert($0.risk.id).inserted }.map { risk, judgement in
            var facts: [HTMLFragment] = [
                row(words.owner, "\(risk.owner)"),
                row(words.status, statusText(risk, words)),
                row(words.identified, "\(date(risk.identified))"),
            ]
            if !risk.description.isEmpty { facts.append(row(words.description, "\(risk.description)")) }
            if !risk.assets.isEmpty { facts.append(row(words.assets, list(risk.assets))) }
            if let threat = risk.threat { facts.append(row(words.threat, "\(threat)")) }
            if let vulnerability = risk.vulnerability { facts.append(row(words.vulnerability, "\(vulnerability)")) }
            if !risk.affects.isEmpty {
                facts.append(
                    row(
                        words.affects,
                        "\(risk.affects.map { words.properties[$0] ?? $0.rawValue }.joined(separator: ", "))"))
            }
            facts.append(row(words.inherent, ratingText(risk.inherent, judgement?.inherentLevel, method, words)))
            facts.append(row(words.treatment, treatmentText(risk, words)))
            facts.append(row(words.treatedBy, namedList(risk.controls)))
            facts.append(row(words.residual, ratingText(risk.current, judgement?.currentLevel, method, words)))
            if let acceptance = risk.acceptance {
                let text: HTMLFragment =
                    "\(acceptance.level), \(acceptance.by), \(date(acceptance.on)) – \(date(acceptance.until)) "
                facts.append(row(words.acceptance, text + acceptanceBadge(judgement?.acceptance, words)))
            } else if let state = judgement?.acceptance {
                facts.append(row(words.acceptance, acceptanceBadge(state, words)))
            }
            if !risk.planned.isEmpty {
                let items = risk.planned.map { "<li>\($0.action) (\($0.owner), \(date($0.due)))</li>" as HTMLFragment }
                facts.append(row(words.treatmentPlan, "<ul>\(items)</ul>"))
            }
            if !risk.processing.isEmpty { facts.append(row(words.concerns, links(to: risk.processing))) }
            facts.append(row(words.reviewBy, "\(date(RiskChecks.reviewDate(risk, method)))"))
            let example: HTMLFragment = risk.example ? " <span class=\"muted\">(\(labels.example))</span>" : ""
            return """
                <article class="record risk" id="\(attribute: HTMLText.anchor("risk", risk.id))">
                <h3><span class="record-id">\(risk.id)</span> \(risk.title)\(example)</h3>
                <table class="record-table">
                <tbody>
                \(facts)</tbody>
                </table>
                </article>

                """ as HTMLFragment
        }.joined(separator: "")
    }

    /// A link to a risk's article, which index.html holds (from a listing's own page too).
    func riskLink(_ id: String) -> HTMLFragment {
        "<a href=\"\(attribute: href(toAnchor: HTMLText.anchor("risk", id)))\">\(id)</a>"
    }

    private func date(_ value: CalendarDate?) -> HTMLFragment { value.map { "\($0)" } ?? "–" }

    private func levelText(_ level: Int?, _ method: RiskMethod) -> HTMLFragment {
        level.map { "\(method.levels[$0].label(content.language))" } ?? "–"
    }

    private func ratingText(
        _ rating: Risk.Rating?, _ level: Int?, _ method: RiskMethod?, _ words: RiskLabels
    ) -> HTMLFragment {
        guard let rating else { return "–" }
        let language = content.language
        let likelihood = method.flatMap { m in
            m.likelihoodIndex(rating.likelihood).map { m.likelihood[$0].label(language) }
        }
        let impact = method.flatMap { m in m.impactIndex(rating.impact).map { m.impact[$0].label(language) } }
        let levelText: HTMLFragment =
            level.flatMap { level in method.map { " → \($0.levels[level].label(language))" } } ?? ""
        return
            "\(words.likelihood) \(likelihood ?? rating.likelihood) × \(words.impact) \(impact ?? rating.impact)\(levelText)"
    }

    private func treatmentText(_ risk: Risk, _ words: RiskLabels) -> HTMLFragment {
        risk.treatment.map { "\(words.treatments[$0] ?? $0.rawValue)" } ?? "–"
    }

    private func statusText(_ risk: Risk, _ words: RiskLabels) -> HTMLFragment {
        risk.status.map { "\(words.statuses[$0] ?? $0.rawValue)" } ?? "–"
    }

    /// The acceptance state as a badge that reads in print: the word is always there.
    private func acceptanceBadge(_ state: RiskJudgement.Acceptance?, _ words: RiskLabels) -> HTMLFragment {
        guard let state else { return "–" }
        let style: CoverageState =
            switch state {
            case .accepted: .covered
            case .notNeeded: .notApplicable
            case .missing: .missing
            case .expired, .belowCurrentLevel: .expired
            }
        return "<span class=\"state state-\(style.rawValue)\">\(words.acceptanceStates[state] ?? state.rawValue)</span>"
    }
}
