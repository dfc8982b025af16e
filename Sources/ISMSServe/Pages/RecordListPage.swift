import ISMSKit

/// The records of one kind: id, title, file and the number of findings, each linked to its page.
enum RecordListPage {
    static func render(_ context: PageContext, kind: String) -> String {
        let l = context.labels
        var counts: [String: Int] = [:]
        for finding in context.snapshot.report.diagnostics.findings { counts[finding.location.path, default: 0] += 1 }
        let rows = context.snapshot.directory.records(ofKind: kind).map { entry -> HTMLFragment in
            "<tr><td><a href=\"\(attribute: entry.href)\">\(entry.id)</a></td><td>\(entry.title)</td><td><code>\(entry.path)</code></td><td class=\"number\">\(counts[entry.path] ?? 0)</td></tr>"
        }
        let content: HTMLFragment = """
            <table class="records"><thead><tr><th>\(l.id)</th><th>\(l.title)</th><th>\(l.file)</th><th>\(l.findings)</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        return PageLayout.page(l.kindName(kind), context, content)
    }
}
