import Yams

/// Reads the `actions` list of a nonconformity or a review decision.
enum FollowUpActionDecoder {
    static func actions(_ reader: RecordReader, _ key: String = "actions") -> [FollowUpAction] {
        guard let items = reader.items(key) else { return [] }
        return items.compactMap { node, location in
            guard
                let item = RecordReader(
                    node, path: reader.path, schema: FollowUpActionSchema.schema, sink: reader.sink, at: location)
            else { return nil }
            let text = item.text("action")
            let owner = item.text("owner")
            let due = item.date("due")
            let done = item.date("done")
            guard let text else { return nil }
            return FollowUpAction(action: text, owner: owner ?? "", due: due, done: done, location: item.start)
        }
    }
}
