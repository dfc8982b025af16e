extension PackPage {
    /// A control's article: the decision, its justification, the narrative, its evidence.
    func controlArticle(_ control: Control) -> HTMLFragment {
        var facts: [HTMLFragment] = [
            row(labels.applicable, "\(labels.yesNo(control.applicable))"),
            row(labels.status, labels.status(of: control).map { "\($0)" } ?? "–"),
            row(labels.owner, "\(control.owner)"),
            row(labels.state, badge(controlState(control))),
        ]
        if let freshness = control.freshness {
            facts.append(row(labels.freshness, "\(content.language.words(freshness))"))
        }
        if let review = reviewRow(control.reviewBy) { facts.append(review) }
        if !control.processing.isEmpty { facts.append(row(labels.protectsProcessing, namedList(control.processing))) }
        let words = RiskLabels.forLanguage(content.language)
        if let risks = risksByControl[control.id] {
            facts.append(row(words.risks, risks.map { riskLink($0.id) + " \($0.title)" }.joined(separator: "<br />")))
        }
        if !control.requirements.isEmpty { facts.append(row(words.requirements, list(control.requirements))) }
        facts.append(row(labels.justification, text(control.justification)))
        let narrative = control.narrative.trimmingSpaces().isEmpty ? nil : SafeMarkdown.html(control.narrative)
        let implementation: HTMLFragment =
            narrative.map {
                "<p class=\"subhead\">\(labels.implementation)</p>\n<div class=\"narrative\">\n\(HTMLFragment(trusted: $0))</div>\n"
            } ?? ""
        return """
            <article class="record control" id="\(attribute: HTMLText.anchor("control", control.id))">
            <h3><span class="record-id">\(control.id)</span> \(control.title)</h3>
            <table class="record-table">
            <tbody>
            \(facts)</tbody>
            </table>
            \(implementation)<p class="subhead">\(labels.evidence)</p>
            \(evidenceTable(for: control.id))</article>

            """
    }

    /// The evidence supporting a record: when it was collected, until when it counts for this
    /// record, and its files.
    func evidenceTable(for id: String) -> HTMLFragment {
        let records = supporting[id] ?? []
        guard !records.isEmpty else { return "<p class=\"muted\">\(labels.noEvidence)</p>\n" }
        let windows = content.coverage(of: id)?.evidence ?? []
        let rows = records.map { record in
            let end = windows.first { $0.evidenceID == record.id }?.end ?? record.expires
            let expires: HTMLFragment = end.map { "\($0)" } ?? "–"
            return """
                <tr><td class="id">\(link(to: record.id))</td><td>\(record.title)</td><td class="date">\(record.collected)</td><td class="date">\(expires)</td><td>\(fileLinks(record))</td></tr>

                """ as HTMLFragment
        }
        return """
            <table class="evidence-list">
            <thead><tr><th scope="col">\(labels.id)</th><th scope="col">\(labels.title)</th><th scope="col">\(labels.collected)</th><th scope="col">\(labels.expires)</th><th scope="col">\(labels.files)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
    }

    /// Links to the copies of a record's files inside the pack.
    func fileLinks(_ record: EvidenceRecord) -> HTMLFragment {
        let files = content.files(of: record)
        guard !files.isEmpty else { return "–" }
        return "<ul class=\"files\">\(files.map { "<li>\(fileLink($0))</li>" as HTMLFragment })</ul>"
    }

    /// A file of the pack as a relative link (each path segment percent-encoded); a file that
    /// is not copied into the pack (missing, outside the register, not regular, not matching its
    /// pin) as text.
    func fileLink(_ file: InspectedFile) -> HTMLFragment {
        guard file.usable, let path = file.registerPath else {
            return "\(file.written) <span class=\"muted\">(\(labels.fileNotAvailable))</span>"
        }
        let href = HTMLText.relativeURL(path: PackContent.packPath(forRegisterPath: path))
        return "<a class=\"file\" href=\"\(attribute: href)\">\(file.written)</a>"
    }
}
