import ISMSKit

/// The first page: what `isms status` shows (coverage per theme, gaps, evidence expiring with
/// its owner, overdue actions) and the live findings of the check, each linked to its record.
enum DashboardPage {
    /// Findings shown at most; the count says how many there are.
    static let findingLimit = 500

    static func render(_ context: PageContext, notice: HTMLFragment = "") -> String {
        let l = context.labels
        let views = context.snapshot.dashboard
        let states: [CoverageState] = [.covered, .expiring, .expired, .missing, .notApplicable]
        let header = states.map { state -> HTMLFragment in "<th>\(l.state(state))</th>" }
        let rows = views.coverageRows.map { row -> HTMLFragment in
            let cells = states.map { state -> HTMLFragment in "<td class=\"number\">\(row.count(state))</td>" }
            return "<tr><th scope=\"row\">\(row.label)</th>\(cells)<td class=\"number\">\(row.total)</td></tr>"
        }
        let coverage: HTMLFragment = """
            <section id="coverage"><h2>\(l.coverage)</h2>
            <table><thead><tr><th>\(l.theme)</th>\(header)<th>\(l.total)</th></tr></thead><tbody>\(rows)</tbody></table></section>
            """
        let gaps = views.gaps.map { entry -> HTMLFragment in
            "<li>\(link(entry.id, kind: "control", context)) \(entry.title) (\(l.state(entry.state)))</li>"
        }
        let expiring = views.expiring.map { item -> HTMLFragment in
            "<li>\(link(item.evidenceID, kind: "evidence", context)) \(item.title): \(l.lastDay) \(item.lastDay), \(l.owner) \(item.owner)</li>"
        }
        let overdue = views.overdue.map {
            item -> HTMLFragment in
            "<li>\(item.record): \(item.action.action) (\(l.owner) \(item.action.owner), \(l.due) \(item.action.due?.description ?? ""))</li>"
        }
        let content: HTMLFragment =
            notice + coverage
            + section("gaps", l.gaps, gaps, empty: l.noGaps)
            + section("expiring", l.expiring, expiring, empty: l.noExpiring)
            + section("overdue", l.overdueActions, overdue, empty: l.noOverdueActions)
            + FindingList.render(context.snapshot.views.findings, context, limit: findingLimit)
        return PageLayout.page(l.dashboard, context, content)
    }

    static func section(_ id: String, _ title: String, _ items: [HTMLFragment], empty: String) -> HTMLFragment {
        let list: HTMLFragment = items.isEmpty ? "<p>\(empty)</p>" : "<ul>\(items)</ul>"
        return "<section id=\"\(attribute: id)\"><h2>\(title)</h2>\(list)</section>"
    }

    /// A link to the record with that id, or the id alone when there is no such record.
    static func link(_ id: String, kind: String, _ context: PageContext) -> HTMLFragment {
        guard let entry = context.snapshot.directory.records(kind: kind, id: id).first else { return "\(id)" }
        return "<a href=\"\(attribute: entry.href)\">\(id)</a>"
    }
}

/// Findings as a table, each linked to the record its file holds.
enum FindingList {
    static func render(_ findings: [Finding], _ context: PageContext, limit: Int, title: String? = nil) -> HTMLFragment
    {
        let l = context.labels
        let shown = findings.prefix(limit)
        let rows = shown.map { finding -> HTMLFragment in
            let place = finding.location.description
            let entry = context.snapshot.directory.record(atPath: finding.location.path)
            let location: HTMLFragment = entry.map { "<a href=\"\(attribute: $0.href)\">\(place)</a>" } ?? "\(place)"
            return
                "<tr class=\"\(attribute: finding.severity.rawValue)\"><td>\(finding.severity.rawValue)</td><td><code>\(finding.code.rawValue)</code></td><td>\(location)</td><td>\(finding.text(in: l.language))</td></tr>"
        }
        let more: HTMLFragment = findings.count > limit ? "<p>… \(findings.count - limit)</p>" : ""
        let table: HTMLFragment =
            findings.isEmpty
            ? "<p>\(l.noFindings)</p>"
            : "<table class=\"findings\"><thead><tr><th>\(l.severity)</th><th>Code</th><th>\(l.location)</th><th>\(l.message)</th></tr></thead><tbody>\(rows)</tbody></table>\(more)"
        return "<section id=\"findings\"><h2>\(title ?? l.findings) (\(findings.count))</h2>\(table)</section>"
    }
}
