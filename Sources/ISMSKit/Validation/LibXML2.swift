import CLibXML2

/// Process-wide set-up of libxml2, done once before any use, and the collection of its messages.
///
/// Thread safety: `xmlInitParser()` and the external entity loader are process-wide and set once,
/// here, under Swift's thread-safe lazy initialisation of a static constant. Everything else
/// (parser and schema contexts, error handlers) is per call and per thread: libxml2 keeps the
/// structured error handler per thread, so a call must run start to finish on one thread, which a
/// synchronous function does. Library code never calls `xmlCleanupParser()`.
enum LibXML2 {
    /// Touch before any libxml2 call.
    static let ready: Void = {
        xmlInitParser()
        // No external entity, DTD, schema include or import is ever loaded, from file or network.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// The libxml2 parse options every document is read with: no network, line numbers beyond
    /// 65535, and no 10 MB cap on a document (XML_PARSE_HUGE: the pack.xml of a large register is
    /// bigger). Never XML_PARSE_NOENT, XML_PARSE_DTDLOAD or XML_PARSE_DTDATTR: with a DOCTYPE
    /// refused and no entity substituted, lifting the size cap cannot let an entity expand.
    static let parseOptions = Int32(
        bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_HUGE.rawValue)
}

/// Collects libxml2's structured error reports, with their line numbers. Passed to libxml2 as an
/// opaque pointer (`Unmanaged`) and kept alive by the caller for the duration of the call.
final class LibXML2Errors {
    private(set) var messages: [ValidationMessage] = []
    private(set) var dropped = 0
    /// A prefix for every message ("schema: " while the schema itself is compiled).
    var prefix = ""
    /// Enough to fix a document; a document with millions of errors must not exhaust memory.
    static let limit = 1000

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> LibXML2Errors? {
        pointer.map { Unmanaged<LibXML2Errors>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Records an error; warnings do not make a document invalid and are left out.
    func receive(_ error: xmlError) {
        guard error.level != XML_ERR_WARNING, error.level != XML_ERR_NONE else { return }
        add(line: Int(error.line), message: error.message.map { String(cString: $0) } ?? "unknown libxml2 error")
    }

    func add(line: Int, message: String) {
        guard messages.count < Self.limit else {
            dropped += 1
            return
        }
        messages.append(ValidationMessage(line: line, message: prefix + Self.clean(message)))
    }

    /// Every message, with a last one counting those left out.
    var all: [ValidationMessage] {
        guard dropped > 0 else { return messages }
        return messages + [ValidationMessage(line: messages.last?.line ?? 0, message: "\(dropped) more messages")]
    }

    /// One line of text that cannot steer a terminal (messages quote the document): control
    /// characters (C0, DEL, C1) shown as spaces, trailing ones trimmed.
    private static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar)
        }
        var result = String(scalars)
        while result.last == " " { result.removeLast() }
        return result
    }

    /// Routes this thread's libxml2 errors outside any context (parser errors) here while `body` runs.
    func capturing<T>(_ body: () -> T) -> T {
        xmlSetStructuredErrorFunc(opaque) { context, error in
            guard let error else { return }
            LibXML2Errors.from(context)?.receive(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return withExtendedLifetime(self) { body() }
    }
}

/// One problem libxml2 found in a document: where (1-based line, 0 when unknown) and what.
public struct ValidationMessage: Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}
