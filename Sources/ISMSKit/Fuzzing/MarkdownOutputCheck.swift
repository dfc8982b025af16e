import Foundation

/// What `SafeMarkdown` promises of its output, checked independently of how it renders: the
/// Markdown fuzz target crashes on any violation, and the regression tests replay its finds.
///
/// - Every `<` starts one of the tags the renderer writes (so nothing from the input is markup):
///   no `<script`, no attribute other than `href`, `rel` and `start`.
/// - Every `href` names `http:`, `https:`, `mailto:` or a relative URL, read as a browser reads
///   it (character references decoded, whitespace and controls removed, case folded).
/// - Every `&` starts one of the character references `HTMLText` writes; no raw `>` or `"` in text.
/// - Tags nest properly and every opened tag is closed (the page is also read as XML).
@_spi(Fuzzing) public enum MarkdownOutputCheck {
    static let pairedTags: Set<String> = [
        "p", "h4", "h5", "h6", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "a",
    ]
    static let references = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#96;"]

    /// Nil when `html` keeps every promise, else the first one it breaks.
    public static func violation(in html: String) -> String? {
        let scalars = Array(html.unicodeScalars)
        var open: [String] = []
        var i = 0
        while i < scalars.count {
            switch scalars[i] {
            case "<":
                guard let end = scalars[i...].firstIndex(of: ">") else { return "a `<` that starts no tag" }
                let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
                if let problem = check(tag: tag, open: &open) { return problem }
                i = end + 1
            case ">": return "a raw `>` in text"
            case "\"": return "a raw `\"` in text"
            case "&":
                let rest = scalars[i..<min(i + 6, scalars.count)]
                guard references.contains(where: { rest.starts(with: $0.unicodeScalars) }) else {
                    return "a raw `&` in text"
                }
                i += 1
            default: i += 1
            }
        }
        return open.isEmpty ? nil : "`<\(open.last ?? "")>` is never closed"
    }

    private static func check(tag: String, open: inout [String]) -> String? {
        let scalars = tag.unicodeScalars
        if scalars.elementsEqual("br /".unicodeScalars) || scalars.elementsEqual("hr /".unicodeScalars) { return nil }
        if scalars.first == "/" {
            let name = String(String.UnicodeScalarView(scalars.dropFirst()))
            guard open.last == name else { return "`</\(name)>` closes `<\(open.last ?? "nothing")>`" }
            open.removeLast()
            return nil
        }
        if pairedTags.contains(where: { $0.unicodeScalars.elementsEqual(scalars) }), tag != "a" {
            open.append(tag)
            return nil
        }
        if scalars.starts(with: "ol start=\"".unicodeScalars), scalars.last == "\"",
            scalars.dropFirst(10).dropLast().allSatisfy({ ("0"..."9").contains($0) })
        {
            open.append("ol")
            return nil
        }
        let prefix = "a href=\""
        let suffix = "\" rel=\"noopener noreferrer\""
        guard scalars.starts(with: prefix.unicodeScalars),
            scalars.reversed().starts(with: suffix.unicodeScalars.reversed()),
            scalars.count >= prefix.unicodeScalars.count + suffix.unicodeScalars.count
        else {
            return "an unexpected tag `<\(tag.prefix(40))>`"
        }
        let value = String.UnicodeScalarView(
            scalars.dropFirst(prefix.unicodeScalars.count).dropLast(suffix.unicodeScalars.count))
        if value.contains(where: { $0 == "\"" || $0 == "<" || $0 == ">" }) { return "an href that leaves its quotes" }
        if let scheme = scheme(of: decoded(String(value))), !["http", "https", "mailto"].contains(scheme) {
            return "a link with the scheme `\(scheme):`"
        }
        open.append("a")
        return nil
    }

    /// The attribute value as a browser reads it: named references the renderer writes and every
    /// numeric reference (`&#106;`, `&#x6A;`) decoded.
    private static func decoded(_ value: String) -> String {
        let named: [String: Unicode.Scalar] = ["lt": "<", "gt": ">", "quot": "\"", "amp": "&", "apos": "'"]
        let scalars = Array(value.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&", let end = scalars[i...].prefix(12).firstIndex(of: ";") else {
                out.append(scalars[i])
                i += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
            var decoded: Unicode.Scalar? = named[name]
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
            }
            if let decoded {
                out.append(decoded)
                i = end + 1
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The scheme a browser would see, lowercased; nil for a relative URL. `//host` and
    /// `\\host` count as the scheme `network`.
    private static func scheme(of url: String) -> String? {
        var folded = ""
        for scalar in url.unicodeScalars where !(scalar.properties.isWhitespace || scalar.value < 0x21) {
            folded.unicodeScalars.append(scalar)
        }
        folded = folded.lowercased()
        let slashes = folded.unicodeScalars.prefix(2).allSatisfy { $0 == "/" || $0 == "\\" }
        if folded.unicodeScalars.count >= 2, slashes { return "network" }
        for (index, scalar) in folded.unicodeScalars.enumerated() {
            switch scalar {
            case ":": return String(String.UnicodeScalarView(folded.unicodeScalars.prefix(index)))
            case "/", "?", "#": return nil
            default: continue
            }
        }
        return nil
    }
}
