/// The XML of a workbook part, on one line as spreadsheet programs write it: no indentation
/// between elements, whose whitespace some readers would take for cell text. Every attribute
/// value and every text passes through `XMLText`, so no cell can add markup; characters XML 1.0
/// forbids become U+FFFD there.
struct CompactXML {
    typealias Attributes = [(name: String, value: String)]

    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private var open: [String] = []

    mutating func start(_ name: String, _ attributes: Attributes = []) {
        text += "<" + name + Self.render(attributes) + ">"
        open.append(name)
    }

    mutating func end() {
        guard let name = open.popLast() else { preconditionFailure("CompactXML.end() with no open element") }
        text += "</" + name + ">"
    }

    mutating func element(_ name: String, _ attributes: Attributes = [], body: (inout CompactXML) -> Void) {
        start(name, attributes)
        body(&self)
        end()
    }

    mutating func empty(_ name: String, _ attributes: Attributes = []) {
        text += "<" + name + Self.render(attributes) + "/>"
    }

    /// An element holding only text.
    mutating func text(_ name: String, _ content: String, _ attributes: Attributes = []) {
        text += "<" + name + Self.render(attributes) + ">" + XMLText.escapeText(content) + "</" + name + ">"
    }

    /// The finished document; every element must be closed.
    var document: String {
        precondition(open.isEmpty, "CompactXML: unclosed elements \(open)")
        return text
    }

    private static func render(_ attributes: Attributes) -> String {
        attributes.map { " \($0.name)=\"\(XMLText.escapeAttribute($0.value))\"" }.joined()
    }
}
