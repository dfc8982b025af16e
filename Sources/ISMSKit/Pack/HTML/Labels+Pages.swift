/// The words of a paged pack (a large register whose listings are split over pages of their own),
/// in Dutch or English. Kept beside `Labels` so that single-page packs use none of them.
struct PageLabels: Sendable {
    /// The `aria-label` of the navigation between pages.
    let navigation: String
    let previous: String
    let next: String
    /// "page 2 of 40".
    let pageOf: @Sendable (_ number: Int, _ count: Int) -> String
    /// The sentence above the list of a listing's pages.
    let listedOn: @Sendable (_ records: Int, _ pages: Int, _ perPage: Int) -> String

    static func forLanguage(_ language: ReportLanguage) -> PageLabels {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    static let english = PageLabels(
        navigation: "Pages", previous: "← previous page", next: "next page →",
        pageOf: { "page \($0) of \($1)" },
        listedOn: { "\($0) entries, on \($1) pages of at most \($2) each:" })

    static let dutch = PageLabels(
        navigation: "Pagina's", previous: "← vorige pagina", next: "volgende pagina →",
        pageOf: { "pagina \($0) van \($1)" },
        listedOn: { "\($0) onderdelen, op \($1) pagina's van elk ten hoogste \($2):" })
}
