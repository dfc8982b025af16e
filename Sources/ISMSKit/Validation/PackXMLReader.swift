import CLibXML2
import Foundation

/// What a pack verifier needs from pack.xml: its format version and as-of date, and every
/// evidence file it lists with size and SHA-256.
public struct PackXML: Sendable, Hashable {
    /// One usable evidence file of an evidence record: its path inside the pack (`evidence/...`).
    public struct EvidenceFile: Sendable, Hashable {
        public let path: String
        public let size: Int64
        public let sha256: String

        public init(path: String, size: Int64, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }
    }

    /// The `version` attribute of `<audit-pack>`.
    public let version: String
    /// The `as-of` attribute of `<audit-pack>`, as written.
    public let asOf: String
    /// The files with size and SHA-256, in document order; a file two records name appears twice.
    public let files: [EvidenceFile]

    public var asOfDate: CalendarDate? { CalendarDate(asOf) }
}

/// Why pack.xml cannot be read: it does not parse, has a DOCTYPE, or is not valid.
public struct PackXMLError: Error, Sendable, CustomStringConvertible {
    public let messages: [ValidationMessage]

    public var description: String {
        messages.map { "pack.xml:\($0.line): \($0.message)" }.joined(separator: "\n")
    }
}

/// Reads pack.xml as `SchemaValidator` does (no DOCTYPE, no entities, no network), validates it
/// against the embedded schema, and only then reads what it lists. Synchronous; see
/// `SchemaValidator` on threads.
public enum PackXMLReader {
    public static func read(xml: [UInt8]) throws(PackXMLError) -> PackXML {
        let errors = LibXML2Errors()
        guard let document = SafeXMLDocument.parse(xml, errors: errors) else {
            throw PackXMLError(messages: errors.all)
        }
        SchemaValidator.validate(document, schema: AuditPackSchema.text, errors: errors)
        guard errors.messages.isEmpty, let root = document.root else { throw PackXMLError(messages: errors.all) }
        var files: [PackXML.EvidenceFile] = []
        for section in XMLTree.children(of: root, named: "evidence") {
            for record in XMLTree.children(of: section, named: "record") {
                for file in XMLTree.children(of: record, named: "file") {
                    guard let path = XMLTree.attribute(file, "path"),
                        let size = XMLTree.attribute(file, "size").flatMap({ Int64($0) }),
                        let sha256 = XMLTree.attribute(file, "sha256")
                    else { continue }
                    files.append(PackXML.EvidenceFile(path: path, size: size, sha256: sha256))
                }
            }
        }
        return PackXML(
            version: XMLTree.attribute(root, "version") ?? "", asOf: XMLTree.attribute(root, "as-of") ?? "",
            files: files)
    }

    public static func read(xml: Data) throws(PackXMLError) -> PackXML {
        try read(xml: [UInt8](xml))
    }
}
