/// The key tables of docs/register-format.md, generated from the record schemas. Each table in
/// the document stands between `<!-- keys: NAME -->` and `<!-- end keys -->`; `DocumentationTests`
/// fails when a table differs from its schema and rewrites it under `ISMS_RECORD_GOLDEN=1`.
public enum KeyTables {
    /// Every documented schema by its marker name, in the order of the document.
    public static let schemas: [(name: String, schema: RecordSchema)] = [
        ("settings", SettingsDecoder.schema),
        ("risk-scale", RiskMethodDecoder.scaleLevel),
        ("risk-level", RiskMethodDecoder.riskLevel),
        ("control", ControlDecoder.schema),
        ("processing", ProcessingDecoder.schema),
        ("purpose", ProcessingDecoder.purpose),
        ("transfer", ProcessingDecoder.transfer),
        ("party", PartyDecoder.schema),
        ("evidence", EvidenceDecoder.schema),
        ("request", RequestDecoder.schema),
        ("risk", RiskDecoder.schema),
        ("risk-action", RiskDecoder.action),
        ("internal-audit-settings", SettingsDecoder.internalAudit),
        ("objective", ObjectiveDecoder.schema),
        ("measurement", ObjectiveDecoder.measurement),
        ("internal-audit", InternalAuditDecoder.schema),
        ("nonconformity", NonconformityDecoder.schema),
        ("action", FollowUpActionSchema.schema),
        ("management-review", ManagementReviewDecoder.schema),
        ("decision", ManagementReviewDecoder.decision),
        ("incident", IncidentDecoder.schema),
        ("soa-approval", SoAApprovalDecoder.schema),
    ]

    /// The Markdown table of one schema; nested mappings become `parent.key` rows.
    public static func table(_ schema: RecordSchema) -> String {
        var lines = [
            "| Key | Type | Required | Meaning | Allowed values |",
            "|-----|------|----------|---------|----------------|",
        ]
        func add(_ keys: [RecordKey], prefix: String) {
            for key in keys {
                let cells = ["`\(prefix)\(key.name)`", key.type, key.required.documentation, key.meaning, key.allowed]
                lines.append("| " + cells.map { $0.isEmpty ? "" : $0 + " " }.joined(separator: "| ") + "|")
                if let nested = key.nested { add(nested.keys, prefix: prefix + key.name + ".") }
            }
        }
        add(schema.keys, prefix: "")
        return lines.joined(separator: "\n")
    }

    /// `markdown` with every marked table replaced by the one its schema gives. Markers that name
    /// no schema, and schemas without a marker, are returned as problems.
    public static func regenerate(_ markdown: String) -> (text: String, problems: [String]) {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var problems: [String] = []
        var seen: Set<String> = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("<!-- keys: "), line.hasSuffix(" -->") else {
                index += 1
                continue
            }
            let name = String(line.dropFirst("<!-- keys: ".count).dropLast(" -->".count))
            guard let end = lines[(index + 1)...].firstIndex(of: "<!-- end keys -->") else {
                problems.append("`\(line)` has no `<!-- end keys -->` after it")
                break
            }
            guard let schema = schemas.first(where: { $0.name == name })?.schema else {
                problems.append("no schema is named `\(name)`")
                index = end + 1
                continue
            }
            seen.insert(name)
            let table = table(schema).split(separator: "\n").map(String.init)
            lines.replaceSubrange((index + 1)..<end, with: table)
            index += table.count + 2
        }
        for (name, _) in schemas where !seen.contains(name) {
            problems.append("the `\(name)` schema has no `<!-- keys: \(name) -->` table")
        }
        return (lines.joined(separator: "\n"), problems)
    }
}
