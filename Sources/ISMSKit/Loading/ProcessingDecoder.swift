import Foundation
import Yams

/// Turns a processing-activity record into a `ProcessingActivity` (GDPR Art. 30(1), or Art. 30(2)
/// for `role: processor`).
enum ProcessingDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> ProcessingActivity? {
        guard
            let reader = RecordReader(
                node, path: path, schema: schema, sink: sink)
        else { return nil }
        let id = RecordID.read(reader)
        let name = reader.text("name")
        let role = reader.choice("role", as: ProcessingActivity.Role.self) ?? .controller
        let own = role == .controller
        let controllers = reader.strings("controllers", required: false)
        let processingCategories = reader.strings("processing-categories", required: !own)
        if own {
            for key in ["controllers", "processing-categories"] where reader.has(key) {
                sink.report(
                    .invalidValue, .processorOnlyKey(key),
                    at: reader.location(of: key))
            }
        }
        let purposes = decodePurposes(reader, required: own)
        let bases = reader.choices(
            "legal-basis", as: ProcessingActivity.LegalBasis.self, required: own, code: .legalBasisMissing)
        let subjects = reader.strings("data-subjects", required: own)
        let categories = reader.strings("data-categories", required: own)
        let special = reader.strings("special-categories", required: own)
        let conditions = reader.choices(
            "special-categories-condition", as: SpecialCategoryCondition.self, required: false)
        let recipients = reader.strings("recipients", required: own)
        let transfers = decodeTransfers(reader)
        let retention = reader.text("retention", required: own, code: .retentionMissing)
        let controls = reader.strings("controls", required: true)
        let automated = reader.bool("automated-decisions", required: own)
        let minors = reader.text("minors", required: false)
        let source = reader.text("source", required: false)
        let reviewBy = reader.date("review-by")
        guard let id else { return nil }
        var activity = ProcessingActivity(
            id: id, name: name ?? id, purposes: purposes, legalBases: bases ?? [], dataSubjects: subjects ?? [],
            dataCategories: categories ?? [], specialCategories: special ?? [], recipients: recipients ?? [],
            transfers: transfers, retention: retention, controls: controls ?? [],
            automatedDecisions: automated ?? false,
            minors: minors, source: source, origin: reader.origin(), reviewBy: reviewBy)
        activity.specialCategoryConditions = conditions ?? []
        activity.role = role
        activity.controllers = controllers ?? []
        activity.processingCategories = processingCategories ?? []
        return activity
    }

    /// Each purpose as text or as a `{purpose, legal-basis}` mapping, at its own line. E400 when
    /// a controller's record lists none (or only empty ones).
    private static func decodePurposes(_ reader: RecordReader, required: Bool) -> [ProcessingActivity.Purpose] {
        guard let items = reader.items("purposes") else {
            if required && !reader.has("purposes") { reader.missing("purposes", code: .purposesMissing) }
            return []
        }
        var purposes: [ProcessingActivity.Purpose] = []
        for (node, location) in items {
            switch node {
            case .scalar(let scalar):
                reader.reportPlaceholder(scalar.string, key: "purposes", at: location)
                purposes.append(.init(text: scalar.string, legalBasis: nil, location: location))
            case .mapping:
                guard
                    let item = RecordReader(node, path: reader.path, schema: purpose, sink: reader.sink, at: location)
                else { continue }
                let basis = item.choice("legal-basis", as: ProcessingActivity.LegalBasis.self, required: false)
                guard let text = item.text("purpose") else { continue }
                purposes.append(.init(text: text, legalBasis: basis, location: location))
            default:
                reader.sink.report(
                    .wrongType,
                    .purposeItemShape(RecordReader.describe(node)),
                    at: location)
            }
        }
        if required, purposes.allSatisfy({ $0.text.trimmingCharacters(in: .whitespaces).isEmpty }) {
            reader.sink.report(
                .purposesMissing, .purposesNone(reader.subject), at: reader.location(of: "purposes"))
        }
        return purposes
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
