import ISMSKit

/// The form of a record, derived from its kind's schema (the declaration the reader checks
/// against): a field per key in documented order, the widget chosen by the key's type and its
/// allowed values, and the edits a submitted form asks for.
///
/// A field whose value the widget could not hold exactly (a date input and a text that is not a
/// date, a one-line input and a text of several lines) gets a wider widget, so that submitting a
/// form unchanged never changes the record.
struct RecordForm: Sendable {
    enum Widget: Sendable, Equatable {
        case choice([String])
        case date
        case line
        case text
        case markdown
        case list
        /// Shown, not edited here (the id, mappings, lists of mappings).
        case fixed
    }

    struct Field: Sendable {
        let key: String
        let type: String
        let meaning: String
        let widget: Widget
        /// What the form shows: the text, or the items one per line; "" for an absent key.
        let text: String
        let items: [String]
        let present: Bool
    }

    let fields: [Field]

    init(_ file: RegisterRecordFile, only keys: [String]? = nil) {
        let values = Dictionary(file.fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        var fields: [Field] = []
        for key in file.kind.schema.keys where keys?.contains(key.name) ?? true {
            fields.append(Self.field(key, values[key.name]))
        }
        self.fields = fields
    }

    static func field(_ key: RecordKey, _ value: RecordFieldValue?) -> Field {
        var text = ""
        var items: [String] = []
        var structured = false
        switch value {
        case .text(let value)?: text = value
        case .list(let values)?: items = values
        case .structured?: structured = true
        case nil: break
        }
        let widget = structured ? .fixed : widget(for: key, text: text, isList: items.isEmpty == false)
        if widget == .list, case .text(let single)? = value, !single.isEmpty { items = [single] }
        return Field(
            key: key.name, type: key.type, meaning: key.meaning, widget: widget,
            text: widget == .list ? items.joined(separator: "\n") : text, items: items, present: value != nil)
    }

    private static func widget(for key: RecordKey, text: String, isList: Bool) -> Widget {
        if key.name == "id" { return .fixed }
        switch key.type {
        case "mapping", "list of mappings", "list of strings or mappings", "string or list of strings":
            return isList || text.isEmpty ? .fixed : .text
        case "list of strings", "list of ids", "list of paths", "list": return .list
        case "boolean":
            return text.isEmpty || text == "true" || text == "false" ? .choice(["true", "false"]) : .line
        case "date":
            return text.isEmpty || CalendarDate(text) != nil ? .date : .line
        case "Markdown": return .markdown
        default:
            if let choices = choices(key.allowed), text.isEmpty || choices.contains(text) { return .choice(choices) }
            return text.contains("\n") || text.count > 80 || key.type == "string" && isProse(key) ? .text : .line
        }
    }

    /// Keys whose meaning is a sentence or more (`justification`, `description`): a text area.
    private static func isProse(_ key: RecordKey) -> Bool {
        ["justification", "description", "summary", "notes", "note", "treatment", "scope", "conclusion"].contains(
            key.name)
    }

    /// The allowed values when the schema lists them all as `a`, `b`, `c`.
    static func choices(_ allowed: String) -> [String]? {
        let parts = allowed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2 else { return nil }
        var values: [String] = []
        for part in parts {
            guard part.count > 2, part.hasPrefix("`"), part.hasSuffix("`") else { return nil }
            let inner = String(part.dropFirst().dropLast())
            guard !inner.contains("`"), !inner.contains(" ") else { return nil }
            values.append(inner)
        }
        return values
    }

    /// The edits that `submitted` asks for: a field is edited only when its submitted value
    /// differs from what the form showed; an emptied field removes its key. Field names are
    /// `prefix + key`.
    func edits(_ submitted: FormFields, prefix: String = "") -> [RecordEdit] {
        var edits: [RecordEdit] = []
        for field in fields where field.widget != .fixed {
            guard let value = submitted[prefix + field.key] else { continue }
            if field.widget == .list {
                let items = value.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
                guard items != field.items else { continue }
                edits.append(RecordEdit([field.key], items.isEmpty ? nil : .list(items)))
                continue
            }
            let given =
                field.widget == .text || field.widget == .markdown ? value : value.trimmingCharacters(in: .whitespaces)
            guard given != field.text else { continue }
            if given.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                if field.present { edits.append(RecordEdit([field.key], nil)) }
                continue
            }
            edits.append(RecordEdit([field.key], Self.value(given, type: field.type)))
        }
        return edits
    }

    private static func value(_ text: String, type: String) -> EditValue {
        ["boolean", "date", "integer", "number", "duration", "date-time"].contains(type) ? .token(text) : .text(text)
    }

    func field(_ key: String) -> Field? { fields.first { $0.key == key } }
}
