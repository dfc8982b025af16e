/// A new record of one kind, written from the kind's schema so that nobody starts from nothing:
/// every documented key in documented order, each with a comment saying what it means and what
/// it allows. Required keys hold a value to fill in (`"(to fill in)"`, which `isms check` reports
/// as E107, or nothing, which it reports as missing); optional keys are commented out, to keep or
/// delete. Built from the schema, a new key appears here without any change to this file.
public enum RecordTemplate {
    /// The kinds `isms new` writes, by the name it takes; the others have a command of their own.
    public static let kinds: [(name: String, kind: RegisterLayout.RecordKind)] = [
        ("control", .customControl), ("processing", .processing), ("party", .party), ("risk", .risk),
        ("request", .request), ("objective", .objective), ("audit", .audit), ("nonconformity", .nonconformity),
        ("review", .review),
    ]

    /// Whether `id` can name a record (and its file).
    public static func isValidID(_ id: String) -> Bool { RecordID.isValid(id) }

    /// The text of a new record with the given id. An Annex A id gets the catalog's title.
    public static func text(kind: RegisterLayout.RecordKind, id: String) -> String {
        var lines = ["# A new \(kind.schema.kind) record: fill in each `(to fill in)` and every empty required key,"]
        lines.append(
            "# keep the optional keys (commented out) that apply and delete the rest. `isms check` lists what is left;")
        lines.append("# `isms docs register-format` describes every key.")
        lines += body(kind.schema, indent: "", id: id, kind: kind)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of a mapping's keys at `indent`; with `commented`, every line is commented out
    /// (an optional key's nested keys) and without the comments on each key.
    private static func body(
        _ schema: RecordSchema, indent: String, id: String?, kind: RegisterLayout.RecordKind, commented: Bool = false
    ) -> [String] {
        var lines: [String] = []
        for key in schema.keys {
            // Inside an optional key every line is commented out by the caller: no prefix here.
            // "yes, for `role: controller`": required of the usual case (a processing activity is the
            // organisation's own unless `role: processor`), so written out; the processor's keys not.
            let documentation = key.required.documentation
            let usual = documentation.hasPrefix("yes") && !documentation.contains("processor")
            let required = key.required.isRequired || usual || commented
            if !commented { lines.append(indent + "# " + comment(key)) }
            let start = indent + (required ? "" : "# ")
            // The first key names the record (`id`, a request's `reference`).
            if key.name == schema.keys.first?.name, let id {
                lines.append(indent + key.name + ": " + YAMLValueText.scalar(id, inFlow: false))
                continue
            }
            if key.name == "title", kind == .annexAControl, let id, let control = AnnexACatalog.control(id) {
                lines.append(indent + "title: " + YAMLText.quoted(control.title))
                continue
            }
            switch key.type {
            case "mapping":
                lines.append(start + key.name + ":")
                if let nested = key.nested {
                    lines += body(nested, indent: indent + "  ", id: nil, kind: kind, commented: commented || !required)
                        .map { required ? $0 : indent + "# " + $0.dropFirst(indent.count) }
                }
            case "list of mappings":
                // Often none (`[]`); the shape of one item follows as a commented example.
                lines.append(start + key.name + ": []")
                if let nested = key.nested {
                    var item = body(nested, indent: indent + "    ", id: nil, kind: kind, commented: true)
                    if !item.isEmpty { item[0] = indent + "  - " + item[0].dropFirst(indent.count + 4) }
                    lines += item.map { indent + "# " + $0.dropFirst(indent.count) }
                }
            case "list of strings", "list", "string or list of strings", "list of strings or mappings":
                // Free texts get a placeholder; a list of chosen values (`consent`, …) starts empty.
                let free =
                    (key.allowed.isEmpty || key.allowed == "see below") && !key.meaning.contains("`[]` when none")
                lines.append(start + key.name + ": " + (required && free ? "[\"(to fill in)\"]" : "[]"))
            case "list of ids", "list of paths":
                lines.append(start + key.name + ": []")
            case "string", "Markdown":
                lines.append(start + key.name + ": \"(to fill in)\"")
            default:
                // A date, a boolean, a number: empty, which the check reports as missing.
                lines.append(start + key.name + ":")
            }
        }
        return lines
    }

    private static func comment(_ key: RecordKey) -> String {
        var text = key.meaning
        if !key.allowed.isEmpty { text += " Allowed: " + key.allowed + "." }
        text += key.required.isRequired ? " Required." : " Optional."
        return YAMLText.comment(text.replacingOccurrences(of: "..", with: "."))
    }
}
