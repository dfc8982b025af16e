/// What every section of the pack page needs: the content, the labels, and look-ups built once;
/// and which HTML file is being written, so that a link to a record on another page of a paged
/// pack names that page (`evidence-003.html#evidence-ev-1`) and one on the same page only its anchor.
struct PackPage {
    let content: PackContent
    let labels: Labels
    let annexA: [Control]
    let custom: [Control]
    /// The organisation's own processing (GDPR Art. 30(1)).
    let processing: [ProcessingActivity]
    /// Processing carried out as a processor (Art. 30(2)), a listing of its own.
    let processorProcessing: [ProcessingActivity]
    let parties: [Party]
    let evidence: [EvidenceRecord]
    /// Evidence records of the pack that support an id, in evidence order.
    let supporting: [String: [EvidenceRecord]]
    /// The risks (not closed) that name each control, as the SoA shows them.
    let risksByControl: [String: [Risk]]
    private let controlIDs: Set<String>
    private let processingIDs: Set<String>
    private let partyIDs: Set<String>
    private let evidenceIDs: Set<String>
    private let riskIDs: Set<String>
    /// Control titles, party and processing names and clause titles by id, to show beside a
    /// linked id: running text names records, not only their ids.
    private let names: [String: String]
    /// Which file shows each record's article.
    private(set) var plan = PagePlan.single
    /// The file being written: index.html, or a page of a listing.
    var file = PagePlan.indexFile

    /// With `recordsPerPage`, a listing with more records than that is split over pages of its
    /// own (`PagePlan`); nil keeps everything in index.html.
    init(_ content: PackContent, recordsPerPage: Int? = nil) {
        self.content = content
        labels = Labels.forLanguage(content.language)
        annexA = content.annexAControls
        custom = content.customControls
        processing = content.processing.filter { $0.role == .controller }
        processorProcessing = content.processing.filter { $0.role == .processor }
        parties = content.parties
        evidence = content.evidence
        var supporting: [String: [EvidenceRecord]] = [:]
        for record in evidence {
            for id in Set(record.supports) { supporting[id, default: []].append(record) }
        }
        self.supporting = supporting
        risksByControl = content.register.risksByControl
        controlIDs = Set((annexA + custom).map(\.id))
        processingIDs = Set(content.processing.map(\.id))
        partyIDs = Set(parties.map(\.id))
        evidenceIDs = Set(evidence.map(\.id))
        riskIDs = Set(content.register.risks.map(\.id))
        var names: [String: String] = [:]
        for control in annexA + custom { names[control.id] = control.title }
        for party in parties where names[party.id] == nil { names[party.id] = party.name }
        for activity in processing + processorProcessing where names[activity.id] == nil {
            names[activity.id] = activity.name
        }
        for clause in ClauseCatalog.documentedInformation where names[clause.id] == nil {
            names[clause.id] = clause.title
        }
        self.names = names
        plan = PagePlan(self, recordsPerPage: recordsPerPage)
    }

    var settings: RegisterSettings { content.register.settings }

    func state(of id: String) -> CoverageState? { content.coverage(of: id)?.state }

    /// The state as a badge: colour for the screen, and always the word, so it reads in print.
    func badge(_ state: CoverageState?) -> HTMLFragment {
        guard let state else { return "–" }
        return "<span class=\"state state-\(state.rawValue)\">\(labels.state(state))</span>"
    }

    /// A link to the section of any record in the pack; plain text for an id the pack lacks.
    func link(to id: String) -> HTMLFragment {
        let prefix: String
        if controlIDs.contains(id) {
            prefix = "control"
        } else if processingIDs.contains(id) {
            prefix = "processing"
        } else if partyIDs.contains(id) {
            prefix = "party"
        } else if evidenceIDs.contains(id) {
            prefix = "evidence"
        } else if riskIDs.contains(id) {
            prefix = "risk"
        } else if let clause = ClauseCatalog.clause(id), clause.requiresDocumentedInformation {
            // A clause's row of the clause table (index.html), anchored by its number.
            return "<a href=\"\(attribute: href(toAnchor: HTMLText.anchor("clause", clause.number)))\">\(id)</a>"
        } else {
            return "\(id)"
        }
        return "<a href=\"\(attribute: href(toAnchor: HTMLText.anchor(prefix, id)))\">\(id)</a>"
    }

    /// `#anchor` for an article on the page being written, else `page.html#anchor`.
    func href(toAnchor anchor: String) -> String {
        let target = plan.file(forAnchor: anchor)
        return target == file ? "#" + anchor : target + "#" + anchor
    }

    func links(to ids: [String]) -> HTMLFragment {
        ids.isEmpty ? "\(labels.none)" : ids.map { link(to: $0) }.joined(separator: ", ")
    }

    /// Linked ids, each with the title or name of its record, one per line; `none` when empty.
    func namedList(_ ids: [String]) -> HTMLFragment {
        guard !ids.isEmpty else { return "\(labels.none)" }
        let items = ids.map { id in
            let name: HTMLFragment = names[id].map { " \($0)" } ?? ""
            return "<li>\(link(to: id))\(name)</li>" as HTMLFragment
        }
        return "<ul>\(items)</ul>"
    }

    /// A list of register text; `none` when empty.
    func list(_ items: [String]) -> HTMLFragment {
        guard !items.isEmpty else { return "\(labels.none)" }
        return "<ul>\(items.map { "<li>\($0)</li>" as HTMLFragment })</ul>"
    }

    /// A register path (`controls/annex-a/A.5.1.yaml:3:1`) that may break after each `/` on
    /// paper, and nowhere inside a name.
    func breakablePath(_ path: String) -> HTMLFragment {
        path.split(separator: "/", omittingEmptySubsequences: false).map { "\(String($0))" as HTMLFragment }
            .joined(separator: "/<wbr />")
    }

    /// Register text that may be absent.
    func text(_ value: String?) -> HTMLFragment {
        guard let value, !value.trimmingSpaces().isEmpty else {
            return "<span class=\"muted\">\(labels.notStated)</span>"
        }
        return "\(value)"
    }

    /// A web address as a link when it is `http:` or `https:`, else as text.
    func webLink(_ url: String?) -> HTMLFragment {
        guard let url, !url.isEmpty else { return text(nil) }
        guard LinkPolicy.isWeb(url) else { return "\(url)" }
        return "<a href=\"\(HTMLFragment(trusted: LinkPolicy.href(url)))\" rel=\"noopener noreferrer\">\(url)</a>"
    }

    /// A row of a two-column record table.
    func row(_ label: String, _ value: HTMLFragment) -> HTMLFragment {
        "<tr><th scope=\"row\">\(label)</th><td>\(value)</td></tr>\n"
    }
}
