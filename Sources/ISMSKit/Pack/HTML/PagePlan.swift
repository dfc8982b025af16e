/// Which HTML file of the pack shows each record. A small register's pack is one page,
/// index.html. When a listing (`PackListing`) has more records than `recordsPerPage`, its
/// articles move to pages of their own, `recordsPerPage` records each in the listing's order
/// (`evidence-001.html`, `evidence-002.html`, ...), and index.html keeps its section with a list
/// of those pages. The split depends only on the counts, so the same register gives the same files.
struct PagePlan: Sendable {
    static let indexFile = "index.html"
    /// Everything in index.html.
    static let single = PagePlan(pages: [:], fileOfAnchor: [:])

    /// One page of a listing.
    struct Page: Sendable, Equatable {
        let listing: PackListing
        /// From 1.
        let number: Int
        /// How many pages the listing has.
        let count: Int
        /// The listing's records on this page, by index.
        let records: Range<Int>

        var fileName: String { listing.fileName(page: number) }
    }

    /// The pages of each paged listing; a listing absent here is written whole in index.html.
    let pages: [PackListing: [Page]]
    /// The file of every article that is not in index.html, by anchor.
    private let fileOfAnchor: [String: String]

    private init(pages: [PackListing: [Page]], fileOfAnchor: [String: String]) {
        self.pages = pages
        self.fileOfAnchor = fileOfAnchor
    }

    /// The plan for a page's listings; nil `recordsPerPage` (or less than 1) keeps one page.
    init(_ page: PackPage, recordsPerPage: Int?) {
        guard let size = recordsPerPage, size > 0 else {
            self = .single
            return
        }
        var pages: [PackListing: [Page]] = [:]
        var fileOfAnchor: [String: String] = [:]
        for listing in PackListing.allCases {
            let ids = page.ids(of: listing)
            guard ids.count > size else { continue }
            let count = (ids.count + size - 1) / size
            let listed = (0..<count).map { index in
                Page(
                    listing: listing, number: index + 1, count: count,
                    records: index * size..<min(ids.count, (index + 1) * size))
            }
            for listedPage in listed {
                for id in ids[listedPage.records] {
                    fileOfAnchor[HTMLText.anchor(listing.anchorPrefix, id)] = listedPage.fileName
                }
            }
            pages[listing] = listed
        }
        self.init(pages: pages, fileOfAnchor: fileOfAnchor)
    }

    /// Every page besides index.html, listing by listing in the order of the page's sections.
    var allPages: [Page] { PackListing.allCases.flatMap { pages[$0] ?? [] } }

    /// The file that holds the article with this anchor.
    func file(forAnchor anchor: String) -> String { fileOfAnchor[anchor] ?? Self.indexFile }
}
