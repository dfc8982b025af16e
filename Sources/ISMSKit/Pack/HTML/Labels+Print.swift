/// The words the printed pack adds to every page (running header and footer), in Dutch or English.
struct PrintLabels: Sendable {
    /// "Pagina" before the number, "van" between it and the count.
    let page: String
    let of: String
    let packXMLDigest: String
    let signedWithKey: String
    let unsigned: String

    static func forLanguage(_ language: ReportLanguage) -> PrintLabels {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    static let dutch = PrintLabels(
        page: "Pagina", of: "van", packXMLDigest: "SHA-256 van pack.xml",
        signedWithKey: "ondertekend met signify-sleutel", unsigned: "niet ondertekend")

    static let english = PrintLabels(
        page: "Page", of: "of", packXMLDigest: "SHA-256 of pack.xml", signedWithKey: "signed with signify key",
        unsigned: "unsigned")
}
