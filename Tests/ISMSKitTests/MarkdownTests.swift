import ISMSKit
import Testing

@Suite("SafeMarkdown: a safe Markdown subset")
struct MarkdownTests {
    private func html(_ markdown: String) -> String { SafeMarkdown.html(markdown) }

    /// Every tag of the output, from `<` to `>`: where an attribute would have to be.
    private func tags(in html: String) -> [Substring] {
        html.split(separator: "<", omittingEmptySubsequences: true).map { $0.prefix { $0 != ">" } }
    }

    // MARK: Blocks

    @Test("paragraphs, soft and hard line breaks")
    func paragraphs() {
        #expect(html("") == "")
        #expect(html("one\ntwo\n\nthree") == "<p>one\ntwo</p>\n<p>three</p>\n")
        #expect(html("one  \ntwo") == "<p>one<br />\ntwo</p>\n")
        #expect(html("one\\\ntwo") == "<p>one<br />\ntwo</p>\n")
        #expect(html("a\r\nb\rc") == "<p>a\nb\nc</p>\n")
    }

    @Test("ATX headings sit below the control heading: # is h4, ## h5, deeper h6")
    func headings() {
        #expect(html("# One") == "<h4>One</h4>\n")
        #expect(html("## Two ##") == "<h5>Two</h5>\n")
        #expect(html("### Three") == "<h6>Three</h6>\n")
        #expect(html("###### Six") == "<h6>Six</h6>\n")
        #expect(html("####### Seven") == "<p>####### Seven</p>\n")
        #expect(html("#NoSpace") == "<p>#NoSpace</p>\n")
        #expect(html("Title\n=====") == "<h4>Title</h4>\n")
        #expect(html("Sub\n---") == "<h5>Sub</h5>\n")
    }

    @Test("emphasis, strong and their nesting")
    func emphasis() {
        #expect(html("*a* _b_ **c** __d__") == "<p><em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong></p>\n")
        #expect(html("***both***") == "<p><em><strong>both</strong></em></p>\n")
        #expect(html("**bold *it* bold**") == "<p><strong>bold <em>it</em> bold</strong></p>\n")
        #expect(html("*it **bold** it*") == "<p><em>it <strong>bold</strong> it</em></p>\n")
        #expect(html("snake_case_name") == "<p>snake_case_name</p>\n")
        #expect(html("2 * 3 * 4") == "<p>2 * 3 * 4</p>\n")
        #expect(html("*open") == "<p>*open</p>\n")
        #expect(html("\\*literal\\*") == "<p>*literal*</p>\n")
    }

    @Test("inline code keeps its content literal and escaped")
    func inlineCode() {
        #expect(html("use `isms check`") == "<p>use <code>isms check</code></p>\n")
        #expect(html("``a ` b``") == "<p><code>a ` b</code></p>\n")
        #expect(html("`<b>*x*</b>`") == "<p><code>&lt;b&gt;*x*&lt;/b&gt;</code></p>\n")
        #expect(html("`unclosed") == "<p>`unclosed</p>\n")
    }

    @Test("fenced and indented code blocks")
    func codeBlocks() {
        #expect(html("```swift\nlet a = \"<x>\"\n```") == "<pre><code>let a = &quot;&lt;x&gt;&quot;\n</code></pre>\n")
        #expect(html("~~~\n# not a heading\n~~~") == "<pre><code># not a heading\n</code></pre>\n")
        #expect(html("```\nunclosed") == "<pre><code>unclosed\n</code></pre>\n")
        #expect(html("    indented\n    code") == "<pre><code>indented\ncode\n</code></pre>\n")
        #expect(html("\tTabbed") == "<pre><code>Tabbed\n</code></pre>\n")
    }

