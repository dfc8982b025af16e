import ISMSKit

/// The records of one kind: id, title, file and the number of findings, each linked to its page;
/// 250 to a page, as the pack's listings continue on pages of 250 records.
enum RecordListPage {
    static let pageSize = 250

    static func render(_ context: PageContext, kind: String, page requested: Int) -> String {
        let l = context.labels
        let all = context.snapshot.directory.records(ofKind: kind)
        let pages = max(1, (all.count + pageSize - 1) / pageSize)
        let page = min(max(1, requested), pages)
        let shown = all.dropFirst((page - 1) * pageSize).prefix(pageSize)
        let paths = Set(shown.map(\.path))
        var counts: [String: Int] = [:]
        for finding in context.snapshot.report.diagnostics.findings where paths.contains(finding.location.path) {
            counts[finding.location.path, default: 0] += 1
        }
        let rows = shown.map { entry -> HTMLFragment in
            "<tr><td><a href=\"\(attribute: entry.href)\">\(entry.id)</a></td><td>\(entry.title)</td><td><code>\(entry.path)</code></td><td class=\"number\">\(counts[entry.path] ?? 0)</td></tr>"
        }
        var links: [HTMLFragment] = []
        let base = "/records/" + URLText.segment(kind) + "?page="
        if page > 1 { links.append("<a href=\"\(attribute: base + String(page - 1))\">\(l.previous)</a>") }
        if page < pages { links.append("<a href=\"\(attribute: base + String(page + 1))\" rel=\"next\">\(l.next)</a>") }
        let first = all.isEmpty ? 0 : (page - 1) * pageSize + 1
        let content: HTMLFragment = """
            <table class="records"><thead><tr><th>\(l.id)</th><th>\(l.title)</th><th>\(l.file)</th><th>\(l.findings)</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            <p class="pager">\(first)–\(first + shown.count - (all.isEmpty ? 0 : 1)) \(l.rowsOf) \(all.count) \(links.joined(separator: " "))</p>
            """
        return PageLayout.page(l.kindName(kind), context, content)
    }
}
