/// Every maximal run of backticks in a paragraph, by length, so that the closer of a code span
/// is found without rescanning: one forward-moving cursor per length.
struct BacktickRuns {
    private var starts: [Int: [Int]] = [:]
    private var cursors: [Int: Int] = [:]

    init(_ text: [Unicode.Scalar]) {
        var i = 0
        while i < text.count {
            guard text[i] == "`" else {
                i += 1
                continue
            }
            var end = i
            while end < text.count, text[end] == "`" { end += 1 }
            starts[end - i, default: []].append(i)
            i = end
        }
    }

    /// The start of the first run of exactly `length` backticks at or after `position`.
    /// Calls must come with non-decreasing positions.
    mutating func closer(length: Int, after position: Int) -> Int? {
        guard let list = starts[length] else { return nil }
        var k = cursors[length] ?? 0
        while k < list.count, list[k] < position { k += 1 }
        cursors[length] = k
        return k < list.count ? list[k] : nil
    }
}

/// Reads `(destination "title")` after the `]` of a link. Scans at most `maximumLength`
/// characters and never more than the shared budget, so many `](` cannot make rendering quadratic.
struct LinkTailScanner {
    static let maximumLength = 2048
    static let maximumParenDepth = 32

    struct Tail {
        let destination: String
        /// The index just after the closing `)`.
        let end: Int
    }

    let text: [Unicode.Scalar]
    private(set) var budget: Int

    init(text: [Unicode.Scalar], budget: Int) {
        self.text = text
        self.budget = budget
    }

    mutating func scan(from start: Int) -> Tail? {
        guard budget > 0, start < text.count, text[start] == "(" else { return nil }
        let limit = min(text.count, start + min(Self.maximumLength, budget))
        var j = start + 1
        defer { budget -= j - start + 1 }
        j = skipSpaces(j, limit)
        var destination = String.UnicodeScalarView()
        if j < limit, text[j] == "<" {
            j += 1
            while j < limit, text[j] != ">" {
                if text[j] == "\n" || text[j] == "<" { return nil }
                j = take(j, limit, into: &destination)
            }
            guard j < limit else { return nil }
            j += 1
        } else {
            var depth = 0
            while j < limit {
                let c = text[j]
                if c.properties.isWhitespace || c.value < 0x20 || c.value == 0x7F { break }
                if c == "(" {
                    depth += 1
                    if depth > Self.maximumParenDepth { return nil }
                } else if c == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                j = take(j, limit, into: &destination)
            }
            if depth != 0 { return nil }
        }
        let afterDestination = j
        j = skipSpaces(j, limit)
        if j > afterDestination, j < limit, text[j] == "\"" || text[j] == "'" || text[j] == "(" {
            let close: Unicode.Scalar = text[j] == "(" ? ")" : text[j]
            j += 1
            while j < limit, text[j] != close {
                if close == ")", text[j] == "(" { return nil }
                j += text[j] == "\\" ? 2 : 1
            }
            guard j < limit else { return nil }
            j = skipSpaces(j + 1, limit)
        }
        guard j < limit, text[j] == ")" else { return nil }
        return Tail(destination: String(destination), end: j + 1)
    }

    /// Appends the character at `j` (or the one a backslash escapes) and returns the next index.
    private func take(_ j: Int, _ limit: Int, into out: inout String.UnicodeScalarView) -> Int {
        if text[j] == "\\", j + 1 < limit, BlockSyntax.isASCIIPunctuation(text[j + 1]) {
            out.append(text[j + 1])
            return j + 2
        }
        out.append(text[j])
        return j + 1
    }

    /// Skips spaces and tabs and at most one line break.
    private func skipSpaces(_ start: Int, _ limit: Int) -> Int {
        var j = start
        var lineBreaks = 0
        while j < limit, text[j] == " " || text[j] == "\t" || (text[j] == "\n" && lineBreaks == 0) {
            if text[j] == "\n" { lineBreaks += 1 }
            j += 1
        }
        return j
    }
}

/// The two kinds of autolink: `<scheme:...>` and `<name@example.org>`.
enum Autolink {
    /// A scheme of 2 to 32 characters (a letter, then letters, digits, `+`, `.`, `-`) and a `:`.
    static func hasScheme(_ target: String) -> Bool {
        var count = 0
        for scalar in target.unicodeScalars {
            if scalar == ":" { return count >= 2 }
            guard scalar.isASCII, count < 32 else { return false }
            let letter = scalar.properties.isAlphabetic
            guard letter || (count > 0 && (("0"..."9").contains(scalar) || "+.-".unicodeScalars.contains(scalar)))
            else { return false }
            count += 1
        }
        return false
    }

    static func isEmail(_ target: String) -> Bool {
        let parts = target.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        let local = parts[0].unicodeScalars.allSatisfy {
            $0.isASCII
                && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
                    || ".!#$%&'*+/=?^_`{|}~-".unicodeScalars.contains($0))
        }
        let domain = parts[1].unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "-")
        }
        return local && domain && !parts[1].hasPrefix(".") && !parts[1].hasPrefix("-")
    }
}
