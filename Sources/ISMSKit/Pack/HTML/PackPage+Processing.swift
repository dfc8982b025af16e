extension PackPage {
    /// A processing activity's article in the GDPR Art. 30(1) register: every field, its evidence.
    func processingArticle(_ activity: ProcessingActivity) -> HTMLFragment {
        var rows: [HTMLFragment] = [
            row(labels.processingName, "\(activity.name)"),
            row(labels.purposes, list(activity.purposeTexts)),
            row(labels.legalBasis, activity.legalBases.first.map { "\(labels.legalBasis($0))" } ?? text(nil)),
            row(labels.dataSubjects, list(activity.dataSubjects)),
            row(labels.dataCategories, list(activity.dataCategories)),
            row(labels.specialCategories, list(activity.specialCategories)),
            row(labels.recipients, namedList(activity.recipients)),
            row(labels.transfers, transfers(activity.transfers)),
            row(labels.retention, text(activity.retention)),
            row(labels.protectingControls, namedList(activity.controls)),
            row(labels.automatedDecisions, "\(labels.yesNo(activity.automatedDecisions))"),
            row(labels.minors, text(activity.minors)),
            row(labels.source, text(activity.source)),
            row(labels.state, badge(state(of: activity.id))),
        ]
        if let review = reviewRow(activity.reviewBy) { rows.append(review) }
        return """
            <article class="record processing" id="\(attribute: HTMLText.anchor("processing", activity.id))">
            <h3><span class="record-id">\(activity.id)</span> \(activity.name)</h3>
            <table class="record-table">
            <tbody>
            \(rows)</tbody>
            </table>
            <p class="subhead">\(labels.evidence)</p>
            \(evidenceTable(for: activity.id))</article>

            """
    }

    private func transfers(_ transfers: [ProcessingActivity.Transfer]) -> HTMLFragment {
        guard !transfers.isEmpty else { return "\(labels.none)" }
        let items = transfers.map { transfer in
            let safeguard = transfer.safeguard.map { labels.safeguard($0) } ?? labels.notStated
            return "<li>\(transfer.country): \(safeguard)</li>" as HTMLFragment
        }
        return "<ul>\(items)</ul>"
    }
}
