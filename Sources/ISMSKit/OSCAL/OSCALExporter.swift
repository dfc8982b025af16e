/// The formats `isms export oscal` writes.
public enum OSCALFormat: String, Sendable, CaseIterable {
    case xml, json
}

/// An exported document and the check it shows.
public struct OSCALExport: Sendable {
    /// The document: OSCAL XML or JSON, ending in a newline.
    public let text: String
    /// The check, run with every evidence file hashed.
    public let report: CheckReport
    /// The result's remarks: controls left unreviewed, evidence or dates OSCAL could not express.
    public let notes: [String]
}

/// Exports the Statement of Applicability, the evidence state and the risk register as an OSCAL
/// 1.0.6 assessment-results document (docs/oscal.md). Deterministic: the same register and as-of date
/// give the same bytes, with UUIDs derived from the register (`OSCALUUID`).
public enum OSCALExporter {
    /// The OSCAL version written, the version of schema/oscal_assessment-results_schema.xsd.
    public static let oscalVersion = OSCAL.version
    /// The XML namespace of OSCAL 1.0.x documents.
    public static let namespace = OSCAL.xmlNamespace

    /// Checks the register on `asOf`, hashing every evidence file, and renders the document.
    public static func export(
        _ loaded: LoadedRegister, asOf: CalendarDate, format: OSCALFormat, hrefBase: String = ""
    ) throws(OSCALExportError) -> OSCALExport {
        guard loaded.hasSettings else {
            throw OSCALExportError(
                "isms.yaml cannot be read (run `isms check`); the export needs the organisation and audit cycle")
        }
        let report = RegisterChecker.check(loaded, asOf: asOf, hashAll: true)
        return try render(PackContent(report: report, language: .en), format: format, hrefBase: hrefBase)
    }

    /// The folder, relative to where the document is kept, in which the pack's evidence/ lies:
    /// `2026` for a document written to reports/ beside the pack folder reports/2026. It is a
    /// relative path of plain folder names (no `..`, `.`, empty part or leading `/`); nil when
    /// the text is not one. Empty means the document sits in the pack folder itself.
    public static func hrefBase(_ text: String) -> String? {
        let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
        guard !trimmed.isEmpty else { return "" }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard !trimmed.hasPrefix("/"),
            parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\\") }),
            !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == ":" })
        else { return nil }
        return trimmed + "/"
    }

    /// Renders the document for a check already run (with `hashAll: true`, or files go unhashed).
    public static func render(_ content: PackContent, format: OSCALFormat, hrefBase: String = "")
        throws(OSCALExportError) -> OSCALExport
    {
        var builder = OSCALBuilder(content, hrefBase: hrefBase)
        let document = try builder.build()
        let text =
            switch format {
            case .xml: OSCALXMLRenderer.render(document)
            case .json: OSCALJSONRenderer.render(document)
            }
        return OSCALExport(text: text, report: content.report, notes: builder.notes)
    }
}
