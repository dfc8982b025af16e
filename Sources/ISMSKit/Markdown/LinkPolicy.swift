/// Which link targets survive in rendered Markdown and in the pack page, and how they are written.
///
/// Allowed: `http:`, `https:`, `mailto:` and relative URLs. A URL is judged after removing every
/// whitespace and control character and folding case, as browsers do before they read a scheme;
/// anything with a `:` before the first `/`, `?` or `#` has some other scheme (`javascript:`,
/// `data:`, `vbscript:`, `file:` ...) and is refused. So are `//host` and `\\host`, which from a
/// file:// page would reach another machine.
public enum LinkPolicy {
    static let allowedSchemes = ["http:", "https:", "mailto:"]

    /// True when a link to `url` may be rendered.
    public static func isAllowed(_ url: String) -> Bool {
        let folded = fold(url)
        if allowedSchemes.contains(where: { folded.hasPrefix($0) }) { return true }
        if folded.hasPrefix("//") || folded.hasPrefix("\\\\") || folded.hasPrefix("/\\") || folded.hasPrefix("\\/") {
            return false
        }
        for scalar in folded.unicodeScalars {
            switch scalar {
            case ":": return false
            case "/", "?", "#": return true
            default: continue
            }
        }
        return true
    }

    /// True for an absolute `http:` or `https:` URL (a website field, a privacy statement).
    public static func isWeb(_ url: String) -> Bool {
        let folded = fold(url)
        return folded.hasPrefix("http://") || folded.hasPrefix("https://")
    }

    /// The URL as a browser reads its scheme: without whitespace and control characters, lowercased.
    private static func fold(_ url: String) -> String {
        var folded = ""
        for scalar in url.unicodeScalars
        where !(scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)) {
            folded.unicodeScalars.append(scalar)
        }
        return folded.lowercased()
    }

    /// The value of an `href` attribute for an allowed URL: characters that are not plainly
    /// URL-safe (space, quotes, `<`, `>`, backtick, backslash, controls, non-ASCII) are
    /// percent-encoded as UTF-8, then the result is attribute-escaped.
    public static func href(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "!"), UInt8(ascii: "#")...UInt8(ascii: "&"), UInt8(ascii: "(")...UInt8(ascii: ";"),
                UInt8(ascii: "="), UInt8(ascii: "?")...UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "_"),
                UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + HTMLText.hex(byte)
            }
        }
        return HTMLText.attribute(out)
    }
}
