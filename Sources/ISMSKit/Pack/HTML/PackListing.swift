/// The sections of the pack page that list records, one article per record: the parts that grow
/// with the register, and so the ones a large register splits over pages of their own.
enum PackListing: String, CaseIterable, Sendable {
    case controls
    case customControls = "custom-controls"
    case processing
    /// Processing carried out as a processor (GDPR Art. 30(2)).
    case processorProcessing = "processor-processing"
    case parties
    case evidence

    /// The prefix of its articles' anchors (`HTMLText.anchor`).
    var anchorPrefix: String {
        switch self {
        case .controls, .customControls: "control"
        case .processing, .processorProcessing: "processing"
        case .parties: "party"
        case .evidence: "evidence"
        }
    }

    /// The name of its n-th page (from 1): `evidence-001.html`, `evidence-002.html`, ...
    func fileName(page number: Int) -> String {
        let digits = String(number)
        return rawValue + "-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".html"
    }
}

extension PackPage {
    /// The ids of a listing's records, in the order of their articles.
    func ids(of listing: PackListing) -> [String] {
        switch listing {
        case .controls: annexA.map(\.id)
        case .customControls: custom.map(\.id)
        case .processing: processing.map(\.id)
        case .processorProcessing: processorProcessing.map(\.id)
        case .parties: parties.map(\.id)
        case .evidence: evidence.map(\.id)
        }
    }

    func count(of listing: PackListing) -> Int {
        switch listing {
        case .controls: annexA.count
        case .customControls: custom.count
        case .processing: processing.count
        case .processorProcessing: processorProcessing.count
        case .parties: parties.count
        case .evidence: evidence.count
        }
    }

    /// The article of the listing's record at `index`.
    func article(_ listing: PackListing, at index: Int) -> HTMLFragment {
        switch listing {
        case .controls: controlArticle(annexA[index])
        case .customControls: controlArticle(custom[index])
        case .processing: processingArticle(processing[index])
        case .processorProcessing: processingArticle(processorProcessing[index])
        case .parties: partyArticle(parties[index])
        case .evidence: evidenceArticle(evidence[index])
        }
    }

    /// Writes the articles of the records in `range` one at a time, so a listing is never held
    /// whole. An empty register of processing activities, parties or evidence says `none`.
    func writeArticles(_ listing: PackListing, _ range: Range<Int>, to sink: any TextSink) {
        if count(of: listing) == 0 && listing != .controls && listing != .customControls {
            sink.write(("<p class=\"muted\">\(labels.none)</p>\n" as HTMLFragment).markup)
        }
        for index in range { sink.write(article(listing, at: index).markup) }
    }
}
