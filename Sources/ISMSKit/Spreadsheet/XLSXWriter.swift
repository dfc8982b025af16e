import Foundation
import ZIPFoundation

/// An Office Open XML workbook (.xlsx) of report tables, one sheet each, for Excel, LibreOffice
/// and Numbers. Every cell is a string (an inline string), so no cell is ever a formula; dates
/// are the text `YYYY-MM-DD`, as in CSV. The parts are added in a fixed order with a fixed date,
/// so the same tables give the same bytes.
public struct XLSXWriter: Sendable {
    /// A sheet's name and its table. Names are at most 31 characters, none of `[]:*?/\`.
    public let sheets: [(name: String, table: ReportTable)]

    public init(sheets: [(name: String, table: ReportTable)]) {
        precondition(!sheets.isEmpty, "a workbook has at least one sheet")
        for sheet in sheets {
            precondition(
                sheet.name.count <= 31 && !sheet.name.contains(where: "[]:*?/\\".contains),
                "sheet name \(sheet.name) is not one a workbook allows")
        }
        self.sheets = sheets
    }

    /// The workbook's bytes.
    public func write() throws(SpreadsheetError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (name, text) in parts() {
                let data = Data(text.utf8)
                try archive.addEntry(
                    with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: PackZip.entryDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw SpreadsheetError(file: "workbook", "the zip was not made") }
            return bytes
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError(file: "workbook", "cannot be made: \(error)")
        }
    }

    /// Every part of the package, in the order written.
    func parts() -> [(String, String)] {
        let built = sheets.map { XLSXSheet(name: $0.name, table: $0.table) }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(built)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", XLSXStyles.document),
        ]
        for (index, sheet) in built.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.worksheet(selected: index == 0)))
        }
        return parts
    }

    private var contentTypes: String {
        var xml = CompactXML()
        xml.element("Types", [("xmlns", OOXML.contentTypes)]) { xml in
            xml.empty(
                "Default",
                [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
            xml.empty("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
            xml.empty("Override", [("PartName", "/xl/workbook.xml"), ("ContentType", OOXML.workbookContentType)])
            xml.empty("Override", [("PartName", "/xl/styles.xml"), ("ContentType", OOXML.stylesContentType)])
            for index in sheets.indices {
                xml.empty(
                    "Override",
                    [("PartName", "/xl/worksheets/sheet\(index + 1).xml"), ("ContentType", OOXML.sheetContentType)])
            }
        }
        return xml.document
    }

    private var packageRelationships: String {
        var xml = CompactXML()
        xml.element("Relationships", [("xmlns", OOXML.packageRelationships)]) { xml in
            xml.empty("Relationship", [("Id", "rId1"), ("Type", OOXML.officeDocument), ("Target", "xl/workbook.xml")])
        }
        return xml.document
    }

    private func workbook(_ built: [XLSXSheet]) -> String {
        var xml = CompactXML()
        xml.element("workbook", [("xmlns", OOXML.main), ("xmlns:r", OOXML.relationships)]) { xml in
            xml.element("bookViews") { xml in xml.empty("workbookView", [("activeTab", "0")]) }
            xml.element("sheets") { xml in
                for (index, sheet) in built.enumerated() {
                    xml.empty(
                        "sheet", [("name", sheet.name), ("sheetId", "\(index + 1)"), ("r:id", "rId\(index + 1)")])
                }
            }
            // The autofilter's range, as Excel itself records it, and the rows printed on every page.
            xml.element("definedNames") { xml in
                for (index, sheet) in built.enumerated() {
                    let range = sheet.range.split(separator: ":").map { absolute(String($0)) }.joined(separator: ":")
                    let quoted = "'\(sheet.name.replacingOccurrences(of: "'", with: "''"))'"
                    xml.text(
                        "definedName", quoted + "!" + range,
                        [("name", "_xlnm._FilterDatabase"), ("localSheetId", "\(index)"), ("hidden", "1")])
                    // The header row printed at the top of every page.
                    xml.text(
                        "definedName", quoted + "!$1:$1",
                        [("name", "_xlnm.Print_Titles"), ("localSheetId", "\(index)")])
                }
            }
        }
        return xml.document
    }

    /// `$A$1` for `A1`.
    private func absolute(_ cell: String) -> String {
        guard let (column, row) = CellReference.parse(cell) else { return cell }
        return "$" + CellReference.letters(column) + "$" + String(row)
    }

    private var workbookRelationships: String {
        var xml = CompactXML()
        xml.element("Relationships", [("xmlns", OOXML.packageRelationships)]) { xml in
            for index in sheets.indices {
                xml.empty(
                    "Relationship",
                    [
                        ("Id", "rId\(index + 1)"), ("Type", OOXML.worksheet),
                        ("Target", "worksheets/sheet\(index + 1).xml"),
                    ])
            }
            xml.empty(
                "Relationship", [("Id", "rId\(sheets.count + 1)"), ("Type", OOXML.styles), ("Target", "styles.xml")])
        }
        return xml.document
    }
}
