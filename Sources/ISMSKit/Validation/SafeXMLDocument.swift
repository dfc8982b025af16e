import CLibXML2

/// An XML document parsed by libxml2 with every entity and DTD feature refused: no network, no
/// external entity (the loader returns nothing), no entity substitution, and no DOCTYPE at all.
/// A DOCTYPE stops the parser the moment it is seen, before its internal subset is read, so a
/// billion-laughs document or an external entity is refused without expanding anything.
final class SafeXMLDocument {
    let pointer: xmlDocPtr

    private init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }

    static let doctypeRefused =
        "the document has a DOCTYPE; isms refuses DTDs and entity declarations in XML it reads"

    /// The document, or the messages that say why it cannot be read. Errors also go to `errors`.
    static func parse(_ bytes: [UInt8], errors: LibXML2Errors) -> SafeXMLDocument? {
        LibXML2.ready
        guard !bytes.isEmpty else {
            errors.add(line: 1, message: "the document is empty")
            return nil
        }
        guard bytes.count <= Int(Int32.max) else {
            errors.add(line: 0, message: "the document is larger than 2 GiB")
            return nil
        }
        let state = ParseState()
        let document: xmlDocPtr? = errors.capturing {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    parse(chars, count: Int32(buffer.count), state: state)
                }
            }
        }
        if let line = state.doctypeLine {
            if let document { xmlFreeDoc(document) }
            errors.add(line: line, message: doctypeRefused)
            return nil
        }
        guard let document else {
            if errors.messages.isEmpty { errors.add(line: 0, message: "the document is not well-formed XML") }
            return nil
        }
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            xmlFreeDoc(document)
            errors.add(line: 1, message: doctypeRefused)
            return nil
        }
        return SafeXMLDocument(document)
    }

    /// What the DOCTYPE callback reports back, reached through the parser context's `_private`.
    final class ParseState {
        var doctypeLine: Int?
    }

    /// Makes a SAX handler stop the parser as soon as `<!DOCTYPE name ...` is read, before any
    /// declaration inside it, noting the line in the `ParseState` at the context's `_private`.
    static func refuseDoctype(in handler: UnsafeMutablePointer<xmlSAXHandler>) {
        handler.pointee.internalSubset = { userData, _, _, _ in
            guard let parser = userData?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
            if let opaque = parser.pointee._private {
                let state = Unmanaged<ParseState>.fromOpaque(opaque).takeUnretainedValue()
                state.doctypeLine = Int(parser.pointee.input?.pointee.line ?? 1)
            }
            xmlStopParser(parser)
        }
    }

    private static func parse(_ chars: UnsafePointer<CChar>, count: Int32, state: ParseState) -> xmlDocPtr? {
        // A push parser context: its own copy of the SAX handler, which parse options never reset.
        guard let context = xmlCreatePushParserCtxt(nil, nil, nil, 0, nil) else { return nil }
        defer { xmlFreeParserCtxt(context) }
        _ = xmlCtxtUseOptions(context, LibXML2.parseOptions)
        context.pointee._private = Unmanaged.passUnretained(state).toOpaque()
        refuseDoctype(in: context.pointee.sax)
        // The status is the last error or warning seen; well-formedness decides instead.
        _ = withExtendedLifetime(state) { xmlParseChunk(context, chars, count, 1) }
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        guard context.pointee.wellFormed != 0, context.pointee.nsWellFormed != 0, state.doctypeLine == nil else {
            if let document { xmlFreeDoc(document) }
            return nil
        }
        return document
    }
}
