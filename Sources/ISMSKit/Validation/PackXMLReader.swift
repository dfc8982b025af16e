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
        for section in children(of: root, named: "evidence") {
            for record in children(of: section, named: "record") {
                for file in children(of: record, named: "file") {
                    guard let path = attribute(file, "path"), let size = attribute(file, "size").flatMap({ Int64($0) }),
                        let sha256 = attribute(file, "sha256")
                    else { continue }
                    files.append(PackXML.EvidenceFile(path: path, size: size, sha256: sha256))
                }
            }
        }
        return PackXML(version: attribute(root, "version") ?? "", asOf: attribute(root, "as-of") ?? "", files: files)
    }

    public static func read(xml: Data) throws(PackXMLError) -> PackXML {
        try read(xml: [UInt8](xml))
    }

    /// Child elements in the pack's namespace with the given local name.
    private static func children(of node: xmlNodePtr, named name: String) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let local = current.pointee.name,
                String(cString: local) == name, let ns = current.pointee.ns, let href = ns.pointee.href,
                String(cString: href) == AuditPackSchema.namespace
            {
                result.append(current)
            }
            child = current.pointee.next
        }
        return result
    }

    /// The value of an attribute without namespace, from its text children (no allocation to free).
    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if current.pointee.ns == nil, let local = current.pointee.name, String(cString: local) == name {
                var value = ""
                var text = current.pointee.children
                while let part = text {
                    if part.pointee.type == XML_TEXT_NODE, let content = part.pointee.content {
                        value += String(cString: content)
                    }
                    text = part.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }
}
