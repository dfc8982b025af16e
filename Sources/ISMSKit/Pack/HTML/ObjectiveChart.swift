/// A small chart of an objective's measurements against its target, as inline SVG: one point
/// per measurement up to the as-of date (oldest on the left, equally spaced), its value written
/// above it, and the target as a dashed line with its value. A point that meets the target is a
/// filled circle, one that misses it an open square, so it reads in black and white and in print.
struct ObjectiveChart {
    let measure: Objective.Measure
    /// Up to the as-of date, oldest first.
    let measurements: [Objective.Measurement]
    let title: String
    let description: String

    private static let width = 360
    private static let height = 120
    private static let left = 50
    private static let right = 40
    private static let top = 22
    private static let bottom = 26

    func svg() -> HTMLFragment {
        let values = measurements.map(\.value.value) + [measure.target.value]
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        let span = high - low
        let plotHeight = Self.height - Self.top - Self.bottom
        let plotWidth = Self.width - Self.left - Self.right
        func y(_ value: Double) -> Int {
            guard span > 0 else { return Self.top + plotHeight / 2 }
            return Self.top + plotHeight - Int(((value - low) / span * Double(plotHeight)).rounded())
        }
        func x(_ index: Int) -> Int {
            guard measurements.count > 1 else { return Self.left + plotWidth / 2 }
            return Self.left + index * plotWidth / (measurements.count - 1)
        }
        let targetY = y(measure.target.value)
        var parts: [HTMLFragment] = [
            """
            <line class="axis" x1="\(Self.left)" y1="\(Self.top + plotHeight)" x2="\(Self.left + plotWidth)" y2="\(Self.top + plotHeight)" stroke="#616161" />
            <line class="target" x1="\(Self.left)" y1="\(targetY)" x2="\(Self.left + plotWidth)" y2="\(targetY)" stroke="#212121" stroke-dasharray="6 4" />
            <text class="chart-legend" x="\(Self.left - 4)" y="\(targetY + 4)" text-anchor="end">\(measure.target.text)</text>

            """
        ]
        if measurements.count > 1 {
            let points = measurements.indices.map { "\(x($0)),\(y(measurements[$0].value.value))" }
            parts.append(
                "<polyline points=\"\(attribute: points.joined(separator: " "))\" fill=\"none\" stroke=\"#9e9e9e\" />\n"
            )
        }
        for (index, measurement) in measurements.enumerated() {
            let px = x(index)
            let py = y(measurement.value.value)
            let met = measure.isMet(by: measurement.value)
            let mark: HTMLFragment =
                met
                ? "<circle cx=\"\(px)\" cy=\"\(py)\" r=\"5\" fill=\"#2e7d32\" stroke=\"#1b5e20\">"
                : "<rect x=\"\(px - 5)\" y=\"\(py - 5)\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"#b71c1c\" stroke-width=\"2\">"
            let close: HTMLFragment = met ? "</circle>" : "</rect>"
            parts.append(
                """
                \(mark)<title>\(measurement.date): \(measurement.value.text) \(measure.unit)</title>\(close)
                <text class="chart-count" x="\(px)" y="\(py - 9)" text-anchor="middle">\(measurement.value.text)</text>
                <text class="chart-legend" x="\(px)" y="\(Self.height - 8)" text-anchor="middle">\(measurement.date)</text>

                """)
        }
        return """
            <svg class="chart objective-chart" viewBox="0 0 \(Self.width) \(Self.height)" width="\(Self.width)" height="\(Self.height)" role="img" aria-label="\(attribute: title)">
            <title>\(title)</title>
            <desc>\(description)</desc>
            \(parts)</svg>

            """
    }
}
