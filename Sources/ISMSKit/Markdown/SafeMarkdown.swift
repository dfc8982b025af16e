/// Renders the Markdown of register narratives to HTML that is safe to open: a small subset of
/// CommonMark in which everything from the input is HTML-escaped.
///
/// - Blocks: paragraphs, ATX and setext headings (`#` renders as `h4`, `##` as `h5`, deeper as
///   `h6`), fenced and indented code, block quotes, bulleted and numbered lists, thematic breaks.
///   Quotes and lists nest at most `BlockRenderer.maximumDepth` levels; deeper markers stay text.
/// - Inlines: `*em*`, `_em_`, `**strong**`, `` `code` ``, hard line breaks (two spaces or `\` at
///   the end of a line), backslash escapes, `[text](url)` links and `<https://...>` autolinks.
/// - Raw HTML is never passed through: `<script>` shows as the text `<script>`.
/// - Links survive only for `http:`, `https:`, `mailto:` and relative URLs (`LinkPolicy`); any
///   other link keeps its text as plain text. Links get `rel="noopener noreferrer"`.
/// - Images `![alt](url)` render as their alt text only: the page never loads anything.
///
/// Rendering takes time linear in the input, without recursion proportional to it.
public enum SafeMarkdown {
    public static func html(_ markdown: String) -> String {
        var lines: [String] = []
        var line = ""
        var previousWasCR = false
        for scalar in markdown.unicodeScalars {
            switch scalar {
            case "\r":
                lines.append(line)
                line = ""
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR { lines.append(line) }
                line = ""
            case "\0":
                line.unicodeScalars.append("\u{FFFD}")
            default:
                line.unicodeScalars.append(scalar)
            }
            previousWasCR = false
        }
        if !line.isEmpty { lines.append(line) }
        let html = BlockRenderer.render(lines.map(BlockSyntax.expandingTabs))
        return html.isEmpty ? "" : html + "\n"
    }
}
