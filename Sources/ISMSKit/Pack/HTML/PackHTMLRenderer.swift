/// Renders the pack's `index.html`: one self-contained page an auditor opens offline from the
/// unpacked pack. Inline CSS only, no script, no request of any kind (a Content-Security-Policy
/// forbids them as a backstop), every register string escaped by `HTMLText`, narratives through
/// `SafeMarkdown`. The same content always gives the same bytes.
public enum PackHTMLRenderer {
    /// The Content-Security-Policy of the page: nothing may load; inline styles and data: images only.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// With `changes` (a pack made with `--previous`), the page opens with what changed since.
    public static func render(_ content: PackContent, changes: RegisterDiff? = nil) -> String {
        let page = PackPage(content)
        let labels = page.labels
        let settings = page.settings
        let title = "\(labels.documentTitle) — \(settings.organisation.name) — \(settings.audit.id)"
        var sections: [(id: String, title: String, body: HTMLFragment)] = [
            ("summary", labels.summary, page.summarySection()),
            ("soa", labels.statementOfApplicability, page.statementOfApplicabilitySection()),
            ("controls", "\(labels.controls) — \(labels.annexA)", page.controlsSection(page.annexA)),
        ]
        if let changes {
            let heading = ChangeLabels.forLanguage(content.language).title
            sections.insert(("changes", heading, page.changesSection(changes)), at: 0)
        }
        if !page.custom.isEmpty {
            sections.append(("custom-controls", labels.customControls, page.controlsSection(page.custom)))
        }
        sections += [
            ("processing", labels.processingRegister, page.processingSection()),
            ("parties", labels.parties, page.partiesSection()),
            ("requests", RequestLabels.forLanguage(content.language).title, page.requestsSection()),
            ("evidence", labels.evidence, page.evidenceSection()),
            ("findings", labels.findings, page.findingsSection()),
        ]
        let contents = sections.map { "<li><a href=\"#\(attribute: $0.id)\">\($0.title)</a></li>\n" as HTMLFragment }
        let body = sections.map {
            "<section id=\"\(attribute: $0.id)\">\n<h2>\($0.title)</h2>\n\($0.body)</section>\n" as HTMLFragment
        }
        let document: HTMLFragment = """
            <!DOCTYPE html>
            <html lang="\(attribute: content.language.rawValue)">
            <head>
            <meta charset="utf-8" />
            <meta http-equiv="Content-Security-Policy" content="\(attribute: contentSecurityPolicy)" />
            <meta name="referrer" content="no-referrer" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>\(title)</title>
            <style>
            \(HTMLFragment(trusted: Stylesheet.css))</style>
            </head>
            <body>
            \(page.header())
            <nav class="contents" aria-label="\(attribute: labels.contents)">
            <h2>\(labels.contents)</h2>
            <ol>
            \(contents)</ol>
            </nav>
            <main>
            \(body)</main>
            </body>
            </html>

            """
        return document.markup
    }
}

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
