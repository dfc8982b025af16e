import Foundation

/// The stable JSON form of a check, documented in docs/check-output.md. Keys are sorted and
/// nothing depends on the clock, so the same register and date give the same bytes.
public struct JSONFindingFormatter: FindingFormatter {
    public static let formatVersion = 1

    public init() {}

    struct Document: Encodable {
        let format = "isms-check"
        let version = JSONFindingFormatter.formatVersion
        let asOf: String
        let organisation: String
        let summary: Summary
        let findings: [Entry]

        enum CodingKeys: String, CodingKey {
            case format, version, organisation, summary, findings
            case asOf = "as-of"
        }
    }

    struct Summary: Encodable {
        let errors: Int
        let warnings: Int
        let controls: Int
        let processing: Int
        let parties: Int
        let evidence: Int
    }

    struct Entry: Encodable {
        let code: String
        let severity: String
        let title: String
        let message: String
        let file: String
        let line: Int?
        let column: Int?
    }

    public func render(_ report: CheckReport) -> String {
        let register = report.register
        let document = Document(
            asOf: report.asOf.description, organisation: register.settings.organisation.name,
            summary: Summary(
                errors: report.diagnostics.errorCount, warnings: report.diagnostics.warningCount,
                controls: register.controls.count, processing: register.processing.count,
                parties: register.parties.count, evidence: register.evidence.count),
            findings: report.diagnostics.sorted.map {
                Entry(
                    code: $0.code.rawValue, severity: $0.severity.rawValue, title: $0.code.title, message: $0.message,
                    file: $0.location.path, line: $0.location.line, column: $0.location.column)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
