/// The human form of a diff: a heading line, one line per change, then the number of changes.
///
/// ```
/// isms diff: reports/2025 (pack, as of 2025-06-01) → . (register, as of 2026-06-01)
/// control A.5.2 owner: "CISO" → "Security Officer"
/// control A.5.5 lost coverage: covered → expired
/// evidence ev-policy replaced: evidence/policy/policy.txt: 3f0c… → 9a1b…
/// party purechat removed: "PureChat"
/// 4 changes
/// ```
///
/// Free text is quoted (`"` and `\` escaped); every string from a side has its line breaks,
/// control characters and direction overrides escaped, so no value can forge a line or steer
/// the terminal.
public enum DiffTextRenderer {
    public static func render(_ diff: RegisterDiff, old: String, new: String) -> String {
        var lines: [String] = []
        for change in diff.settings { lines += recordLines(change) }
        for change in diff.controls { lines += recordLines(change) }
        for change in diff.coverage {
            lines.append(
                "\(change.record.rawValue) \(plain(change.id)) \(change.change.rawValue) coverage: "
                    + "\(change.old.rawValue) → \(change.new.rawValue)")
        }
        for change in diff.evidence { lines += evidenceLines(change) }
        for change in diff.processing { lines += recordLines(change) }
        for change in diff.parties { lines += recordLines(change) }
        for change in diff.risks { lines += recordLines(change) }
        for change in diff.managementSystem { lines += recordLines(change) }
        for change in diff.incidents { lines += recordLines(change) }
        for change in diff.requests { lines += recordLines(change) }
        var out = "isms diff: \(side(old, diff.old)) → \(side(new, diff.new))\n"
        for line in lines { out += line + "\n" }
        // One line per change: the count is `RegisterDiff.count`, as the other forms give it.
        out += diff.isEmpty ? "no changes\n" : "\(diff.count) change\(diff.count == 1 ? "" : "s")\n"
        return out
    }

    private static func side(_ label: String, _ side: RegisterDiff.Side) -> String {
        "\(plain(label)) (\(side.origin.rawValue), as of \(side.asOf))"
    }

    /// One line per changed field, or one for an added or removed record.
    static func recordLines(_ change: RegisterDiff.RecordChange) -> [String] {
        let subject = "\(change.record.rawValue) \(plain(change.id))"
        switch change.change {
        case .added, .removed: return ["\(subject) \(change.change.rawValue): \(quoted(change.name))"]
        case .changed:
            return change.fields.map { field in
                "\(subject) \(field.field.rawValue): \(values(field.old, field.field, change.record)) → "
                    + values(field.new, field.field, change.record)
            }
        }
    }

    static func evidenceLines(_ change: RegisterDiff.EvidenceChange) -> [String] {
        let subject = "evidence \(plain(change.id)) \(change.change.rawValue)"
        switch change.change {
        case .added, .removed:
            let files = change.files.map { plain($0.path) }.joined(separator: ", ")
            return ["\(subject): \(quoted(change.title))" + (files.isEmpty ? "" : " (\(files))")]
        case .replaced:
            return change.files.map { file in
                "\(subject): \(plain(file.path)): \(digest(file.old, present: file.change != .added)) → "
                    + digest(file.new, present: file.change != .removed)
            }
        case .expired:
            return ["\(subject): \(quoted(change.title))" + (change.ended.map { ", not current since \($0)" } ?? "")]
        }
    }

    private static func digest(_ sha256: String?, present: Bool) -> String {
        guard present else { return "(none)" }
        return sha256 ?? "(not usable)"
    }

    static func values(_ values: [String], _ field: ChangedField, _ kind: ChangedRecordKind) -> String {
        guard !values.isEmpty else { return "(none)" }
        let text = field.isText(in: kind)
        return values.map { text ? quoted($0) : plain($0) }.joined(separator: ", ")
    }

    /// Text in double quotes, `"` and `\` escaped, then made safe for a terminal.
    static func quoted(_ text: String) -> String {
        "\"" + plain(text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))
            + "\""
    }

    /// Line breaks, control characters and direction overrides escaped.
    static func plain(_ text: String) -> String { TerminalText.sanitise(text) }
}
