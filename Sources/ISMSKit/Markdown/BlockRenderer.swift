/// Splits Markdown into blocks and renders each: paragraphs, headings, code blocks, thematic
/// breaks, block quotes and lists. Containers (quotes, list items) are rendered by calling it
/// again on their lines, at most `maximumDepth` levels deep; deeper markers stay plain text.
/// Each level reads each line once, so rendering takes time linear in the input.
struct BlockRenderer {
    static let maximumDepth = 4

    private let lines: [String]
    private let depth: Int
    /// Inside a tight list item: paragraphs render without `<p>`.
    private let tight: Bool
    private var blocks: [String] = []
    private var i = 0

    static func render(_ lines: [String], depth: Int = 0, tight: Bool = false) -> String {
        var renderer = BlockRenderer(lines: lines, depth: depth, tight: tight)
        renderer.run()
        return renderer.blocks.joined(separator: "\n")
    }

    private init(lines: [String], depth: Int, tight: Bool) {
        self.lines = lines
        self.depth = depth
        self.tight = tight
    }

    private var containers: Bool { depth < Self.maximumDepth }

    private mutating func run() {
        while i < lines.count {
            let line = lines[i]
            if BlockSyntax.isBlank(line) {
                i += 1
            } else if BlockSyntax.indentation(line) >= 4 {
                indentedCode()
            } else if let (fence, _) = BlockSyntax.fence(line) {
                fencedCode(fence)
            } else if let (level, text) = BlockSyntax.heading(line) {
                blocks.append(Self.heading(level, text))
                i += 1
            } else if BlockSyntax.isThematicBreak(line) {
                blocks.append("<hr />")
                i += 1
            } else if containers, BlockSyntax.isBlockQuote(line) {
                blockQuote()
            } else if containers, let marker = BlockSyntax.listMarker(line) {
                list(marker)
            } else {
                paragraph()
            }
        }
    }

    private static func heading(_ level: Int, _ text: String) -> String {
        // Headings sit inside a control's section of the pack: # is h4, ## h5, deeper h6.
        let tag = "h\(min(level + 3, 6))"
        return "<\(tag)>\(InlineRenderer.render(text))</\(tag)>"
    }

    private static func code(_ lines: some Collection<String>) -> String {
        var body = ""
        for line in lines { body += HTMLText.escape(line) + "\n" }
        return "<pre><code>\(body)</code></pre>"
    }

    private mutating func indentedCode() {
        var body: [String] = []
        while i < lines.count, BlockSyntax.isBlank(lines[i]) || BlockSyntax.indentation(lines[i]) >= 4 {
            body.append(BlockSyntax.dropIndent(lines[i], 4))
            i += 1
        }
        while let last = body.last, BlockSyntax.isBlank(last) { body.removeLast() }
        blocks.append(Self.code(body))
    }

    private mutating func fencedCode(_ fence: BlockSyntax.Fence) {
        var body: [String] = []
        i += 1
        while i < lines.count, !BlockSyntax.closes(fence, lines[i]) {
            body.append(BlockSyntax.dropIndent(lines[i], fence.indent))
            i += 1
        }
        i += 1
        blocks.append(Self.code(body))
    }

    private mutating func paragraph() {
        var text: [String] = [String(lines[i].drop { $0 == " " || $0 == "\t" })]
        var setext: Int?
        i += 1
        while i < lines.count, !BlockSyntax.isBlank(lines[i]) {
            if let level = BlockSyntax.setextLevel(lines[i]) {
                setext = level
                i += 1
                break
            }
            if BlockSyntax.interruptsParagraph(lines[i], containers: containers) { break }
            text.append(String(lines[i].drop { $0 == " " || $0 == "\t" }))
            i += 1
        }
        let joined = text.joined(separator: "\n")
        var content = joined
        while content.last == " " || content.last == "\t" { content.removeLast() }
        if let setext {
            blocks.append(Self.heading(setext, content))
        } else {
            let inline = InlineRenderer.render(content)
            blocks.append(tight ? inline : "<p>\(inline)</p>")
        }
    }

    private mutating func blockQuote() {
        var inner: [String] = []
        var lazyAllowed = false
        while i < lines.count {
            let line = lines[i]
            if BlockSyntax.isBlockQuote(line) {
                let content = BlockSyntax.quoteContent(line)
                inner.append(content)
                lazyAllowed = !BlockSyntax.isBlank(content) && BlockSyntax.fence(content) == nil
            } else if lazyAllowed, !BlockSyntax.isBlank(line),
                !BlockSyntax.interruptsParagraph(line, containers: true)
            {
                inner.append(line)
            } else {
                break
            }
            i += 1
        }
        let body = Self.render(inner, depth: depth + 1)
        blocks.append("<blockquote>\n\(body)\n</blockquote>")
    }

    private mutating func list(_ first: BlockSyntax.ListMarker) {
        var marker = first
        var items: [[String]] = [[marker.content]]
        var blankSeen = false
        var loose = false
        i += 1
        while i < lines.count {
            let line = lines[i]
            if BlockSyntax.isBlank(line) {
                items[items.count - 1].append("")
                blankSeen = true
            } else if BlockSyntax.indentation(line) >= marker.contentOffset {
                if blankSeen { loose = true }
                items[items.count - 1].append(
                    BlockSyntax.expandingTabs(BlockSyntax.dropIndent(line, marker.contentOffset)))
                blankSeen = false
            } else if BlockSyntax.isThematicBreak(line) {
                break
            } else if let next = BlockSyntax.listMarker(line), next.continues(first) {
                if blankSeen { loose = true }
                items.append([next.content])
                marker = next
                blankSeen = false
            } else if !blankSeen, !BlockSyntax.interruptsParagraph(line, containers: true) {
                items[items.count - 1].append(line)
            } else {
                break
            }
            i += 1
        }
        var html = first.ordered ? (first.number == 1 ? "<ol>" : "<ol start=\"\(first.number)\">") : "<ul>"
        for item in items {
            var body = item
            while let last = body.last, BlockSyntax.isBlank(last) { body.removeLast() }
            html += "\n<li>" + Self.render(body, depth: depth + 1, tight: !loose) + "</li>"
        }
        html += first.ordered ? "\n</ol>" : "\n</ul>"
        blocks.append(html)
    }
}
