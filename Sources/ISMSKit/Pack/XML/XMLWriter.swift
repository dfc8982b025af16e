/// A small writer of indented XML: elements open and close in a strict stack, every attribute
/// value and every text goes through `XMLText`, and attributes whose value is nil are left out.
///
/// Text is written inside its element on one line (`<title>…</title>`), never indented, so the
/// document's character data is exactly the text given.
///
/// Lines are gathered in a small buffer and handed to a `TextSink` (a file of the pack, or a
/// string) every 64 KiB, so writing a large document takes no more memory than a small one.
struct XMLWriter {
    typealias Attributes = [(name: String, value: String?)]

    private let sink: any TextSink
    private var pending = ""
    private var open: [String] = []
    private let indentUnit = "  "
    private static let flushSize = 64 << 10

    /// Starts a document (the XML declaration) in `sink`.
    init(sink: any TextSink) {
        self.sink = sink
        pending.reserveCapacity(Self.flushSize + 4096)
        pending += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    }

    /// Opens an element whose children follow.
    mutating func start(_ name: String, _ attributes: Attributes = []) {
        line("<" + name + Self.render(attributes) + ">")
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func end() {
        guard let name = open.popLast() else { preconditionFailure("XMLWriter.end() with no open element") }
        line("</" + name + ">")
    }

    /// An element with children written by `body`.
    mutating func element(_ name: String, _ attributes: Attributes = [], body: (inout XMLWriter) -> Void) {
        start(name, attributes)
        body(&self)
        end()
    }

    /// An element without children.
    mutating func empty(_ name: String, _ attributes: Attributes = []) {
        line("<" + name + Self.render(attributes) + "/>")
    }

    /// An element holding only text (empty text gives an empty element).
    mutating func text(_ name: String, _ text: String, _ attributes: Attributes = []) {
        if text.isEmpty { return empty(name, attributes) }
        line("<" + name + Self.render(attributes) + ">" + XMLText.escapeText(text) + "</" + name + ">")
    }

    /// An optional text element: nothing when the text is nil.
    mutating func text(_ name: String, ifPresent text: String?) {
        if let text { self.text(name, text) }
    }

    /// Starts a document kept in memory: read it whole with `document`.
    init() { self.init(sink: StringSink()) }

    /// The document of a writer made with `init()`; every element must be closed.
    var document: String {
        precondition(open.isEmpty, "XMLWriter: unclosed elements \(open)")
        guard let strings = sink as? StringSink else { preconditionFailure("XMLWriter.document needs init()") }
        return strings.text + pending
    }

    /// Ends the document: every element must be closed. Hands the rest to the sink.
    mutating func finish() {
        precondition(open.isEmpty, "XMLWriter: unclosed elements \(open)")
        sink.write(pending)
        pending = ""
    }

    private mutating func line(_ content: String) {
        for _ in open { pending += indentUnit }
        pending += content
        pending += "\n"
        if pending.utf8.count >= Self.flushSize {
            sink.write(pending)
            pending.removeAll(keepingCapacity: true)
        }
    }

    private static func render(_ attributes: Attributes) -> String {
        var out = ""
        for (name, value) in attributes {
            guard let value else { continue }
            out += " " + name + "=\"" + XMLText.escapeAttribute(value) + "\""
        }
        return out
    }
}
