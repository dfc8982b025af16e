import ISMSKit

/// The input of one record field, by its widget: the same on a record's page and in the SoA
/// grid. The value shown is the field's value (or what the person typed, after a refusal).
enum FieldWidget {
    static func render(
        _ field: RecordForm.Field, name: String, value: String? = nil, labels: WorkbenchLabels,
        disabled: Bool, label: String? = nil
    ) -> HTMLFragment {
        let text = value ?? field.text
        let off: HTMLFragment = disabled ? " disabled" : ""
        let aria: HTMLFragment = label.map { " aria-label=\"\(attribute: $0)\"" } ?? ""
        switch field.widget {
        case .choice(let choices):
            var options: [HTMLFragment] = ["<option value=\"\"\(text.isEmpty ? " selected" : "")>—</option>"]
            for choice in choices + (choices.contains(text) || text.isEmpty ? [] : [text]) {
                let shown = choice == "true" ? labels.yes : choice == "false" ? labels.no : choice
                let selected: HTMLFragment = choice == text ? " selected" : ""
                options.append("<option value=\"\(attribute: choice)\"\(selected)>\(shown)</option>")
            }
            return "<select name=\"\(attribute: name)\"\(aria)\(off)>\(options)</select>"
        case .date:
            return "<input type=\"date\" name=\"\(attribute: name)\" value=\"\(attribute: text)\"\(aria)\(off)>"
        case .line:
            return "<input type=\"text\" name=\"\(attribute: name)\" value=\"\(attribute: text)\"\(aria)\(off)>"
        case .text, .list:
            // The line break after the tag is dropped by the HTML parser; one that begins the
            // value survives because of it.
            let rows = max(2, min(12, text.split(separator: "\n", omittingEmptySubsequences: false).count + 1))
            return "<textarea name=\"\(attribute: name)\" rows=\"\(rows)\"\(aria)\(off)>\n\(text)</textarea>"
        case .markdown:
            return
                "<textarea name=\"\(attribute: name)\" rows=\"14\" class=\"markdown\"\(aria)\(off)>\n\(text)</textarea>"
        case .fixed:
            return field.present ? "<code>\(text.isEmpty ? field.items.joined(separator: ", ") : text)</code>" : ""
        }
    }
}
