/// The one place where text from a register becomes CSS: the running header of the printed
/// pack is a CSS string (`@page` margin boxes take no markup), and a name such as
/// `x"; } body { display: none` must stay a name. Escaping is by allow-list: ASCII letters,
/// digits, space and `.,:-_/()` stay; every other scalar is written as a CSS hex escape, so
/// the result holds no quote, backslash, `<` or `&` of its own (the style element stays closed
/// and the page stays well-formed XML).
enum CSSText {
    /// A double-quoted CSS string of `text`. Direction overrides are shown as `[U+202E]`, as
    /// `HTMLText` shows them; control characters and noncharacters become U+FFFD.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", " ", ".", ",", ":", "-", "_", "/", "(", ")":
                out.unicodeScalars.append(scalar)
            case _ where HTMLText.isDirectionControl(scalar):
                out += HTMLText.visibleName(of: scalar)
            case "\t", "\n":
                out += " "
            default:
                let shown = HTMLText.isAllowed(scalar) ? scalar.value : 0xFFFD
                // The space ends the escape, so a following hex digit is not read as part of it.
                out += "\\" + String(shown, radix: 16, uppercase: true) + " "
            }
        }
        return out + "\""
    }
}
