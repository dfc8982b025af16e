extension PackPage {
    /// Who is audited, against what, for which period and as of which day.
    func header() -> HTMLFragment {
        let organisation = settings.organisation
        let audit = settings.audit
        var facts: [HTMLFragment] = [
            fact(labels.scope, "\(settings.scope)"),
            fact(labels.standard, "\(settings.standard)"),
            fact(labels.auditCycle, "\(audit.id)"),
            fact(labels.auditPeriod, "\(audit.periodStart) – \(audit.periodEnd)"),
        ]
        if let planned = audit.plannedDate { facts.append(fact(labels.plannedAuditDate, "\(planned)")) }
        facts += [
            fact(labels.asOf, "<strong>\(content.asOf)</strong>"),
            fact(labels.certificationBody, "\(audit.certificationBody)"),
            fact(labels.address, "\(organisation.address)"),
            fact(labels.contact, mailLink(organisation.contactEmail) + phone(organisation.phone)),
        ]
        if let website = organisation.website { facts.append(fact(labels.website, webLink(website))) }
        facts += [
            fact(labels.securityOfficer, "\(organisation.securityOfficer)"),
            fact(labels.supervisoryAuthority, "\(organisation.supervisoryAuthority)"),
        ]
        return """
            <header class="pack-header">
            <p class="kicker">\(labels.documentTitle) · \(settings.standard)</p>
            <h1>\(organisation.name)</h1>
            <dl class="facts">
            \(facts)</dl>
            </header>
            """
    }

    private func fact(_ label: String, _ value: HTMLFragment) -> HTMLFragment {
        "<dt>\(label)</dt><dd>\(value)</dd>\n"
    }

    private func mailLink(_ address: String) -> HTMLFragment {
        let url = "mailto:" + address
        guard Autolink.isEmail(address) else { return "\(address)" }
        return "<a href=\"\(HTMLFragment(trusted: LinkPolicy.href(url)))\">\(address)</a>"
    }

    private func phone(_ number: String?) -> HTMLFragment {
        guard let number, !number.isEmpty else { return "" }
        return " · \(number)"
    }
}
