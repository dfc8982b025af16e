import CLibXML2
import Foundation

/// Validates XML against an XML Schema 1.0 with libxml2, reading the document safely
/// (`SafeXMLDocument`: no DOCTYPE, no entities, no network) and collecting every message with its
/// line number.
///
/// Calls are synchronous and self-contained: each builds its own parser and schema contexts, and
/// libxml2's error handler is per thread, so calls on different threads do not interfere. The only
/// process-wide state (libxml2's initialisation and its external entity loader, which refuses
/// everything) is set once, on first use. It also makes `xs:include` and `xs:import` fail, so a
/// schema must be self-contained.
public enum SchemaValidator {
    /// The problems libxml2 finds: empty when the document is well-formed, has no DOCTYPE and is
    /// valid against `schema`. A document that does not parse gives the parser's messages.
    public static func validate(xml: [UInt8], schema: String = AuditPackSchema.text) -> [ValidationMessage] {
        let errors = LibXML2Errors()
        guard let document = SafeXMLDocument.parse(xml, errors: errors) else { return errors.all }
        validate(document, schema: schema, errors: errors)
        return errors.all
    }

    public static func validate(xml: Data, schema: String = AuditPackSchema.text) -> [ValidationMessage] {
        validate(xml: [UInt8](xml), schema: schema)
    }

    /// Validates a parsed document, adding what is wrong to `errors`.
    static func validate(_ document: SafeXMLDocument, schema: String, errors: LibXML2Errors) {
        LibXML2.ready
        let schemaBytes = Array(schema.utf8)
        errors.capturing {
            schemaBytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    validate(document.pointer, schema: chars, count: Int32(buffer.count), errors: errors)
                }
            }
        }
    }

    private static func validate(
        _ document: xmlDocPtr, schema: UnsafePointer<CChar>, count: Int32, errors: LibXML2Errors
    ) {
        guard let compiled = compile(schema, count: count, errors: errors) else { return }
        defer { xmlSchemaFree(compiled) }
        guard let validContext = validationContext(compiled, errors: errors) else { return }
        defer { xmlSchemaFreeValidCtxt(validContext) }
        let before = errors.messages.count + errors.dropped
        let result = xmlSchemaValidateDoc(validContext, document)
        if result != 0, errors.messages.count + errors.dropped == before {
            errors.add(line: 0, message: "the document is not valid (libxml2 status \(result))")
        }
    }

    /// The compiled schema (free it with `xmlSchemaFree`), or nil with the reasons in `errors`.
    static func compile(_ schema: UnsafePointer<CChar>, count: Int32, errors: LibXML2Errors) -> xmlSchemaPtr? {
        guard let parserContext = xmlSchemaNewMemParserCtxt(schema, count) else {
            errors.add(line: 0, message: "schema: cannot create a schema parser")
            return nil
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        errors.prefix = "schema: "
        xmlSchemaSetParserStructuredErrors(
            parserContext,
            { context, error in
                guard let error else { return }
                LibXML2Errors.from(context)?.receive(error.pointee)
            }, errors.opaque)
        let compiled = xmlSchemaParse(parserContext)
        errors.prefix = ""
        if compiled == nil, errors.messages.isEmpty {
            errors.add(line: 0, message: "schema: the schema does not compile")
        }
        return compiled
    }

    /// A validation context (free it with `xmlSchemaFreeValidCtxt`) reporting into `errors`.
    static func validationContext(_ compiled: xmlSchemaPtr, errors: LibXML2Errors) -> xmlSchemaValidCtxtPtr? {
        guard let validContext = xmlSchemaNewValidCtxt(compiled) else {
            errors.add(line: 0, message: "cannot create a schema validation context")
            return nil
        }
        xmlSchemaSetValidStructuredErrors(
            validContext,
            { context, error in
                guard let error else { return }
                LibXML2Errors.from(context)?.receive(error.pointee)
            }, errors.opaque)
        return validContext
    }
}
