/// The one place where text from a register becomes HTML. Every string the pack page or the
/// Markdown renderer takes from the register passes through `escape` (element content) or
/// `attribute` (a quoted attribute value); nothing else writes register text into markup.
///
/// Besides the five markup characters, it neutralises characters that could mislead a reader:
/// - Unicode direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) are replaced by a
///   visible `[U+202E]`, so register text can neither reorder the page around it nor hide the
///   true order of its own characters ("Trojan Source").
/// - Control characters other than tab and line feed, and Unicode noncharacters, become U+FFFD.
public enum HTMLText {
    /// Escapes text for element content: `& < > " '` become character references.
    public static func escape(_ text: some StringProtocol) -> String {
        // Fast path: printable ASCII without markup characters, most register text, stays as it is.
        if text.utf8.allSatisfy(isPlain) { return String(text) }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return out
    }

    /// Escapes text for a double- or single-quoted attribute value; also escapes the backtick
    /// and turns line breaks into spaces.
    public static func attribute(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ isPlain($0) && $0 != UInt8(ascii: "`") }) { return String(text) }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "`": out += "&#96;"
            case "\n", "\t": out += " "
            default: append(scalar, to: &out)
            }
        }
        return out
    }

    /// A byte that both escapes keep as it is: printable ASCII other than `& < > " '`.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): false
        default: byte >= 0x20 && byte < 0x7F
        }
    }

    /// Appends one scalar of register text to markup, escaped.
    static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case _ where isDirectionControl(scalar):
            out += visibleName(of: scalar)
        default:
            out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
    }

    /// Unicode direction overrides and isolates (U+202A–U+202E, U+2066–U+2069).
    static func isDirectionControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// How a direction control is shown instead of applied: `[U+202E]`.
    static func visibleName(of scalar: Unicode.Scalar) -> String {
        "[U+" + String(scalar.value, radix: 16, uppercase: true) + "]"
    }

    /// False for control characters (but tab and line feed) and noncharacters, which HTML forbids.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: true
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: false
        default: scalar.value & 0xFFFE != 0xFFFE
        }
    }

    /// An `id` attribute value built from a prefix and a record id, safe for any id: ASCII letters,
    /// digits, `.` and `-` stay, every other UTF-8 byte becomes `_XX`, so distinct ids stay distinct.
    public static func anchor(_ prefix: String, _ id: String) -> String {
        var out = prefix + "-"
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "_" + hex(byte)
            }
        }
        return out
    }

    /// A relative URL for a path inside the pack: each `/`-separated segment percent-encoded
    /// (everything but ASCII letters, digits and `-._~`), so spaces, quotes, `#`, `?`, `:` and
    /// non-ASCII names work from file:// and can never read as a scheme or a fragment.
    public static func relativeURL(path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            var out = ""
            for byte in segment.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                    UInt8(ascii: "_"), UInt8(ascii: "~"):
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                default:
                    out += "%" + hex(byte)
                }
            }
            return out
        }.joined(separator: "/")
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        var out = ""
        out.unicodeScalars.append(digits[Int(byte >> 4)])
        out.unicodeScalars.append(digits[Int(byte & 0x0F)])
        return out
    }
}
