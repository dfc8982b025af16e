/// The cell formats (`cellXfs`) of the workbooks isms writes. Every format but the default is
/// Text (`@`), so that a date or a number a person types into a cell stays the text typed;
/// cells that look like a formula have `quotePrefix`, so that Excel keeps them text when edited.
enum XLSXStyles {
    static let text = 1
    static let header = 2

    /// Top-aligned text, wrapped when `wraps`, with the quote prefix when `quoted`.
    static func body(wraps: Bool, quoted: Bool) -> Int { 3 + (wraps ? 1 : 0) + (quoted ? 2 : 0) }

    static var document: String {
        var xml = CompactXML()
        xml.element("styleSheet", [("xmlns", OOXML.main)]) { xml in
            xml.element("fonts", [("count", "2")]) { xml in
                for bold in [false, true] {
                    xml.element("font") { xml in
                        if bold { xml.empty("b") }
                        xml.empty("sz", [("val", "11")])
                        xml.empty("name", [("val", "Calibri")])
                        xml.empty("family", [("val", "2")])
                    }
                }
            }
            xml.element("fills", [("count", "2")]) { xml in
                for pattern in ["none", "gray125"] {
                    xml.element("fill") { xml in xml.empty("patternFill", [("patternType", pattern)]) }
                }
            }
            xml.element("borders", [("count", "1")]) { xml in
                xml.element("border") { xml in
                    for side in ["left", "right", "top", "bottom", "diagonal"] { xml.empty(side) }
                }
            }
            xml.element("cellStyleXfs", [("count", "1")]) { xml in
                xml.empty("xf", [("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")])
            }
            xml.element("cellXfs", [("count", "7")]) { xml in
                xml.empty(
                    "xf", [("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"), ("xfId", "0")])
                format(&xml, bold: false, wraps: false, quoted: false)  // text
                format(&xml, bold: true, wraps: true, quoted: false)  // header
                for quoted in [false, true] {
                    for wraps in [false, true] { format(&xml, bold: false, wraps: wraps, quoted: quoted) }
                }
            }
            xml.element("cellStyles", [("count", "1")]) { xml in
                xml.empty("cellStyle", [("name", "Normal"), ("xfId", "0"), ("builtinId", "0")])
            }
        }
        return xml.document
    }

    private static func format(_ xml: inout CompactXML, bold: Bool, wraps: Bool, quoted: Bool) {
        var attributes: CompactXML.Attributes = [
            ("numFmtId", "49"), ("fontId", bold ? "1" : "0"), ("fillId", "0"), ("borderId", "0"), ("xfId", "0"),
        ]
        if quoted { attributes.append(("quotePrefix", "1")) }
        attributes += [("applyNumberFormat", "1"), ("applyAlignment", "1")]
        if bold { attributes.append(("applyFont", "1")) }
        xml.element("xf", attributes) { xml in
            xml.empty("alignment", [("vertical", "top")] + (wraps ? [("wrapText", "1")] : []))
        }
    }
}
