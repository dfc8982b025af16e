import CLibXML2

/// Reading a parsed, validated pack.xml: the few libxml2 tree walks that `PackXMLReader` and
/// `PackSnapshotReader` share. Nothing here allocates memory that the caller must free.
enum XMLTree {
    /// Child elements in the pack's namespace with the given local name.
    static func children(of node: xmlNodePtr, named name: String) -> [xmlNodePtr] {
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

    /// The character data of an element of text (the schema allows no child elements in one).
    static func text(_ node: xmlNodePtr) -> String {
        var value = ""
        var child = node.pointee.children
        while let part = child {
            if part.pointee.type == XML_TEXT_NODE || part.pointee.type == XML_CDATA_SECTION_NODE,
                let content = part.pointee.content
            {
                value += String(cString: content)
            }
            child = part.pointee.next
        }
        return value
    }

    /// The value of an attribute without namespace, from its text children.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if current.pointee.ns == nil, let local = current.pointee.name, String(cString: local) == name {
                return value(of: current)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// An attribute's value, from its text children.
    static func value(of attribute: xmlAttrPtr) -> String {
        var value = ""
        var text = attribute.pointee.children
        while let part = text {
            if part.pointee.type == XML_TEXT_NODE, let content = part.pointee.content {
                value += String(cString: content)
            }
            text = part.pointee.next
        }
        return value
    }
}
