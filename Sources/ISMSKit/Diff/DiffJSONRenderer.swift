import Foundation

/// The JSON form of a diff, documented in docs/audit-pack.md: one object with sorted keys,
/// pretty-printed, every key always present (`null` when a value is absent), so the same two
/// sides give the same bytes.
public enum DiffJSONRenderer {
    public static let formatVersion = 1

    public static func render(_ diff: RegisterDiff, old: String, new: String) -> String {
        let document: [String: ReportValue] = [
            "format": .string("isms-diff"),
            "version": .int(formatVersion),
            "old": side(old, diff.old),
            "new": side(new, diff.new),
            "changes": .int(diff.count),
            "settings": .array(diff.settings.map(record)),
            "controls": .array(diff.controls.map(record)),
            "coverage": .array(diff.coverage.map(coverage)),
            "evidence": .array(diff.evidence.map(evidence)),
            "processing-activities": .array(diff.processing.map(record)),
            "parties": .array(diff.parties.map(record)),
            "risks": .array(diff.risks.map(record)),
            "objectives": .array(diff.objectives.map(record)),
            "internal-audits": .array(diff.audits.map(record)),
            "nonconformities": .array(diff.nonconformities.map(record)),
            "management-reviews": .array(diff.reviews.map(record)),
            "incidents": .array(diff.incidents.map(record)),
            "data-subject-requests": .array(diff.requests.map(record)),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(ReportValue.object(document))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func side(_ path: String, _ side: RegisterDiff.Side) -> ReportValue {
        .object([
            "path": .string(path), "origin": .string(side.origin.rawValue), "as-of": .string(side.asOf.description),
            "audit": .string(side.auditID),
        ])
    }

    private static func record(_ change: RegisterDiff.RecordChange) -> ReportValue {
        .object([
            "record": .string(change.record.rawValue), "id": .string(change.id), "name": .string(change.name),
            "change": .string(change.change.rawValue),
            "fields": .array(
                change.fields.map { field in
                    .object([
                        "field": .string(field.field.rawValue), "old": strings(field.old), "new": strings(field.new),
                    ])
                }),
        ])
    }

    private static func coverage(_ change: RegisterDiff.CoverageChange) -> ReportValue {
        .object([
            "record": .string(change.record.rawValue), "id": .string(change.id), "name": .string(change.name),
            "change": .string(change.change.rawValue), "old-state": .string(change.old.rawValue),
            "new-state": .string(change.new.rawValue),
        ])
    }

    private static func evidence(_ change: RegisterDiff.EvidenceChange) -> ReportValue {
        .object([
            "id": .string(change.id), "title": .string(change.title), "change": .string(change.change.rawValue),
            "supports": strings(change.supports),
            "files": .array(
                change.files.map { file in
                    .object([
                        "path": .string(file.path), "change": .string(file.change.rawValue),
                        "old-sha256": file.old.map(ReportValue.string) ?? .null,
                        "new-sha256": file.new.map(ReportValue.string) ?? .null,
                    ])
                }),
            "ended": change.ended.map { .string($0.description) } ?? .null,
        ])
    }

    private static func strings(_ values: [String]) -> ReportValue { .array(values.map(ReportValue.string)) }
}
