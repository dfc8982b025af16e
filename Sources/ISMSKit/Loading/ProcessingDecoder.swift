import Foundation
import Yams

/// Turns a processing-activity record into a `ProcessingActivity` (GDPR Art. 30(1)).
enum ProcessingDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> ProcessingActivity? {
        guard
            let reader = RecordReader(
                node, path: path, schema: schema, sink: sink)
        else { return nil }
        let id = RecordID.read(reader)
        let name = reader.text("name")
        let purposes = reader.strings("purposes", required: true, code: .purposesMissing)
        if let purposes, purposes.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            sink.report(.purposesMissing, "\(reader.subject) lists no purposes", at: reader.location(of: "purposes"))
        }
        let basis = reader.choice(
            "legal-basis", as: ProcessingActivity.LegalBasis.self, required: true, code: .legalBasisMissing)
        let subjects = reader.strings("data-subjects", required: true)
        let categories = reader.strings("data-categories", required: true)
        let special = reader.strings("special-categories", required: true)
        let recipients = reader.strings("recipients", required: true)
        let transfers = decodeTransfers(reader)
        let retention = reader.text("retention", code: .retentionMissing)
        let controls = reader.strings("controls", required: true)
        let automated = reader.bool("automated-decisions", required: true)
        let minors = reader.text("minors", required: false)
        let source = reader.text("source", required: false)
        let reviewBy = reader.date("review-by")
        guard let id else { return nil }
        return ProcessingActivity(
            id: id, name: name ?? id, purposes: purposes ?? [], legalBasis: basis, dataSubjects: subjects ?? [],
            dataCategories: categories ?? [], specialCategories: special ?? [], recipients: recipients ?? [],
            transfers: transfers, retention: retention, controls: controls ?? [],
            automatedDecisions: automated ?? false,
            minors: minors, source: source, origin: reader.origin(), reviewBy: reviewBy)
    }

    private static func decodeTransfers(_ reader: RecordReader) -> [ProcessingActivity.Transfer] {
        guard let items = reader.items("transfers") else {
            if !reader.has("transfers") { reader.missing("transfers") }
            return []
        }
        return items.compactMap { node, location in
            guard
                let transfer = RecordReader(
                    node, path: reader.path, schema: transfer, sink: reader.sink,
                    at: location)
            else { return nil }
            guard let country = CountryCode.read(transfer, key: "country", required: true) else { return nil }
            let safeguard = transfer.choice("safeguard", as: TransferSafeguard.self)
            return ProcessingActivity.Transfer(country: country, safeguard: safeguard, location: transfer.start)
        }
    }
}
