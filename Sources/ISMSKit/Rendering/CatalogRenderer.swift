import Foundation

/// The formats `isms catalog` prints.
public enum CatalogFormat: String, Sendable, CaseIterable {
    case tsv, json
}

/// Prints the built-in Annex A catalog.
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
}
