/// Renders the inline content of one paragraph or heading: emphasis, strong, code spans, links,
/// autolinks, images (as their alt text), backslash escapes and hard line breaks.
///
/// One pass left to right without recursion or backtracking, after CommonMark's delimiter-stack
/// algorithm: text becomes escaped pieces, `*`, `_` and `[` become entries of a delimiter stack
/// and a bracket stack, and a match only adds tags to pieces already written. Every search is
/// bounded (`openersBottom`, per-length queues of backtick runs, a scan budget for link targets),
/// so any input renders in linear time.
struct InlineRenderer {
    private let text: [Unicode.Scalar]
    private var pieces: [InlinePiece] = []
    private var pending = ""
    private var delimiters = DelimiterStack()
    private var brackets: [Bracket] = []
    /// Brackets below this index are inactive: a link closed after them (links do not nest).
    private var inactiveBelow = 0
    private var codeRuns: BacktickRuns
    /// What may still be spent scanning link targets, so that many `](` cannot make it quadratic.
    private var scanBudget: Int

    private struct Bracket {
        let piece: Int
        let delimiterBottom: Int
        let image: Bool
    }

    static func render(_ source: String) -> String {
        var renderer = InlineRenderer(Array(source.unicodeScalars))
        return renderer.run()
    }

    private init(_ text: [Unicode.Scalar]) {
        self.text = text
        codeRuns = BacktickRuns(text)
        scanBudget = 4 * text.count + 10_000
    }

    private mutating func run() -> String {
        var i = 0
        while i < text.count {
            let c = text[i]
            switch c {
            case "\\": i = backslash(at: i)
            case "`": i = codeSpan(at: i)
            case "*", "_": i = delimiterRun(at: i)
            case "[":
                push(bracketAt: i, image: false)
                i += 1
            case "!" where i + 1 < text.count && text[i + 1] == "[":
                push(bracketAt: i, image: true)
                i += 2
            case "]": i = closeBracket(at: i)
            case "<": i = autolink(at: i)
            case "\n": i = lineBreak(at: i)
            default:
                HTMLText.append(c, to: &pending)
                i += 1
            }
        }
        delimiters.processEmphasis(above: -1, pieces: &pieces)
        flush()
        return InlinePiece.join(pieces)
    }

    // MARK: Text

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        pieces.append(InlinePiece(literal: pending))
        pending = ""
    }

    private mutating func emit(_ markup: String) {
        flush()
        pieces.append(InlinePiece(literal: "", before: markup))
    }

    private mutating func backslash(at i: Int) -> Int {
        guard i + 1 < text.count else {
            HTMLText.append("\\", to: &pending)
            return i + 1
        }
        let next = text[i + 1]
        if next == "\n" {
            emit("<br />\n")
            return skipLeadingSpaces(i + 2)
        }
        if BlockSyntax.isASCIIPunctuation(next) {
            HTMLText.append(next, to: &pending)
            return i + 2
        }
        HTMLText.append("\\", to: &pending)
        return i + 1
    }

    private mutating func lineBreak(at i: Int) -> Int {
        var spaces = 0
        while pending.hasSuffix(" ") {
            pending.removeLast()
            spaces += 1
        }
        if spaces >= 2 { emit("<br />\n") } else { pending += "\n" }
        return skipLeadingSpaces(i + 1)
    }

    private func skipLeadingSpaces(_ start: Int) -> Int {
        var j = start
        while j < text.count, text[j] == " " || text[j] == "\t" { j += 1 }
        return j
    }

    // MARK: Code spans

    private mutating func codeSpan(at i: Int) -> Int {
        var end = i
        while end < text.count, text[end] == "`" { end += 1 }
        let length = end - i
        guard let closer = codeRuns.closer(length: length, after: end) else {
            pending += String(repeating: "`", count: length)
            return end
        }
        var content = text[end..<closer].map { $0 == "\n" ? " " : $0 }
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = Array(content.dropFirst().dropLast())
        }
        var code = "<code>"
        for scalar in content { HTMLText.append(scalar, to: &code) }
        emit(code + "</code>")
        return closer + length
    }

    // MARK: Emphasis

    private mutating func delimiterRun(at i: Int) -> Int {
        let c = text[i]
        var end = i
        while end < text.count, text[end] == c { end += 1 }
        let before: Unicode.Scalar = i > 0 ? text[i - 1] : "\n"
        let after: Unicode.Scalar = end < text.count ? text[end] : "\n"
        let flanking = Flanking(before: before, after: after)
        let canOpen = c == "*" ? flanking.left : flanking.left && (!flanking.right || flanking.punctuationBefore)
        let canClose = c == "*" ? flanking.right : flanking.right && (!flanking.left || flanking.punctuationAfter)
        flush()
        pieces.append(InlinePiece(literal: String(repeating: String(c), count: end - i)))
        delimiters.push(
            Delimiter(
                piece: pieces.count - 1, character: c, count: end - i, original: end - i, canOpen: canOpen,
                canClose: canClose))
        return end
    }

    // MARK: Links and images

    private mutating func push(bracketAt i: Int, image: Bool) {
        flush()
        pieces.append(InlinePiece(literal: image ? "![" : "["))
        brackets.append(Bracket(piece: pieces.count - 1, delimiterBottom: delimiters.top, image: image))
    }

    private mutating func closeBracket(at i: Int) -> Int {
        guard let opener = brackets.popLast() else {
            pending += "]"
            return i + 1
        }
        let active = brackets.count >= inactiveBelow
        inactiveBelow = min(inactiveBelow, brackets.count)
        var scanner = LinkTailScanner(text: text, budget: scanBudget)
        let tail = active ? scanner.scan(from: i + 1) : nil
        scanBudget = scanner.budget
        guard let tail else {
            pending += "]"
            return i + 1
        }
        delimiters.processEmphasis(above: opener.delimiterBottom, pieces: &pieces)
        flush()
        if opener.image {
            pieces[opener.piece] = InlinePiece(literal: "", plainStart: true)
            pieces.append(InlinePiece(literal: "", plainEnd: true))
        } else {
            let allowed = LinkPolicy.isAllowed(tail.destination)
            let open = allowed ? "<a href=\"\(LinkPolicy.href(tail.destination))\" rel=\"noopener noreferrer\">" : ""
            pieces[opener.piece] = InlinePiece(literal: "", after: open)
            pieces.append(InlinePiece(literal: "", before: allowed ? "</a>" : ""))
            inactiveBelow = brackets.count
        }
        return tail.end
    }

    private mutating func autolink(at i: Int) -> Int {
        var j = i + 1
        while j < text.count, j - i <= LinkTailScanner.maximumLength {
            let c = text[j]
            if c == ">" || c == "<" || c.properties.isWhitespace || c.value < 0x20 { break }
            j += 1
        }
        guard j < text.count, text[j] == ">", j > i + 1 else {
            HTMLText.append("<", to: &pending)
            return i + 1
        }
        let target = String(String.UnicodeScalarView(text[(i + 1)..<j]))
        let url: String
        if Autolink.hasScheme(target) {
            url = target
        } else if Autolink.isEmail(target) {
            url = "mailto:" + target
        } else {
            HTMLText.append("<", to: &pending)
            return i + 1
        }
        if LinkPolicy.isAllowed(url) {
            emit("<a href=\"\(LinkPolicy.href(url))\" rel=\"noopener noreferrer\">\(HTMLText.escape(target))</a>")
        } else {
            pending += HTMLText.escape(target)
        }
        return j + 1
    }
}
