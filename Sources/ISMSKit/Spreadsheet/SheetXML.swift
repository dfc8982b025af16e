import CLibXML2

/// The few tree walks the workbook reader needs, by local name whatever the namespace: Excel and
/// LibreOffice write the transitional namespaces, strict Office Open XML others, with the same
/// local names. Nothing here allocates memory that the caller must free.
enum SheetXML {
    /// A part parsed without network, entities or DTD (`SafeXMLDocument`), or why not.
    static func parse(_ bytes: [UInt8], part: String, file: String) throws(SpreadsheetError) -> SafeXMLDocument {
        let errors = LibXML2Errors()
        guard let document = SafeXMLDocument.parse(bytes, errors: errors), document.root != nil else {
            let first = errors.messages.first.map { "line \($0.line): \($0.message)" } ?? "not well-formed XML"
            throw SpreadsheetError(file: file, "part `\(part)` cannot be read: \(first)")
        }
        return document
    }

    static func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }

    /// The element children, or those of one local name.
    static func children(_ node: xmlNodePtr, _ name: String? = nil) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, name == nil || self.name(current) == name {
                result.append(current)
            }
            child = current.pointee.next
        }
        return result
    }

    static func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, self.name(current) == name { return current }
            child = current.pointee.next
        }
        return nil
    }

    /// The character data directly inside an element.
    static func text(_ node: xmlNodePtr) -> String { XMLTree.text(node) }

    /// An attribute by local name, in any namespace or none (`r:id` is `id`).
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let local = current.pointee.name, String(cString: local) == name { return XMLTree.value(of: current) }
            property = current.pointee.next
        }
        return nil
    }

    /// The text of a string item (`<si>`, `<is>`): its `<t>`, or the `<t>` of each rich-text run
    /// `<r>`; phonetic runs (`<rPh>`) are left out, as Excel shows them apart.
    static func stringItem(_ node: xmlNodePtr) -> String {
        var value = ""
        for child in children(node) {
            switch name(child) {
            case "t": value += text(child)
            case "r": value += children(child, "t").map(text).joined()
            default: break
            }
        }
        return XLSXEscape.decode(value)
    }
}
