/// Writes the pack's own documents into the staging folder, each streamed through a
/// `PackFileWriter` (rendered, hashed and written a piece at a time): pack.xml, then validated
/// against the schema as a stream, and the HTML files. Returns their manifest entries.
enum PackDocuments {
    /// Writes pack.xml and validates what was written, so no pack is committed with a pack.xml
    /// that does not match schema/audit-pack.xsd.
    static func writeXML(_ content: PackContent, changes: RegisterDiff?, in folder: String) throws(PackError)
        -> Manifest.Entry
    {
        let path = folder + "/" + PackBuilder.xmlName
        let writer = try PackFileWriter(path: path)
        PackXMLRenderer.write(content, changes: changes, to: writer)
        let digest = try writer.finish()
        let problems = StreamingSchemaValidator.validate(file: path)
        guard problems.isEmpty else {
            let first = problems.prefix(3).map { "line \($0.line): \($0.message)" }.joined(separator: "; ")
            throw PackError(
                "internal error: pack.xml does not match schema/audit-pack.xsd (\(first)); please report it")
        }
        return Manifest.Entry(path: PackBuilder.xmlName, sha256: digest)
    }

    /// Writes index.html and, when a listing has more than `recordsPerPage` records, its pages;
    /// `binding` (pack.xml's digest, the signing key) goes into their printed footer.
    static func writeHTML(
        _ content: PackContent, changes: RegisterDiff?, recordsPerPage: Int, binding: PaperBinding, in folder: String
    ) throws(PackError) -> [Manifest.Entry] {
        let document = PackHTMLDocument(content, changes: changes, recordsPerPage: recordsPerPage, binding: binding)
        var entries = [try write(PagePlan.indexFile, in: folder) { document.writeIndex(to: $0) }]
        for page in document.pages {
            entries.append(try write(page.fileName, in: folder) { document.write(page, to: $0) })
        }
        return entries
    }

    private static func write(_ name: String, in folder: String, body: (PackFileWriter) -> Void) throws(PackError)
        -> Manifest.Entry
    {
        let writer = try PackFileWriter(path: folder + "/" + name)
        body(writer)
        return Manifest.Entry(path: name, sha256: try writer.finish())
    }
}
