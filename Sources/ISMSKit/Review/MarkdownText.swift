/// Register text placed into a Markdown document so that it stays literal: every character that
/// Markdown could read as markup (emphasis, links, images, code, tables, HTML; headings, quotes and
/// list markers at the start) is escaped, and line breaks become `<br>`. A record cannot add a
/// link, an image or HTML to the draft; parentheses stay as written, since without `[` they
/// cannot form a link.
enum MarkdownText {
    static func inline(_ text: String) -> String {
        let cell = MarkdownTableWriter.cell(text)
        var out = ""
        for character in cell {
            switch character {
            case "[", "]", "*", "_", "`", "~":
                out += "\\" + String(character)
            case "#", ">", "+", "-", "=":
                // Markup only at the start of a line, where a record's text may stand in a list.
                if out.isEmpty { out += "\\" }
                out.append(character)
            default:
                out.append(character)
            }
        }
        return out
    }

    /// A table row of literal cells.
    static func row(_ cells: [String]) -> String {
        "| " + cells.map(inline).joined(separator: " | ") + " |\n"
    }

    /// A table header and its separator.
    static func header(_ titles: [String]) -> String {
        row(titles) + "|" + String(repeating: " --- |", count: titles.count) + "\n"
    }
}
