/// A heat map of the risk register: the method's grid of likelihood (rows, highest on top) and
/// impact (columns), each cell shaded by its level and holding the number of risks rated there,
/// as inline SVG. The count and the level's label are written in every cell and the shades run
/// from white to dark grey with a hatch on the two highest levels, so it reads in black and
/// white and in print.
struct RiskHeatMap {
    let method: RiskMethod
    let language: ReportLanguage
    /// Risks per cell, `counts[likelihood][impact]`.
    let counts: [[Int]]
    let title: String
    let description: String
    /// The axis titles: likelihood, impact.
    let axes: (String, String)
    /// The hatch patterns are defined once per page: by the first map only.
    var definesPatterns = true

    private static let cellWidth = 96
    private static let cellHeight = 56
    private static let left = 150
    private static let top = 24

    init(
        method: RiskMethod, ratings: [Risk.Rating], language: ReportLanguage, title: String, description: String,
        axes: (String, String)
    ) {
        self.method = method
        self.axes = axes
        self.language = language
        self.title = title
        self.description = description
        var counts = Array(repeating: Array(repeating: 0, count: method.impact.count), count: method.likelihood.count)
        for rating in ratings {
            guard let l = method.likelihoodIndex(rating.likelihood), let i = method.impactIndex(rating.impact) else {
                continue
            }
            counts[l][i] += 1
        }
        self.counts = counts
    }

    /// The fill of a level: light to dark grey by rank, hatched for the top two.
    func fill(_ level: Int) -> String {
        let count = method.levels.count
        if count >= 3, level >= count - 2 { return "url(#risk-hatch-\(level == count - 1 ? "2" : "1"))" }
        let shades = ["#ffffff", "#e6e6e6", "#c8c8c8", "#aaaaaa"]
        return shades[min(level, shades.count - 1)]
    }

    func svg() -> HTMLFragment {
        let rows = method.likelihood.count
        let columns = method.impact.count
        let width = Self.left + columns * Self.cellWidth + 10
        let height = Self.top + rows * Self.cellHeight + 44
        var parts: [HTMLFragment] = []
        if definesPatterns {
            parts.append(
                """
                <defs>
                <pattern id="risk-hatch-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#bdbdbd" /><line x1="0" y1="0" x2="0" y2="6" stroke="#616161" stroke-width="1.5" /></pattern>
                <pattern id="risk-hatch-2" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#9e9e9e" /><path d="M0 0L6 6M6 0L0 6" stroke="#212121" stroke-width="1.2" /></pattern>
                </defs>

                """)
        }
        for row in 0..<rows {
            let l = rows - 1 - row
            let y = Self.top + row * Self.cellHeight
            parts.append(
                """
                <text class="chart-label" x="\(Self.left - 8)" y="\(y + Self.cellHeight / 2 + 4)" text-anchor="end">\(method.likelihood[l].label(language))</text>

                """)
            for i in 0..<columns {
                let x = Self.left + i * Self.cellWidth
                let level = method.levels[method.grid[l][i]]
                let count = counts[l][i]
                parts.append(
                    """
                    <rect class="segment" x="\(x)" y="\(y)" width="\(Self.cellWidth)" height="\(Self.cellHeight)" fill="\(attribute: fill(method.grid[l][i]))"><title>\(method.likelihood[l].label(language)) × \(method.impact[i].label(language)): \(level.label(language)), \(count)</title></rect>
                    <text class="chart-count" x="\(x + Self.cellWidth / 2)" y="\(y + Self.cellHeight / 2 + 2)" text-anchor="middle">\(count == 0 ? "·" : String(count))</text>
                    <text class="chart-legend heat-level" x="\(x + Self.cellWidth / 2)" y="\(y + Self.cellHeight - 7)" text-anchor="middle">\(level.label(language))</text>

                    """)
            }
        }
        let labelsY = Self.top + rows * Self.cellHeight + 16
        for i in 0..<columns {
            parts.append(
                """
                <text class="chart-legend" x="\(Self.left + i * Self.cellWidth + Self.cellWidth / 2)" y="\(labelsY)" text-anchor="middle">\(method.impact[i].label(language))</text>

                """)
        }
        parts.append(
            """
            <text class="chart-label" x="\(Self.left - 8)" y="\(Self.top - 8)" text-anchor="end">\(axes.0) ↑</text>
            <text class="chart-label" x="\(Self.left + columns * Self.cellWidth)" y="\(labelsY + 20)" text-anchor="end">\(axes.1) →</text>

            """)
        return """
            <svg class="chart heat-map" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-label="\(attribute: title)">
            <title>\(title)</title>
            <desc>\(description)</desc>
            \(parts)</svg>

            """
    }
}
