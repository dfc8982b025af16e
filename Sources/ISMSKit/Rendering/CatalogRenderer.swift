import Foundation

/// The formats `isms catalog` prints.
public enum CatalogFormat: String, Sendable, CaseIterable {
    case tsv, json
}

/// Prints the built-in catalogs: Annex A, and the clauses 4 to 10.
public enum CatalogRenderer {
    struct Entry: Encodable {
        let id: String
        let theme: String
        let title: String
    }

    public static func render(_ controls: [CatalogControl], as format: CatalogFormat) -> String {
        switch format {
        case .tsv:
            return "id\ttheme\ttitle\n" + controls.map { "\($0.id)\t\($0.theme.rawValue)\t\($0.title)\n" }.joined()
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let entries = controls.map { Entry(id: $0.id, theme: $0.theme.rawValue, title: $0.title) }
            let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    struct ClauseEntry: Encodable {
        let id: String
        let number: String
        let title: String
        let documentedInformation: Bool

        enum CodingKeys: String, CodingKey {
            case id, number, title
            case documentedInformation = "documented-information"
        }
    }

    /// The clauses with their ids (`clause-9.2`), numbers, titles and whether the clause requires
    /// documented information.
    public static func render(_ clauses: [CatalogClause], as format: CatalogFormat) -> String {
        switch format {
        case .tsv:
            return "id\tnumber\tdocumented-information\ttitle\n"
                + clauses.map {
                    "\($0.id)\t\($0.number)\t\($0.requiresDocumentedInformation ? "yes" : "no")\t\($0.title)\n"
                }.joined()
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let entries = clauses.map {
                ClauseEntry(
                    id: $0.id, number: $0.number, title: $0.title,
                    documentedInformation: $0.requiresDocumentedInformation)
            }
            let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }
}
