/// The shape every record id must have: a letter or digit, then letters, digits, `.`, `_` or `-`.
/// Ids appear in file names, URLs of the HTML pack and XML keys, so they stay plain.
enum RecordID {
    static let maximumLength = 120

    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= maximumLength,
            isAlphanumeric(first)
        else { return false }
        return id.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    /// Reads and validates the `id` key of a record.
    static func read(_ reader: RecordReader) -> String? {
        guard let id = reader.text("id") else { return nil }
        guard isValid(id) else {
            reader.sink.report(
                .invalidValue,
                .idInvalid(id),
                at: reader.valueLocation(of: "id"))
            return nil
        }
        reader.subject = FindingSubject(reader.kind, id: id)
        return id
    }
}
