extension PackPage {
    /// The controls whose evidence includes a record marked `example: true`.
    var controlsWithExampleEvidence: [Control] {
        (annexA + custom).filter { (supporting[$0.id] ?? []).contains(where: \.example) }
    }

    /// The first page's warning that the pack holds example evidence; empty when it holds none.
    /// Illustrative evidence must never pass for real: an auditor sees it before anything else.
    func exampleBanner() -> HTMLFragment {
        let records = evidence.count(where: \.example)
        guard records > 0 else { return "" }
        let text = labels.exampleBanner(records, controlsWithExampleEvidence.count)
        return "<p class=\"example-banner\" role=\"note\">\(text)</p>\n"
    }

    /// Beside a control in the SoA whose evidence includes an example; empty otherwise.
    func exampleMark(_ control: Control) -> HTMLFragment {
        guard (supporting[control.id] ?? []).contains(where: \.example) else { return "" }
        return " <span class=\"example-mark\">(\(labels.exampleEvidenceMark))</span>"
    }
}
