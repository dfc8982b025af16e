extension PackPage {
    /// A processor, controller or recipient: its role, country, safeguards and evidence.
    func partyArticle(_ party: Party) -> HTMLFragment {
        let rows: [HTMLFragment] = [
            row(labels.name, "\(party.name)"),
            row(labels.role, "\(labels.role(party.role))"),
            row(labels.country, "\(party.country)"),
            row(labels.services, list(party.services)),
            row(labels.privacyStatement, webLink(party.privacyURL)),
            row(labels.transferSafeguard, transferSafeguard(of: party)),
            row(labels.state, badge(state(of: party.id))),
        ]
        return """
            <article class="record party" id="\(attribute: HTMLText.anchor("party", party.id))">
            <h3><span class="record-id">\(party.id)</span> \(party.name)</h3>
            <table class="record-table">
            <tbody>
            \(rows)</tbody>
            </table>
            <p class="subhead">\(labels.evidence)</p>
            \(evidenceTable(for: party.id))</article>

            """
    }

    /// The party's safeguard in words; `n.v.t. (EER)` for a party inside the EEA that names none.
    private func transferSafeguard(of party: Party) -> HTMLFragment {
        if let safeguard = party.transferSafeguard { return "\(labels.safeguard(safeguard))" }
        return CountryCode.isInEEA(party.country) ? "\(labels.insideEEA)" : text(nil)
    }
}
