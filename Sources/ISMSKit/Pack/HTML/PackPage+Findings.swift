extension PackPage {
    /// What `isms check` found on the as-of date, in the order every format prints it, each message
    /// in the pack's language (the command line always prints English).
    func findingsSection() -> HTMLFragment {
        let findings = content.report.diagnostics.sorted
        guard !findings.isEmpty else { return "<p>\(labels.noFindings)</p>\n" }
        let rows = findings.map { finding in
            """
            <tr class="\(attribute: finding.severity.rawValue)"><td class="id">\(finding.code.rawValue)</td><td><span class="severity severity-\(attribute: finding.severity.rawValue)">\(labels.severity(finding.severity))</span></td><td class="location"><code>\(breakablePath(finding.location.description))</code></td><td>\(finding.text(in: content.language))</td></tr>

            """ as HTMLFragment
        }
        return """
            <p>\(labels.errorCount): \(content.report.diagnostics.errorCount) · \(labels.warningCount): \(content.report.diagnostics.warningCount)</p>
            <table class="findings">
            <thead><tr><th scope="col">\(labels.code)</th><th scope="col">\(labels.severity)</th><th scope="col">\(labels.location)</th><th scope="col">\(labels.message)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
    }
}
