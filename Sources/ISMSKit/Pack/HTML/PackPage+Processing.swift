extension PackPage {
    var gdprWords: GDPRLabels { GDPRLabels.forLanguage(content.language) }

    /// The DPO and the EU representative above the register (GDPR Art. 30(1)(a)), when isms.yaml
    /// names them; nothing otherwise.
    func processingIntro() -> HTMLFragment {
        let organisation = settings.organisation
        var rows: [HTMLFragment] = []
        if let dpo = organisation.dpo { rows.append(row(gdprWords.dpo, "\(dpo)")) }
        if let representative = organisation.euRepresentative {
            rows.append(row(gdprWords.euRepresentative, "\(representative)"))
        }
        guard !rows.isEmpty else { return "" }
        return """
            <table class="record-table">
            <tbody>
            \(rows)</tbody>
            </table>

            """
    }

    /// A processing activity's article in the GDPR Art. 30 register: every field, its evidence.
    /// Processing as a processor shows the fields of Art. 30(2) instead of those of Art. 30(1).
    func processingArticle(_ activity: ProcessingActivity) -> HTMLFragment {
        var rows: [HTMLFragment] = [row(labels.processingName, "\(activity.name)")]
        if activity.role == .processor {
            rows += [
                row(gdprWords.controllers, namedList(activity.controllers)),
                row(gdprWords.processingCategories, list(activity.processingCategories)),
            ]
            if !activity.dataSubjects.isEmpty { rows.append(row(labels.dataSubjects, list(activity.dataSubjects))) }
            if !activity.dataCategories.isEmpty {
                rows.append(row(labels.dataCategories, list(activity.dataCategories)))
            }
            rows += [
                row(labels.transfers, transfers(activity.transfers)),
                row(labels.protectingControls, namedList(activity.controls)),
            ]
        } else {
            rows += [
                row(labels.purposes, purposes(activity)),
                row(labels.legalBasis, legalBases(activity.legalBases)),
                row(labels.dataSubjects, list(activity.dataSubjects)),
                row(labels.dataCategories, list(activity.dataCategories)),
                row(labels.specialCategories, list(activity.specialCategories)),
            ]
            if !activity.specialCategories.isEmpty || !activity.specialCategoryConditions.isEmpty {
                let conditions = activity.specialCategoryConditions.map { gdprWords.condition($0) }
                rows.append(
                    row(gdprWords.specialCategoriesCondition, conditions.isEmpty ? text(nil) : list(conditions)))
            }
            rows += [
                row(labels.recipients, namedList(activity.recipients)),
                row(labels.transfers, transfers(activity.transfers)),
                row(labels.retention, text(activity.retention.map(content.language.retention))),
                row(labels.protectingControls, namedList(activity.controls)),
                row(labels.automatedDecisions, "\(labels.yesNo(activity.automatedDecisions))"),
                row(labels.minors, text(activity.minors)),
            ]
        }
        rows += [row(labels.source, text(activity.source)), row(labels.state, badge(state(of: activity.id)))]
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

    /// The purposes; each with the basis it rests on when the activity has several bases or the
    /// purpose names one.
    private func purposes(_ activity: ProcessingActivity) -> HTMLFragment {
        let perPurpose = activity.legalBases.count > 1 || activity.purposes.contains { $0.legalBasis != nil }
        guard perPurpose else { return list(activity.purposeTexts) }
        let items = activity.purposes.map { purpose -> String in
            guard let basis = activity.basis(of: purpose) else { return purpose.text }
            return "\(purpose.text) — \(labels.legalBasis(basis))"
        }
        return list(items)
    }

    private func legalBases(_ bases: [ProcessingActivity.LegalBasis]) -> HTMLFragment {
        switch bases.count {
        case 0: text(nil)
        case 1: "\(labels.legalBasis(bases[0]))"
        default: list(bases.map(labels.legalBasis))
        }
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
