extension PackPage {
    /// Counts, the implementation status by Annex A theme, the chart of evidence state by theme
    /// and the same numbers as a table. Status and evidence state stand side by side so that
    /// "evidence current" is never read as "implemented" or "effective".
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
            <h3>\(labels.implementationTitle)</h3>
            \(implementationTable())<h3>\(labels.evidenceStateTitle)</h3>
            <figure class="chart">
            <figcaption>\(labels.chartTitle)</figcaption>
            \(chart.svg())</figure>
            \(stateTable(rows))
            """
    }

    /// What the SoA says of each Annex A control's implementation, by theme: the four statuses,
    /// then the excluded controls (n.v.t.). A control without a status is an error of the check
    /// (E101) and is counted in neither.
    private func implementationTable() -> HTMLFragment {
        let statuses: [Control.Status] = [.implemented, .partial, .planned, .notStarted]
        func counts(_ controls: [Control]) -> [Int] {
            let included = controls.filter { $0.applicable != false }
            return statuses.map { status in included.count { $0.status == status } } + [
                controls.count { $0.applicable == false }
            ]
        }
        let header =
            statuses.map { "<th scope=\"col\">\(labels.status($0))</th>" as HTMLFragment }
            + ["<th scope=\"col\">\(labels.excludedStatus)</th>"]
        func cells(_ values: [Int]) -> HTMLFragment {
            values.map { "<td class=\"number\">\($0)</td>" as HTMLFragment }.joined(separator: "")
        }
        let body = Theme.allCases.map { theme in
            let controls = annexA.filter { $0.catalogEntry?.theme == theme }
            return
                "<tr><th scope=\"row\">\(theme.clause) \(labels.theme(theme))</th>\(cells(counts(controls)))<td class=\"number\">\(controls.count)</td></tr>\n"
                as HTMLFragment
        }
        return """
            <table class="status-table">
            <thead><tr><th scope="col">\(labels.theme)</th>\(header)<th scope="col">\(labels.total)</th></tr></thead>
            <tbody>
            \(body)</tbody>
            <tfoot><tr><th scope="row">\(labels.total)</th>\(cells(counts(annexA)))<td class="number">\(annexA.count)</td></tr></tfoot>
            </table>

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
