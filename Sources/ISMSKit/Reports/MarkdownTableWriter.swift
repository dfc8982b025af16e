import Foundation

/// A GitHub-flavoured Markdown document: the table's title as a heading, its fields as a list,
/// then one table. Cell text cannot break the table or become markup: `\` and `|` are escaped,
/// `&` and `<` become entities, and line breaks become `<br>`.
public struct MarkdownTableWriter: TableWriter {
    public init() {}

    public func write(_ table: ReportTable) -> String {
        var out = "# \(Self.cell(table.title))\n\n"
        for field in table.fields where field.isShown {
            out += "- \(Self.cell(field.title)): \(Self.cell(field.cell.text))\n"
        }
        if !table.fields.isEmpty { out += "\n" }
        out += row(table.columns.map(\.title))
        out += "|" + String(repeating: " --- |", count: table.columns.count) + "\n"
        for cells in table.rows { out += row(cells.map(\.text)) }
        return out
    }

    private func row(_ texts: [String]) -> String {
        "| " + texts.map(Self.cell).joined(separator: " | ") + " |\n"
    }

    /// The text of one cell, on one line and literal.
    public static func cell(_ text: String) -> String {
        var out = ""
        var scalars = ReportText.visible(text).trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars
            .makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case "\r":
                if pending == "\n" { pending = scalars.next() }
                out += "<br>"
            case "\n": out += "<br>"
            case "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
