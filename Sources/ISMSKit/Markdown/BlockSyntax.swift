/// Recognises the start of each kind of Markdown block on one line. Lines reach it with tabs in
/// their indentation already expanded to spaces.
enum BlockSyntax {
    /// A list item marker: `-`, `+`, `*`, or 1 to 9 digits and `.` or `)`.
    struct ListMarker {
        /// The bullet character, or the delimiter after the number of an ordered item.
        let symbol: Character
        let ordered: Bool
        let number: Int
        /// The column where the item's content starts; continuation lines are indented this far.
        let contentOffset: Int
        /// The rest of the first line.
        let content: String

        func continues(_ other: ListMarker) -> Bool { ordered == other.ordered && symbol == other.symbol }
    }

    struct Fence {
        let character: Character
        let length: Int
        let indent: Int
    }

    static func isBlank(_ line: String) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }

    static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// The line with its indentation's tabs expanded to the next multiple of four columns.
    static func expandingTabs(_ line: some StringProtocol) -> String {
        guard line.first == " " || line.first == "\t" else { return String(line) }
        var column = 0
        var rest = line[...]
        while let first = rest.first, first == " " || first == "\t" {
            column += first == "\t" ? 4 - column % 4 : 1
            rest = rest.dropFirst()
        }
        return String(repeating: " ", count: column) + rest
    }

    /// The line without up to `count` leading spaces.
    static func dropIndent(_ line: String, _ count: Int) -> String {
        String(line.dropFirst(min(count, indentation(line))))
    }

    static func heading(_ line: String) -> (level: Int, text: String)? {
        guard indentation(line) < 4 else { return nil }
        let rest = line.drop { $0 == " " }
        let level = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let after = rest.dropFirst(level)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        var text = after.trimmingSpaces()
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing == text.count {
            text = ""
        } else if closing > 0, text.dropLast(closing).last == " " {
            text = String(text.dropLast(closing)).trimmingSpaces()
        }
        return (level, text)
    }

    static func fence(_ line: String) -> (fence: Fence, info: String)? {
        let indent = indentation(line)
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent)
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let length = rest.prefix { $0 == character }.count
        let info = rest.dropFirst(length)
        guard length >= 3, character == "~" || !info.contains("`") else { return nil }
        return (Fence(character: character, length: length, indent: indent), info.trimmingSpaces())
    }

    static func closes(_ fence: Fence, _ line: String) -> Bool {
        let indent = indentation(line)
        guard indent < 4 else { return false }
        let rest = line.dropFirst(indent)
        let length = rest.prefix { $0 == fence.character }.count
        return length >= fence.length && isBlank(String(rest.dropFirst(length)))
    }

    static func isThematicBreak(_ line: String) -> Bool {
        guard indentation(line) < 4 else { return false }
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard let first = marks.first, "*-_".contains(first), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `===` or `---` under a paragraph line: level 1 or 2.
    static func setextLevel(_ line: String) -> Int? {
        guard indentation(line) < 4 else { return nil }
        let rest = line.trimmingSpaces()
        guard let first = rest.first, first == "=" || first == "-", rest.allSatisfy({ $0 == first }) else {
            return nil
        }
        return first == "=" ? 1 : 2
    }

    static func isBlockQuote(_ line: String) -> Bool {
        indentation(line) < 4 && line.drop { $0 == " " }.first == ">"
    }

    /// The content of a block quote line after `>` and one optional space.
    static func quoteContent(_ line: String) -> String {
        let rest = expandingTabs(line.drop { $0 == " " }.dropFirst())
        return rest.first == " " ? String(rest.dropFirst()) : rest
    }

    static func listMarker(_ line: String) -> ListMarker? {
        let indent = indentation(line)
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent)
        var symbol: Character
        var number = 0
        var width: Int
        if let first = rest.first, "-+*".contains(first) {
            symbol = first
            width = 1
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), let delimiter = rest.dropFirst(digits.count).first,
                delimiter == "." || delimiter == ")", let value = Int(digits)
            else { return nil }
            symbol = delimiter
            number = value
            width = digits.count + 1
        }
        let after = rest.dropFirst(width)
        guard after.isEmpty || after.first == " " else { return nil }
        let spaces = after.prefix { $0 == " " }.count
        let content = after.dropFirst(spaces)
        // An item whose content is indented code, or that starts empty, begins one space after the marker.
        let gap = content.isEmpty || spaces > 4 ? 1 : spaces
        return ListMarker(
            symbol: symbol, ordered: symbol == "." || symbol == ")", number: number,
            contentOffset: indent + width + gap, content: String(after.dropFirst(min(gap, spaces))))
    }

    /// True when the line starts a block that ends a paragraph (given container nesting allowed).
    static func interruptsParagraph(_ line: String, containers: Bool) -> Bool {
        if heading(line) != nil || fence(line) != nil || isThematicBreak(line) { return true }
        guard containers else { return false }
        if isBlockQuote(line) { return true }
        guard let marker = listMarker(line), !isBlank(marker.content) else { return false }
        return !marker.ordered || marker.number == 1
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let start = drop { $0 == " " || $0 == "\t" }
        return String(start.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
