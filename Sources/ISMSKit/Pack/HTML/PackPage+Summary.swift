extension PackPage {
    /// Counts, the chart of evidence state by Annex A theme, and the same numbers as a table.
    func summarySection() -> HTMLFragment {
        let diagnostics = content.report.diagnostics
        var counts: [(String, Int)] = [
            (labels.annexAControlCount, annexA.count),
            (labels.applicableCount, annexA.count { $0.applicable == true }),
            (labels.excludedCount, annexA.count { $0.applicable == false }),
            (labels.customControlCount, custom.count),
            (labels.processingCount, processing.count + processorProcessing.count),
            (labels.partyCount, parties.count),
            (labels.evidenceCount, evidence.count),
        ]
        if !content.incidents.isEmpty {
            let words = IncidentLabels.forLanguage(content.language)
            let incidents = content.incidents
            counts += [
                (words.incidentCount, incidents.count),
                (words.breachCount, incidents.count(where: \.personalDataBreach)),
            ]
        }
        counts += [(labels.errorCount, diagnostics.errorCount), (labels.warningCount, diagnostics.warningCount)]
        let rows = Theme.allCases.map { theme in
            var byState: [CoverageState: Int] = [:]
            for control in annexA where control.catalogEntry?.theme == theme {
                byState[controlState(control), default: 0] += 1
            }
            return CoverageChart.Row(label: "\(theme.clause) \(labels.theme(theme))", counts: byState)
        }
        let chart = CoverageChart(rows: rows, labels: labels)
        return """
            <table class="counts">
            <tbody>
            \(counts.map { row($0.0, "\($0.1)") })</tbody>
            </table>
            <figure class="chart">
            <figcaption>\(labels.chartTitle)</figcaption>
            \(chart.svg())</figure>
            \(stateTable(rows))
            """
    }

    /// The state of a control as the SoA shows it; a control without coverage counts as missing.
    func controlState(_ control: Control) -> CoverageState {
        state(of: control.id) ?? (control.applicable == false ? .notApplicable : .missing)
    }

    private func stateTable(_ rows: [CoverageChart.Row]) -> HTMLFragment {
        let states = CoverageState.allCases
        let header = states.map { "<th scope=\"col\">\(badge($0))</th>" as HTMLFragment }
        let body = rows.map { chartRow in
            let cells = states.map { "<td class=\"number\">\(chartRow.counts[$0] ?? 0)</td>" as HTMLFragment }
            return
                "<tr><th scope=\"row\">\(chartRow.label)</th>\(cells)<td class=\"number\">\(chartRow.total)</td></tr>\n"
                as HTMLFragment
        }
        let totals = states.map { state in
            "<td class=\"number\">\(rows.reduce(0) { $0 + ($1.counts[state] ?? 0) })</td>" as HTMLFragment
        }
        return """
            <table class="state-table">
            <thead><tr><th scope="col">\(labels.theme)</th>\(header)<th scope="col">\(labels.total)</th></tr></thead>
            <tbody>
            \(body)</tbody>
            <tfoot><tr><th scope="row">\(labels.total)</th>\(totals)<td class="number">\(rows.reduce(0) { $0 + $1.total })</td></tr></tfoot>
            </table>

            """
    }
}
