extension PackPage {
    /// The Statement of Applicability: one row per control, Annex A by theme, then the
    /// organisation's own controls, each linking to its section and to its evidence. The
    /// decision and its justification sit side by side, with the risks and requirements that
    /// give the reason, so that one table is the SoA an auditor signs off on screen and on paper.
    func statementOfApplicabilitySection() -> HTMLFragment {
        var groups: [(String, [Control])] = Theme.allCases.map { theme in
            ("\(theme.clause) \(labels.theme(theme))", annexA.filter { $0.catalogEntry?.theme == theme })
        }
        if !custom.isEmpty { groups.append((labels.customControls, custom)) }
        let bodies = groups.filter { !$0.1.isEmpty }.map { group in
            """
            <tbody>
            <tr class="group"><th colspan="8" scope="colgroup">\(group.0)</th></tr>
            \(group.1.map(soaRow))</tbody>

            """ as HTMLFragment
        }
        let columns = [
            labels.id, labels.title, labels.applicable, labels.justification, labels.status, labels.owner, labels.state,
            labels.evidence,
        ]
        return """
            <table class="soa">
            <thead><tr>\(columns.map { "<th scope=\"col\">\($0)</th>" as HTMLFragment })</tr></thead>
            \(bodies)</table>

            """
    }

    private func soaRow(_ control: Control) -> HTMLFragment {
        let status: HTMLFragment = labels.status(of: control).map { "\($0)" } ?? "–"
        let evidence = (supporting[control.id] ?? []).map { link(to: $0.id) }
        return """
            <tr><td class="id">\(link(to: control.id))</td><td>\(control.title)</td><td>\(labels.yesNo(control.applicable))</td><td class="justification">\(soaReasons(control))</td><td>\(status)</td><td>\(control.owner)</td><td>\(badge(controlState(control)))\(exampleMark(control))</td><td class="evidence">\(evidence.isEmpty ? "–" : evidence.joined(separator: ", "))</td></tr>

            """
    }

    /// The justification, then on one line the risks the control treats and the requirements it meets.
    private func soaReasons(_ control: Control) -> HTMLFragment {
        let words = RiskLabels.forLanguage(content.language)
        var reasons: [HTMLFragment] = []
        if let risks = risksByControl[control.id], !risks.isEmpty {
            reasons.append("\(words.risks): \(risks.map { riskLink($0.id) }.joined(separator: ", "))")
        }
        if !control.requirements.isEmpty {
            reasons.append("\(words.requirements): \(control.requirements.joined(separator: "; "))")
        }
        guard !reasons.isEmpty else { return text(control.justification) }
        return text(control.justification) + "<span class=\"soa-reason\">\(reasons.joined(separator: " · "))</span>"
    }
}
