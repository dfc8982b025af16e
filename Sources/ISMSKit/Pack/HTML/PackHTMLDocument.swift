/// The HTML files of a pack, written piece by piece (a section, an article at a time) into a
/// `TextSink`: index.html with every section, and a page for each part of a split listing.
struct PackHTMLDocument {
    let page: PackPage
    let changes: RegisterDiff?
    /// What the printed footer and the page's end tie the paper to.
    let binding: PaperBinding

    /// `recordsPerPage` nil keeps every listing in index.html.
    init(
        _ content: PackContent, changes: RegisterDiff? = nil, recordsPerPage: Int? = nil,
        binding: PaperBinding = PaperBinding()
    ) {
        page = PackPage(content, recordsPerPage: recordsPerPage)
        self.changes = changes
        self.binding = binding
    }

    /// The pages besides index.html, in the order of the sections.
    var pages: [PagePlan.Page] { page.plan.allPages }

    /// A section of index.html; `body` writes what follows its heading.
    private struct Section {
        let id: String
        let title: String
        let body: (any TextSink) -> Void
    }

    /// index.html: the header, the contents, then every section in order. Sections are
    /// numbered, in the contents and in their headings, so that the contents work on paper.
    func writeIndex(to sink: any TextSink) {
        let labels = page.labels
        let settings = page.settings
        let title = "\(labels.documentTitle) — \(settings.organisation.name) — \(settings.audit.id)"
        let sections = sections().enumerated().map { number, section in
            Section(id: section.id, title: "\(number + 1). \(section.title)", body: section.body)
        }
        let contents = sections.map { "<li><a href=\"#\(attribute: $0.id)\">\($0.title)</a></li>\n" as HTMLFragment }
        sink.write(
            markup: """
                \(head(title))\(page.header())\(page.exampleBanner())
                <nav class="contents" aria-label="\(attribute: labels.contents)">
                <h2>\(labels.contents)</h2>
                <ol class="numbered">
                \(contents)</ol>
                </nav>
                <main>

                """)
        for section in sections {
            sink.write(markup: "<section id=\"\(attribute: section.id)\">\n<h2>\(section.title)</h2>\n")
            section.body(sink)
            sink.write("</section>\n")
        }
        sink.write(markup: "</main>\n\(page.bindingFooter(binding))</body>\n</html>\n")
    }

    private func sections() -> [Section] {
        let labels = page.labels
        let settings = page.settings
        var sections = [
            Section(id: "summary", title: labels.summary) { $0.write(markup: page.summarySection()) }
        ]
        sections += managementSystemSections()
        sections += [
            Section(id: "soa", title: labels.statementOfApplicability) {
                $0.write(markup: page.soaApprovalBlock())
                $0.write(markup: page.statementOfApplicabilitySection())
            },
            listing(.controls),
        ]
        // Always first: what changed since the previous pack, or that no comparison was made.
        let heading = ChangeLabels.forLanguage(page.content.language).title
        sections.insert(
            Section(id: "changes", title: heading) {
                $0.write(markup: changes.map(page.changesSection) ?? page.noComparisonSection())
            }, at: 0)
        if !page.custom.isEmpty { sections.append(listing(.customControls)) }
        sections.append(listing(.processing))
        if !page.processorProcessing.isEmpty { sections.append(listing(.processorProcessing)) }
        sections.append(listing(.parties))
        if settings.riskMethod != nil || !page.content.register.risks.isEmpty {
            sections.append(
                Section(id: "risks", title: RiskLabels.forLanguage(page.content.language).title) {
                    $0.write(markup: page.risksSection())
                })
        }
        if !page.content.register.incidents.isEmpty {
            sections.append(
                Section(id: "incidents", title: IncidentLabels.forLanguage(page.content.language).title) {
                    $0.write(markup: page.incidentsSection())
                })
        }
        sections += [
            Section(id: "requests", title: RequestLabels.forLanguage(page.content.language).title) {
                $0.write(markup: page.requestsSection())
            },
            listing(.evidence),
            Section(id: "findings", title: labels.findings) { $0.write(markup: page.findingsSection()) },
        ]
        return sections
    }

    /// The management system, as an auditor reads it first: the clause table always, then the
    /// objectives, the audit programme, the nonconformities and the reviews when the register
    /// has such records.
    private func managementSystemSections() -> [Section] {
        let words = page.managementWords
        let register = page.content.register
        var sections = [
            Section(id: "clauses", title: words.clausesTitle) { $0.write(markup: page.clausesSection()) }
        ]
        if !register.objectives.isEmpty {
            sections.append(
                Section(id: "objectives", title: words.objectivesTitle) { $0.write(markup: page.objectivesSection()) })
        }
        if !register.audits.isEmpty {
            sections.append(
                Section(id: "audit-programme", title: words.auditProgrammeTitle) {
                    $0.write(markup: page.auditProgrammeSection())
                })
        }
        if !register.nonconformities.isEmpty {
            sections.append(
                Section(id: "nonconformities", title: words.nonconformitiesTitle) {
                    $0.write(markup: page.nonconformitiesSection())
                })
        }
        if !register.reviews.isEmpty {
            sections.append(
                Section(id: "management-reviews", title: words.reviewsTitle) { $0.write(markup: page.reviewsSection()) }
            )
        }
        return sections
    }

    /// A listing's section: its articles, or the list of the pages they are on.
    private func listing(_ listing: PackListing) -> Section {
        Section(id: listing.rawValue, title: title(of: listing)) { sink in
            if listing == .processing { sink.write(markup: page.processingIntro()) }
            if let pages = page.plan.pages[listing] {
                sink.write(markup: pageList(listing, pages))
            } else {
                page.writeArticles(listing, 0..<page.count(of: listing), to: sink)
            }
        }
    }

    func title(of listing: PackListing) -> String {
        let labels = page.labels
        switch listing {
        case .controls: return "\(labels.controls) — \(labels.annexA)"
        case .customControls: return labels.customControls
        case .processing: return labels.processingRegister
        case .processorProcessing: return page.gdprWords.processorRegister
        case .parties: return labels.parties
        case .evidence: return labels.evidence
        }
    }

    /// From the doctype to `<body>`: the same head for every file, only the title differs.
    func head(_ title: String) -> HTMLFragment {
        """
        <!DOCTYPE html>
        <html lang="\(attribute: page.content.language.rawValue)">
        <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="\(attribute: PackHTMLRenderer.contentSecurityPolicy)" />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>\(title)</title>
        <style>
        \(HTMLFragment(trusted: Stylesheet.css))</style>
        \(page.printFrame(binding))</head>
        <body>

        """
    }
}