    @Test("bulleted and numbered lists, tight and loose, one level nested")
    func lists() {
        #expect(html("- a\n- b") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(html("* a\n\n* b") == "<ul>\n<li><p>a</p></li>\n<li><p>b</p></li>\n</ul>\n")
        #expect(html("1. one\n2. two") == "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n")
        #expect(html("3) three\n4) four") == "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n")
        #expect(
            html("- a\n  - b\n  - c\n- d")
                == "<ul>\n<li>a\n<ul>\n<li>b</li>\n<li>c</li>\n</ul></li>\n<li>d</li>\n</ul>\n")
        #expect(html("- item\nlazy") == "<ul>\n<li>item\nlazy</li>\n</ul>\n")
        #expect(html("text\n- item") == "<p>text</p>\n<ul>\n<li>item</li>\n</ul>\n")
        #expect(html("1986. A year") == "<ol start=\"1986\">\n<li>A year</li>\n</ol>\n")
    }

    @Test("block quotes, with lazy continuation and nesting")
    func blockQuotes() {
        #expect(html("> quoted\n> more") == "<blockquote>\n<p>quoted\nmore</p>\n</blockquote>\n")
        #expect(html("> quoted\nlazy") == "<blockquote>\n<p>quoted\nlazy</p>\n</blockquote>\n")
        #expect(
            html("> a\n>\n> > b") == "<blockquote>\n<p>a</p>\n<blockquote>\n<p>b</p>\n</blockquote>\n</blockquote>\n")
    }

    @Test("thematic breaks")
    func thematicBreak() {
        #expect(html("a\n\n***\n\nb") == "<p>a</p>\n<hr />\n<p>b</p>\n")
    }

    // MARK: Links

    @Test("links to http, https, mailto and relative URLs survive, attribute-escaped")
    func allowedLinks() {
        #expect(
            html("[site](https://example.org/a?b=1&c=2)")
                == "<p><a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">site</a></p>\n")
        #expect(html("[m](mailto:a@b.nl)") == "<p><a href=\"mailto:a@b.nl\" rel=\"noopener noreferrer\">m</a></p>\n")
        #expect(
            html("[doc](docs/a%20b.md#x)") == "<p><a href=\"docs/a%20b.md#x\" rel=\"noopener noreferrer\">doc</a></p>\n"
        )
        #expect(html("[p](<a b\"c'.pdf>)") == "<p><a href=\"a%20b%22c%27.pdf\" rel=\"noopener noreferrer\">p</a></p>\n")
        #expect(
            html("[t](http://x.nl \"title\")") == "<p><a href=\"http://x.nl\" rel=\"noopener noreferrer\">t</a></p>\n")
        #expect(
            html("[wiki](https://w.org/A_(b))")
                == "<p><a href=\"https://w.org/A_(b)\" rel=\"noopener noreferrer\">wiki</a></p>\n")
        #expect(
            html("[*em* link](http://a.nl)")
                == "<p><a href=\"http://a.nl\" rel=\"noopener noreferrer\"><em>em</em> link</a></p>\n")
        #expect(html("[not a link] (x)") == "<p>[not a link] (x)</p>\n")
        #expect(html("[ref][id]") == "<p>[ref][id]</p>\n")
    }

    @Test(
        "dangerous schemes are dropped in every spelling; the link text stays as plain text",
        arguments: [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "<java\nscript:alert(1)>", "\u{1}javascript:alert(1)", "javascript\u{0}:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "DATA:text/html,x", "vbscript:msgbox(1)",
            "VBScript:x", "file:///etc/passwd", "FILE://host/share", "//evil.example/x", "\\\\\\\\evil\\\\share",
            "/\\\\evil",
            "javascript&colon;alert(1)x:y", "ms-settings:", "x:y",
        ])
    func droppedSchemes(url: String) {
        let out = html("[click me](\(url))")
        #expect(!out.contains("<a "), "\(url) -> \(out)")
        #expect(!out.lowercased().contains("href"), "\(url) -> \(out)")
        #expect(out.contains("click me"))
    }

    @Test("character references are not decoded, so they cannot spell a scheme")
    func references() {
        let out = html("[a](jav&#x09;ascript:alert(1))")
        #expect(out.contains("href=\"jav&amp;#x09;ascript:alert(1)\""))
        #expect(
            html("[a](javascript&#58;alert(1))")
                == "<p><a href=\"javascript&amp;#58;alert(1)\" rel=\"noopener noreferrer\">a</a></p>\n")
    }

    @Test("relative URLs that merely contain a colon later are kept")
    func colonAfterSlash() {
        #expect(html("[a](dir/x:y)") == "<p><a href=\"dir/x:y\" rel=\"noopener noreferrer\">a</a></p>\n")
        #expect(html("[a](?q=a:b)") == "<p><a href=\"?q=a:b\" rel=\"noopener noreferrer\">a</a></p>\n")
    }

    @Test("autolinks for http, https and e-mail; other schemes become text")
    func autolinks() {
        #expect(
            html("<https://example.org/x>")
                == "<p><a href=\"https://example.org/x\" rel=\"noopener noreferrer\">https://example.org/x</a></p>\n")
        #expect(
            html("<info@psms.nl>")
                == "<p><a href=\"mailto:info@psms.nl\" rel=\"noopener noreferrer\">info@psms.nl</a></p>\n")
        #expect(html("<javascript:alert(1)>") == "<p>javascript:alert(1)</p>\n")
        #expect(html("<JAVASCRIPT:alert(1)>") == "<p>JAVASCRIPT:alert(1)</p>\n")
        #expect(html("<data:text/html,x>") == "<p>data:text/html,x</p>\n")
        #expect(html("a < b > c") == "<p>a &lt; b &gt; c</p>\n")
    }

    @Test("images render as their alt text only, never as a request")
    func images() {
        #expect(html("![logo *x*](https://tracker.example/p.gif)") == "<p>logo x</p>\n")
        #expect(html("![a](javascript:alert(1))") == "<p>a</p>\n")
        #expect(!html("![x](http://e.org/i.png)").contains("<img"))
    }

    // MARK: Raw HTML and escaping

    @Test(
        "raw HTML shows as text, never as markup",
        arguments: [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<IMG SRC=\"javascript:alert(1)\">",
            "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil>",
            "<style>body{background:url(http://e)}</style>", "<!-- c --><b>", "<?php ?>", "<![CDATA[x]]>",
            "&lt;script&gt;", "\" onmouseover=\"alert(1)", "' onfocus='x",
        ])
    func rawHTML(input: String) {
        for markdown in [
            input, "para \(input)", "# \(input)", "- \(input)", "> \(input)", "*\(input)*", "[\(input)](x)",
        ] {
            let out = html(markdown)
            #expect(!out.contains("<script"), "\(markdown) -> \(out)")
            #expect(!out.contains("<img"), "\(markdown) -> \(out)")
            #expect(!out.contains("<svg"), "\(markdown) -> \(out)")
            #expect(!out.contains("<iframe"), "\(markdown) -> \(out)")
            #expect(!out.contains("<style"), "\(markdown) -> \(out)")
            #expect(!out.contains("<!--"), "\(markdown) -> \(out)")
            for tag in tags(in: out) {
                #expect(!tag.contains("onerror") && !tag.contains("onmouseover") && !tag.contains("onfocus"), "\(tag)")
                #expect(!tag.contains("javascript"), "\(tag)")
            }
        }
        #expect(!html(input).contains(input))
    }

    @Test("every character of & < > \" ' is escaped in text, code and link text")
    func escaping() {
        #expect(html("a & b < c > d \" e ' f") == "<p>a &amp; b &lt; c &gt; d &quot; e &#39; f</p>\n")
        #expect(html("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")
        #expect(
            html("[<b>](http://a.nl)") == "<p><a href=\"http://a.nl\" rel=\"noopener noreferrer\">&lt;b&gt;</a></p>\n")
    }

    @Test("a link target cannot break out of its attribute")
    func attributeInjection() {
        let out = html("[x](http://a.nl/\"onmouseover=\"alert(1))")
        #expect(!out.contains("\"onmouseover"))
        let bracketed = html("[x](<http://a.nl/\" onmouseover=\"alert(1)>)")
        #expect(bracketed.contains("href=\"http://a.nl/%22%20onmouseover=%22alert(1)\""))
    }

    @Test("direction overrides are made visible and control characters replaced")
    func bidiAndControls() {
        #expect(html("abc\u{202E}fed") == "<p>abc[U+202E]fed</p>\n")
        #expect(html("x\u{2066}y\u{2069}") == "<p>x[U+2066]y[U+2069]</p>\n")
        #expect(html("a\u{1}b\u{0}c") == "<p>a\u{FFFD}b\u{FFFD}c</p>\n")
    }

    // MARK: Hostile sizes

    @Test(
        "hostile input renders, stays escaped and bounded",
        arguments: [
            String(repeating: "*", count: 100_000), String(repeating: "[", count: 100_000),
            String(repeating: "_a", count: 50_000), String(repeating: "*a **b ", count: 20_000),
            String(repeating: "[a](", count: 30_000), String(repeating: "[](()", count: 25_000),
            String(repeating: "`", count: 50_000) + "x", String(repeating: "`a``b", count: 20_000),
            String(repeating: "<a", count: 50_000), String(repeating: "> ", count: 50_000) + "deep",
            String(repeating: "- ", count: 50_000) + "deep", String(repeating: "![", count: 50_000),
            String(repeating: "x", count: 1_000_000), String(repeating: "a\n", count: 100_000),
            String(repeating: "[[]]", count: 25_000) + "(x)", String(repeating: "**_", count: 30_000),
            "<script>" + String(repeating: "*<", count: 50_000),
        ])
    func hostile(input: String) {
        let out = html(input)
        #expect(!out.isEmpty)
        #expect(!out.contains("<script"))
        #expect(!out.contains("<a<"))
    }

    @Test("containers nest only a few levels; deeper markers stay text")
    func nestingCap() {
        let out = html(String(repeating: "> ", count: 10) + "deep")
        #expect(out.components(separatedBy: "<blockquote>").count - 1 == 4)
        #expect(out.contains("&gt; &gt;"))
    }
}
