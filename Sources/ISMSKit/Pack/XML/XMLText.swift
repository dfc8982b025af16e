/// Escaping for XML 1.0 text and attribute values.
///
/// Every string from a register passes through here before it reaches pack.xml, so no record can
/// add markup, end a CDATA section or break a quoted attribute. Characters XML 1.0 forbids (C0
/// controls other than tab, line feed and carriage return; U+FFFE and U+FFFF) become U+FFFD,
/// the replacement character, so the document always parses. Swift strings hold no lone surrogates.
public enum XMLText {
    /// Character data: `& < > " '` as entity references, a carriage return as `&#13;` (a parser
    /// would otherwise turn CR LF into LF).
    public static func escapeText(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// An attribute value between double quotes: as text, and tab, line feed and carriage return
    /// as character references (a parser would otherwise normalise them to spaces).
    public static func escapeAttribute(_ value: String) -> String {
        escape(value, attribute: true)
    }

    /// True when XML 1.0 allows the character (production [2] Char).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF: true
        default: false
        }
    }

    /// The text with every character XML 1.0 forbids replaced by U+FFFD.
    public static func replacingForbidden(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isAllowed(scalar) ? scalar : replacement) }
        return String(scalars)
    }

    static let replacement: Unicode.Scalar = "\u{FFFD}"

    private static func escape(_ text: String, attribute: Bool) -> String {
        // Fast path: most register text needs nothing.
        if text.unicodeScalars.allSatisfy({ isAllowed($0) && !needsReference($0, attribute: attribute) }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            default: out.unicodeScalars.append(isAllowed(scalar) ? scalar : replacement)
            }
        }
        return out
    }

    private static func needsReference(_ scalar: Unicode.Scalar, attribute: Bool) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'", "\r": true
        case "\t", "\n": attribute
        default: false
        }
    }
}
