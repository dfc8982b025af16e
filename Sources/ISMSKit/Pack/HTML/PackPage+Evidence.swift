extension PackPage {
    /// An evidence record of the pack with its files, their sizes and SHA-256 digests.
    func evidenceArticle(_ record: EvidenceRecord) -> HTMLFragment {
        var rows: [HTMLFragment] = [
            row(labels.title, "\(record.title)"),
            row(labels.collected, "\(record.collected)"),
        ]
        if let expires = record.expires { rows.append(row(labels.expires, "\(expires)")) }
        rows += [
            row(labels.owner, "\(record.owner)"),
            row(labels.supports, namedList(record.supports)),
        ]
        if record.example { rows.append(row(labels.example, "\(labels.yes)")) }
        let files = content.files(of: record).map { file in
            let packed = file.usable ? file.digest : nil
            let size: HTMLFragment = packed.map { "\($0.size) \(labels.bytes)" } ?? "–"
            let digest: HTMLFragment = packed.map { "<code>\($0.sha256)</code>" } ?? "–"
            return """
                <tr><td>\(fileLink(file))</td><td class="number">\(size)</td><td class="digest">\(digest)</td></tr>

                """ as HTMLFragment
        }
        return """
            <article class="record evidence" id="\(attribute: HTMLText.anchor("evidence", record.id))">
            <h3><span class="record-id">\(record.id)</span> \(record.title)</h3>
            <table class="record-table">
            <tbody>
            \(rows)</tbody>
            </table>
            <table class="files">
            <thead><tr><th scope="col">\(labels.files)</th><th scope="col">\(labels.size)</th><th scope="col">\(labels.sha256)</th></tr></thead>
            <tbody>
            \(files)</tbody>
            </table>
            </article>

            """
    }
}
