extension PackPage {
    /// The Statement of Applicability: one row per control, Annex A by theme, then the
    /// organisation's own controls, each linking to its section and to its evidence.
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
        return """
            <table class="soa">
            <thead><tr><th scope="col">\(labels.id)</th><th scope="col">\(labels.title)</th><th scope="col">\(labels.applicable)</th><th scope="col">\(labels.status)</th><th scope="col">\(labels.owner)</th><th scope="col">\(labels.state)</th><th scope="col">\(labels.evidence)</th><th scope="col">\(RiskLabels.forLanguage(content.language).risks)</th></tr></thead>
            \(bodies)</table>

            """
    }

    private func soaRow(_ control: Control) -> HTMLFragment {
        let status: HTMLFragment = labels.status(of: control).map { "\($0)" } ?? "–"
        let evidence = (supporting[control.id] ?? []).map { link(to: $0.id) }
        let risks = (risksByControl[control.id] ?? []).map { riskLink($0.id) }
        return """
            <tr><td class="id">\(link(to: control.id))</td><td>\(control.title)</td><td>\(labels.yesNo(control.applicable))</td><td>\(status)</td><td>\(control.owner)</td><td>\(badge(controlState(control)))</td><td>\(evidence.isEmpty ? "–" : evidence.joined(separator: ", "))</td><td>\(risks.isEmpty ? "–" : risks.joined(separator: ", "))</td></tr>

            """
    }
}
