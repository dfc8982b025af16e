extension PackHTMLDocument {
    /// A page of a split listing: the same head and header as index.html, links back to it and
    /// to the previous and next pages, and the page's articles.
    func write(_ listed: PagePlan.Page, to sink: any TextSink) {
        var page = self.page
        page.file = listed.fileName
        let labels = page.labels
        let settings = page.settings
        let position = PageLabels.forLanguage(page.content.language).pageOf(listed.number, listed.count)
        let heading = "\(title(of: listed.listing)) (\(position))"
        let title = "\(heading) — \(labels.documentTitle) — \(settings.organisation.name) — \(settings.audit.id)"
        let navigation = navigation(listed)
        sink.write(
            markup: """
                \(head(title))\(page.header())
                \(navigation)<main>
                <section id="\(attribute: listed.listing.rawValue)">
                <h2>\(heading)</h2>

                """)
        page.writeArticles(listed.listing, listed.records, to: sink)
        sink.write(markup: "</section>\n</main>\n\(navigation)</body>\n</html>\n")
    }

    /// In index.html, for a split listing: each page with links to its first and last record.
    func pageList(_ listing: PackListing, _ pages: [PagePlan.Page]) -> HTMLFragment {
        let words = PageLabels.forLanguage(page.content.language)
        let ids = page.ids(of: listing)
        let perPage = pages.first?.records.count ?? 0
        let items = pages.map { listed in
            let first = ids[listed.records.lowerBound]
            let last = ids[listed.records.upperBound - 1]
            return """
                <li><a href="\(attribute: listed.fileName)">\(words.pageOf(listed.number, listed.count))</a>: \(recordLink(listing, first)) – \(recordLink(listing, last))</li>

                """ as HTMLFragment
        }
        return """
            <p>\(words.listedOn(ids.count, pages.count, perPage))</p>
            <ol class="pages">
            \(items)</ol>

            """
    }

    private func recordLink(_ listing: PackListing, _ id: String) -> HTMLFragment {
        "<a href=\"\(attribute: page.href(toAnchor: HTMLText.anchor(listing.anchorPrefix, id)))\">\(id)</a>"
    }

    /// Links to index.html, to the listing's section in it, and to the previous and next pages.
    private func navigation(_ listed: PagePlan.Page) -> HTMLFragment {
        let words = PageLabels.forLanguage(page.content.language)
        var links: [HTMLFragment] = [
            "<a href=\"\(attribute: PagePlan.indexFile)\">\(page.labels.documentTitle)</a>",
            "<a href=\"\(attribute: PagePlan.indexFile + "#" + listed.listing.rawValue)\">\(title(of: listed.listing))</a>",
            "\(words.pageOf(listed.number, listed.count))",
        ]
        if listed.number > 1 {
            let previous = listed.listing.fileName(page: listed.number - 1)
            links.append("<a href=\"\(attribute: previous)\" rel=\"prev\">\(words.previous)</a>")
        }
        if listed.number < listed.count {
            let next = listed.listing.fileName(page: listed.number + 1)
            links.append("<a href=\"\(attribute: next)\" rel=\"next\">\(words.next)</a>")
        }
        return """
            <nav class="pages" aria-label="\(attribute: words.navigation)">
            <p>\(links.joined(separator: " · "))</p>
            </nav>

            """
    }
}
