import Foundation

/// The value rules of OSCAL 1.0.6 that register text must be brought within before it is exported,
/// shared by the XML and the JSON rendering so that both carry the same values.
enum OSCALText {
    /// A value for an OSCAL `string` (names, addresses, property values): the XSD requires at
    /// least one character, no leading or trailing whitespace and no line break, so whitespace runs
    /// become one space. Characters XML 1.0 forbids become U+FFFD. Nil when nothing is left.
    static func line(_ text: String) -> String? {
        let words = XMLText.replacingForbidden(text).split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// `line(text)`, or `fallback` when the text is blank.
    static func line(_ text: String, or fallback: String) -> String { line(text) ?? fallback }

    /// Text for a markup-multiline field: one paragraph per run of lines between blank lines, each
    /// brought within `line`'s rules, so a YAML block keeps its paragraphs. Empty when blank.
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for row in XMLText.replacingForbidden(text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        {
            if row.allSatisfy(\.isWhitespace) {
                if let paragraph = line(current.joined(separator: " ")) { paragraphs.append(paragraph) }
                current = []
            } else {
                current.append(row)
            }
        }
        if let paragraph = line(current.joined(separator: " ")) { paragraphs.append(paragraph) }
        return paragraphs
    }

    /// An Annex A control id as an OSCAL token: `A.5.1` becomes `a.5.1`. Lower case, as OSCAL
    /// catalogs write control ids; any character a token does not allow becomes `_`, and a token
    /// must start with a letter or `_`.
    static func controlToken(_ id: String) -> String {
        var token = ""
        for scalar in id.lowercased().unicodeScalars {
            let allowed =
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-"
                || scalar == "_"
            token.unicodeScalars.append(allowed ? scalar : "_")
        }
        guard let first = token.unicodeScalars.first, ("a"..."z").contains(first) || first == "_" else {
            return "_" + token
        }
        return token
    }

    /// A day as an OSCAL `date-time-with-timezone` in UTC: the start of the day, or its last
    /// second. Nil for a day the 1.0.6 XSD's pattern cannot express: years outside 1900–2999, and
    /// 29 February of a 19xx year (the pattern's leap-year branch only matches 2000–2999).
    static func dateTime(_ day: CalendarDate, endOfDay: Bool = false) -> String? {
        guard (1900...2999).contains(day.year), !(day.year < 2000 && day.month == 2 && day.day == 29) else {
            return nil
        }
        return day.description + (endOfDay ? "T23:59:59Z" : "T00:00:00Z")
    }

    /// A register-relative path as a relative URI reference: every byte outside the unreserved
    /// characters and `/` is percent-encoded (UTF-8), so spaces, `#`, `%`, `:` and non-ASCII
    /// names stay part of the path.
    static func href(path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let isUnreserved =
                (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
            if isUnreserved {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out +=
                    "%" + String(byte >> 4, radix: 16, uppercase: true)
                    + String(byte & 0x0F, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// A website worth linking to: an http(s) URL of printable ASCII without spaces or characters
    /// a URI never holds. Nil otherwise (the party is exported without the link).
    static func webLink(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), text.count > 8 else { return nil }
        let refused: Set<Unicode.Scalar> = ["<", ">", "\"", "{", "}", "|", "\\", "^", "`"]
        guard text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !refused.contains($0) })
        else { return nil }
        return text
    }

    /// An email address as the XSD accepts it (`.+@.+` on one line), else nil.
    static func email(_ text: String) -> String? {
        guard let value = line(text), let at = value.firstIndex(of: "@"), at != value.startIndex,
            value.index(after: at) != value.endIndex
        else { return nil }
        return value
    }

    /// Text for an OSCAL markup field in JSON, which is Markdown: ASCII punctuation that Markdown
    /// would read as markup is backslash-escaped, so the text reads as written.
    static func markdown(_ text: String) -> String {
        let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "#", "!", "|", "~"]
        guard text.contains(where: { special.contains($0) }) else { return text }
        var out = ""
        out.reserveCapacity(text.count + 8)
        for character in text {
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
