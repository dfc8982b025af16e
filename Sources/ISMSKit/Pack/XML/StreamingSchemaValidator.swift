import CLibXML2

#if canImport(Glibc)
    import Glibc
#endif

/// Validates XML against an XML Schema as a stream: libxml2's push parser reads the document in
/// 1 MiB chunks and hands its SAX events straight to the schema validator (`xmlSchemaSAXPlug`),
/// so no document tree is built and memory does not grow with the document (only the schema's
/// key tables do). This is how `isms pack` checks the pack.xml it has just written.
///
/// The document is read as `SafeXMLDocument` reads it: the same parse options (no network, no
/// entity substitution, no DTD loading, XML_PARSE_HUGE), the external entity loader that refuses
/// everything, and a DOCTYPE stops the parser the moment it is seen. Synchronous, like
/// `SchemaValidator`: libxml2's error handler is per thread.
public enum StreamingSchemaValidator {
    public static let chunkSize = 1 << 20

    /// The problems in the file at `path`: empty when it is well-formed, has no DOCTYPE and is
    /// valid against `schema`.
    public static func validate(file path: String, schema: String = AuditPackSchema.text) -> [ValidationMessage] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return [ValidationMessage(line: 0, message: "cannot read \(path): \(SystemError.describe(errno))")]
        }
        defer { close(descriptor) }
        return validate(schema: schema) { buffer in
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                if count < 0 && errno == EINTR { continue }
                return count
            }
        }
    }

    /// The problems in `bytes`, fed to the parser `chunkSize` bytes at a time.
    public static func validate(bytes: [UInt8], schema: String = AuditPackSchema.text, chunkSize: Int = chunkSize)
        -> [ValidationMessage]
    {
        var offset = 0
        return validate(schema: schema, chunkSize: chunkSize) { buffer in
            let count = min(buffer.count, bytes.count - offset)
            bytes.withUnsafeBytes { source in
                buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
            }
            offset += count
            return count
        }
    }

    /// Runs the validation; `next` fills the buffer and returns how much it read (0 at the end,
    /// -1 on a read error, with errno set).
    private static func validate(
        schema: String, chunkSize: Int = chunkSize, next: (UnsafeMutableRawBufferPointer) -> Int
    ) -> [ValidationMessage] {
        LibXML2.ready
        let errors = LibXML2Errors()
        let schemaBytes = Array(schema.utf8)
        let compiled = schemaBytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                errors.capturing { SchemaValidator.compile(chars, count: Int32(buffer.count), errors: errors) }
            }
        }
        guard let compiled else { return errors.all }
        defer { xmlSchemaFree(compiled) }
        guard let validContext = SchemaValidator.validationContext(compiled, errors: errors) else { return errors.all }
        defer { xmlSchemaFreeValidCtxt(validContext) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(chunkSize, 1), alignment: 16)
        defer { buffer.deallocate() }
        errors.capturing { parse(validContext, buffer: buffer, errors: errors, next: next) }
        return errors.all
    }

    private static func parse(
        _ validContext: xmlSchemaValidCtxtPtr, buffer: UnsafeMutableRawBufferPointer, errors: LibXML2Errors,
        next: (UnsafeMutableRawBufferPointer) -> Int
    ) {
        // A SAX handler that builds nothing: only the DOCTYPE guard; the schema validator is
        // plugged in front of it and receives every element, attribute and text.
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        SafeXMLDocument.refuseDoctype(in: &handler)
        guard let parser = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil) else {
            return errors.add(line: 0, message: "cannot create an XML parser")
        }
        defer { xmlFreeParserCtxt(parser) }
        _ = xmlCtxtUseOptions(parser, LibXML2.parseOptions)
        let state = SafeXMLDocument.ParseState()
        parser.pointee._private = Unmanaged.passUnretained(state).toOpaque()
        // Without a tree, the validator asks the parser for the line of each message.
        xmlSchemaValidateSetLocator(
            validContext,
            { context, file, line in
                guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self) else { return -1 }
                file?.pointee = nil
                line?.pointee = UInt(parser.pointee.input?.pointee.line ?? 0)
                return 0
            }, UnsafeMutableRawPointer(parser))
        guard let plug = xmlSchemaSAXPlug(validContext, &parser.pointee.sax, &parser.pointee.userData) else {
            return errors.add(line: 0, message: "cannot attach the schema validator to the parser")
        }
        var total = 0
        withExtendedLifetime(state) {
            while parser.pointee.disableSAX == 0 {
                let count = next(buffer)
                if count < 0 {
                    errors.add(line: 0, message: "cannot read the document: \(SystemError.describe(errno))")
                    break
                }
                if count == 0 { break }
                total += count
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count) { chars in
                    _ = xmlParseChunk(parser, chars, Int32(count), 0)
                }
            }
            _ = xmlParseChunk(parser, nil, 0, 1)
        }
        let valid = xmlSchemaIsValid(validContext) == 1
        // Restores the parser's own SAX handler, which xmlFreeParserCtxt then frees.
        xmlSchemaSAXUnplug(plug)
        if total == 0 { return errors.add(line: 1, message: "the document is empty") }
        if let line = state.doctypeLine { return errors.add(line: line, message: SafeXMLDocument.doctypeRefused) }
        if parser.pointee.wellFormed == 0 || parser.pointee.nsWellFormed == 0 {
            if errors.messages.isEmpty { errors.add(line: 0, message: "the document is not well-formed XML") }
        } else if !valid, errors.messages.isEmpty {
            errors.add(line: 0, message: "the document is not valid")
        }
    }
}
