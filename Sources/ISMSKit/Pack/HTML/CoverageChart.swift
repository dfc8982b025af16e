/// The summary chart: for each Annex A theme a horizontal bar stacked by evidence state, drawn
/// as inline SVG with the count written in each segment and a legend. Every control is the same
/// width in every bar, so a bar's length is its theme's number of controls (37 organisational
/// against 8 people controls) and a segment's its count. States differ by fill pattern as well
/// as colour, and every number is also text, so it reads in black-and-white print.
struct CoverageChart {
    struct Row {
        let label: String
        let counts: [CoverageState: Int]
        var total: Int { counts.values.reduce(0, +) }
    }

    let rows: [Row]
    let labels: Labels

    private static let labelWidth = 320
    /// The width of one control: wide enough for a one-digit count inside the narrowest segment.
    static let unit = 14
    /// The longest bar: the theme with most controls.
    private var barWidth: Int { Self.unit * max(rows.map(\.total).max() ?? 0, 1) }
    private static let rowHeight = 34
    private static let barHeight = 22

    /// The fill of each state: a colour, or a pattern over a colour for the ones that need to
    /// stand out without colour.
    static func fill(_ state: CoverageState) -> String {
        switch state {
        case .covered: "#2e7d32"
        case .expiring: "url(#fill-expiring)"
        case .expired: "url(#fill-expired)"
        case .missing: "#ffffff"
        case .notApplicable: "url(#fill-not-applicable)"
        }
    }

    func svg() -> HTMLFragment {
        // As wide as the longest bar with its total, or the legend when that is wider.
        let width = max(Self.labelWidth + barWidth + 70, legendWidth)
        let legendTop = rows.count * Self.rowHeight + 12
        let height = legendTop + 34
        var parts: [HTMLFragment] = [Self.patterns]
        for (index, row) in rows.enumerated() { parts.append(bar(row, top: index * Self.rowHeight + 6)) }
        parts.append(legend(top: legendTop))
        return """
            <svg class="chart" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-label="\(attribute: labels.chartTitle)">
            <title>\(labels.chartTitle)</title>
            <desc>\(labels.chartDescription)</desc>
            \(parts)</svg>

            """
    }

    private static let patterns: HTMLFragment = """
        <defs>
        <pattern id="fill-expiring" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f9c74f" /><line x1="0" y1="0" x2="0" y2="6" stroke="#7a5200" stroke-width="2" /></pattern>
        <pattern id="fill-expired" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e57373" /><path d="M0 0L6 6M6 0L0 6" stroke="#7f1d1d" stroke-width="1.2" /></pattern>
        <pattern id="fill-not-applicable" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e0e0e0" /><circle cx="3" cy="3" r="1" fill="#757575" /></pattern>
        </defs>

        """

    private func bar(_ row: Row, top: Int) -> HTMLFragment {
        let y = top
        let textY = y + Self.barHeight / 2 + 5
        var out: HTMLFragment = """
            <text class="chart-label" x="\(Self.labelWidth - 10)" y="\(textY)" text-anchor="end">\(row.label)</text>

            """
        var x = Self.labelWidth
        for state in CoverageState.allCases {
            let count = row.counts[state] ?? 0
            guard count > 0 else { continue }
            let width = count * Self.unit
            let end = x + width
            out += """
                <rect class="segment" x="\(x)" y="\(y)" width="\(width)" height="\(Self.barHeight)" fill="\(attribute: Self.fill(state))"><title>\(row.label): \(labels.state(state)) \(count)</title></rect>

                """
            // Every segment is at least one unit wide, and one unit holds a digit: every count is written.
            out += """
                <text class="chart-count" x="\(x + width / 2)" y="\(textY)" text-anchor="middle">\(count)</text>

                """
            x = end
        }
        out += """
            <text class="chart-total" x="\(Self.labelWidth + barWidth + 8)" y="\(textY)">\(row.total)</text>

            """
        return out
    }

    /// The legend's extent: a square and an estimated 8 px per letter for each state's name.
    private var legendWidth: Int {
        10 + CoverageState.allCases.reduce(0) { $0 + legendStep($1) }
    }

    /// A legend entry's width: its square, and an estimated 8 px per letter of the state's name.
    private func legendStep(_ state: CoverageState) -> Int { 22 + labels.state(state).count * 8 + 24 }

    private func legend(top: Int) -> HTMLFragment {
        var out: HTMLFragment = ""
        var x = 10
        for state in CoverageState.allCases {
            out += """
                <rect class="segment" x="\(x)" y="\(top)" width="16" height="16" fill="\(attribute: Self.fill(state))" /><text class="chart-legend" x="\(x + 22)" y="\(top + 13)">\(labels.state(state))</text>

                """
            x += legendStep(state)
        }
        return out
    }
}
