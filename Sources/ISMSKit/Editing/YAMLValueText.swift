import Yams

/// Writes values as YAML text that reads back to exactly the value meant, for a person's record:
/// plain where that is safe, quoted where YAML would read something else, a literal block for
/// text of several lines. Every choice is confirmed by parsing it back with Yams; when a form
/// does not read back exactly, the next, safer one is used (double quotes always do).
enum YAMLValueText {
    /// A value on the key's line (`key: VALUE`), or nil when it should be a block.
    static func inline(_ value: EditValue) -> String? {
        switch value {
        case .text(let text):
            if text.contains("\n") { return nil }
            return scalar(text, inFlow: false)
        case .token(let token):
            return readsBack(token, as: token) ? token : YAMLText.quoted(token)
        case .list(let items):
            let flow = "[" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
            return flow.count <= 100 && readsBack(list: flow, as: items) ? flow : nil
        }
    }

    /// A text as one scalar: plain when safe (in a flow list, also without `,[]{}`), else quoted.
    static func scalar(_ text: String, inFlow: Bool) -> String {
        if plainIsSafe(text, inFlow: inFlow), readsBack(text, as: text) { return text }
        return YAMLText.quoted(text)
    }

    /// A literal block scalar for a text of several lines: the header (`|` or `|-`, with an
    /// indentation indicator when the first line starts with a space) and the content lines, not
    /// yet indented. Nil when the text holds what a block scalar cannot carry (CR, control
    /// characters, a BOM, YAML 1.1 line breaks), and for a text that ends in more than one line
    /// break: its block would need keep chomping (`|+`), which also takes in the blank lines that
    /// follow it in the record, so such a text is double-quoted instead.
    static func block(_ text: String) -> (header: String, lines: [String])? {
        let forbidden = text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F || $0 == "\u{FEFF}"
                || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" || (0x80..<0xA0).contains($0.value)
        }
        guard !forbidden, !text.isEmpty else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var trailing = 0
        while lines.last == "" {
            lines.removeLast()
            trailing += 1
        }
        guard !lines.isEmpty, trailing <= 1 else { return nil }
        let chomping = trailing == 0 ? "-" : ""
        let firstContent = lines.first { !$0.isEmpty } ?? ""
        // A leading space or tab on the first content line would be taken as indentation.
        let indicator = firstContent.first == " " || firstContent.first == "\t" ? "2" : ""
        // Lines of spaces only before the first content line would set the indentation too.
        if lines.prefix(while: { $0 != firstContent }).contains(where: { !$0.isEmpty }) { return nil }
        return ("|" + indicator + chomping, lines)
    }

    /// The block scalar as it is written under a key indented by `indent` spaces.
    static func blockText(_ block: (header: String, lines: [String]), indent: Int, lineEnd: String) -> String {
        let pad = String(repeating: " ", count: indent + 2)
        return block.header + lineEnd + block.lines.map { ($0.isEmpty ? "" : pad + $0) + lineEnd }.joined()
    }

    // MARK: Safety of plain scalars

    /// Conservative rules for a plain scalar; the parse-back check below confirms them.
    static func plainIsSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) { return false }
            if scalar == "\u{FEFF}" || scalar == "\u{2028}" || scalar == "\u{2029}" { return false }
            if inFlow, ",[]{}".unicodeScalars.contains(scalar) { return false }
        }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        return !looksTyped(text)
    }

    /// Texts that some YAML reader (1.1 or 1.2) takes as a boolean, null, number, date or time,
    /// so that another program reading the register does not see `NO` as false or `1.10` as 1.1.
    static func looksTyped(_ text: String) -> Bool {
        let words: Set<String> = [
            "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~", ".inf", "-.inf", "+.inf", ".nan", "<<",
            "=",
        ]
        if words.contains(text.lowercased()) { return true }
        // Anything number-like: digits with signs, points, colons, underscores, exponents, 0x/0o/0b.
        let numberish = text.unicodeScalars.allSatisfy {
            "0123456789+-._:eEoOxXbBaAcCdDfFtTzZ ".unicodeScalars.contains($0)
        }
        return numberish && text.unicodeScalars.contains { ("0"..."9").contains($0) }
    }

    /// True when `key: TEXT` parses to a plain or quoted scalar whose text is `expected`, and a
    /// YAML 1.1 resolver (Yams' default) sees a string in it when it is meant as text.
    static func readsBack(_ text: String, as expected: String) -> Bool {
        guard let node = parse("k: " + text), case .scalar(let scalar) = node else { return false }
        return scalar.string == expected
    }

    static func readsBack(list text: String, as expected: [String]) -> Bool {
        guard let node = parse("k: " + text), case .sequence(let sequence) = node else { return false }
        return sequence.map { $0.scalar?.string } == expected.map(Optional.some)
    }

    private static func parse(_ document: String) -> Node? {
        guard let root = try? Yams.compose(yaml: document), case .mapping(let mapping) = root,
            mapping.count == 1
        else { return nil }
        return mapping.first?.value
    }
}
