/// The Markdown form of a diff: the two sides as a list, then one table per kind of change
/// (GitHub-flavoured). Cells go through `MarkdownTableWriter.cell`, so no value can break a
/// table or become markup; a list value has one item per line.
public enum DiffMarkdownRenderer {
    public static func render(_ diff: RegisterDiff, old: String, new: String) -> String {
        var out = "# Changes since the previous audit\n\n"
        out += "- Old: \(side(old, diff.old))\n"
        out += "- New: \(side(new, diff.new))\n"
        out += "- Changes: \(diff.count)\n"
        out += section(
            "Scope and standard (isms.yaml)", ["File", "Organisation", "Change", "Field", "Old", "New"],
            diff.settings.flatMap(recordRows))
        out += section(
            "Controls", ["Id", "Title", "Change", "Field", "Old", "New"], diff.controls.flatMap(recordRows))
        out += section(
            "Evidence coverage", ["Record", "Id", "Name", "Change", "Old state", "New state"],
            diff.coverage.map { change in
                [
                    change.record.rawValue, change.id, change.name, change.change.rawValue, change.old.rawValue,
                    change.new.rawValue,
                ]
            })
        out += section(
            "Evidence", ["Id", "Title", "Change", "File", "Old SHA-256", "New SHA-256", "Not current since"],
            diff.evidence.flatMap(evidenceRows))
        out += section(
            "Processing activities", ["Id", "Name", "Change", "Field", "Old", "New"],
            diff.processing.flatMap(recordRows))
        out +=
            section(
                "Third parties", ["Id", "Name", "Change", "Field", "Old", "New"], diff.parties.flatMap(recordRows))
            + section("Risks", ["Id", "Title", "Change", "Field", "Old", "New"], diff.risks.flatMap(recordRows))
            + section(
                "Objectives", ["Id", "Objective", "Change", "Field", "Old", "New"], diff.objectives.flatMap(recordRows))
            + section(
                "Internal audits", ["Id", "Title", "Change", "Field", "Old", "New"], diff.audits.flatMap(recordRows))
            + section(
                "Nonconformities", ["Id", "Title", "Change", "Field", "Old", "New"],
                diff.nonconformities.flatMap(recordRows))
            + section(
                "Management reviews", ["Id", "Date", "Change", "Field", "Old", "New"], diff.reviews.flatMap(recordRows))
            + section(
                "Incidents", ["Id", "Title", "Change", "Field", "Old", "New"], diff.incidents.flatMap(recordRows))
            + section(
                "Data-subject requests", ["Reference", "Right", "Change", "Field", "Old", "New"],
                diff.requests.flatMap(recordRows))
        return out
    }

    private static func side(_ label: String, _ side: RegisterDiff.Side) -> String {
        let audit = side.auditID.isEmpty ? "" : ", audit \(MarkdownTableWriter.cell(side.auditID))"
        return "\(MarkdownTableWriter.cell(label)) (\(side.origin.rawValue), as of \(side.asOf)\(audit))"
    }

    private static func recordRows(_ change: RegisterDiff.RecordChange) -> [[String]] {
        guard change.change == .changed else { return [[change.id, change.name, change.change.rawValue, "", "", ""]] }
        return change.fields.map { field in
            [
                change.id, change.name, change.change.rawValue, field.field.rawValue, values(field.old),
                values(field.new),
            ]
        }
    }

    private static func evidenceRows(_ change: RegisterDiff.EvidenceChange) -> [[String]] {
        let ended = change.ended?.description ?? ""
        guard !change.files.isEmpty else {
            return [[change.id, change.title, change.change.rawValue, "", "", "", ended]]
        }
        return change.files.map { file in
            [change.id, change.title, change.change.rawValue, file.path, file.old ?? "", file.new ?? "", ended]
        }
    }

    private static func values(_ values: [String]) -> String {
        values.isEmpty ? "(none)" : values.joined(separator: "\n")
    }

    private static func section(_ title: String, _ columns: [String], _ rows: [[String]]) -> String {
        var out = "\n## \(title)\n\n"
        guard !rows.isEmpty else { return out + "No changes.\n" }
        out += "| " + columns.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: columns.count) + "\n"
        for row in rows {
            out += "| " + row.map(MarkdownTableWriter.cell).joined(separator: " | ") + " |\n"
        }
        return out
    }
}
