/// Renders the pack's HTML: `index.html`, one self-contained page an auditor opens offline from
/// the unpacked pack, and for a large register the pages its longest listings are split over
/// (`PagePlan`). Inline CSS only, no script, no request of any kind (a Content-Security-Policy
/// forbids them as a backstop), every register string escaped by `HTMLText`, narratives through
/// `SafeMarkdown`. The same content always gives the same bytes.
public enum PackHTMLRenderer {
    /// The Content-Security-Policy of the page: nothing may load; inline styles and data: images only.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The most records a listing shows in index.html: one with more (in practice only the
    /// evidence, the organisation's own controls and the processing register of a large register)
    /// is split over pages of this many records each.
    public static let recordsPerPage = 250

    /// The whole pack in one page, index.html, whatever the register's size. With `changes`
    /// (a pack made with `--previous`), the page opens with what changed since.
    public static func render(_ content: PackContent, changes: RegisterDiff? = nil) -> String {
        let sink = StringSink()
        PackHTMLDocument(content, changes: changes).writeIndex(to: sink)
        return sink.text
    }

    /// Every HTML file of a pack whose listings are split at `recordsPerPage` records, by name,
    /// index.html first: what `isms pack` writes, as strings (for tests).
    @_spi(Testing)
    public static func renderFiles(_ content: PackContent, changes: RegisterDiff? = nil, recordsPerPage: Int)
        -> [(name: String, html: String)]
    {
        let document = PackHTMLDocument(content, changes: changes, recordsPerPage: recordsPerPage)
        let index = StringSink()
        document.writeIndex(to: index)
        return [(PagePlan.indexFile, index.text)]
            + document.pages.map { page in
                let sink = StringSink()
                document.write(page, to: sink)
                return (page.fileName, sink.text)
            }
    }
}
