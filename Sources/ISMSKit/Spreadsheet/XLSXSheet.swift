/// One sheet of a workbook that isms writes: a header row of column titles, then one row per
/// record, every cell a string. The header is bold and frozen (it stays in view while scrolling),
/// has an autofilter, and each column is as wide as its content reads well.
struct XLSXSheet {
    let name: String
    let header: [String]
    let rows: [[String]]
    let widths: [Int]

    /// Column widths in characters: the longest line of a cell (the header's longest word, as the
    /// header wraps), plus two, kept between these bounds. Longer text wraps.
    static let narrowest = 8
    static let widest = 60
    /// Points per line of 11-point text, and the tallest row a workbook allows. Rows are given
    /// the height their wrapped text needs, estimated from the column width: programs do not all
    /// fit row heights to wrapped text on opening, and overlapping text reads badly.
    static let lineHeight = 15
    static let tallest = 409

    /// Excel keeps at most this many UTF-16 code units in a cell.
    static let cellLimit = 32_767

    init(name: String, table: ReportTable) {
        self.name = name
        header = table.sheetHeader.map(Self.cellText)
        rows = table.sheetRows.map { $0.map(Self.cellText) }
        widths = Self.widths(header: header, rows: rows)
    }

    private static func widths(header: [String], rows: [[String]]) -> [Int] {
        header.indices.map { column in
            let words = header[column].split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0
            let lines = rows.map { row in row[column].split(whereSeparator: \.isNewline).map(\.count).max() ?? 0 }
            return min(max(max(words, lines.max() ?? 0) + 2, narrowest), widest)
        }
    }

    /// How many lines a cell's text takes in a column of `width` characters, wrapped.
    static func lines(_ text: String, width: Int) -> Int {
        let room = max(width - 2, 1)
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
            total + max(1, (line.count + room - 1) / room)
        }
    }

    /// The cell range of the header and rows, `A1:L96`.
    var range: String {
        "A1:" + CellReference.name(column: max(header.count, 1), row: rows.count + 1)
    }

    /// The text a cell shows: control characters as visible escapes, as CSV has them; a leading
    /// `'` doubled (see `FormulaText`); `_x0041_`-like text escaped, since workbook readers
    /// decode it; cut to the most a cell holds.
    static func cellText(_ text: String) -> String {
        var value = XLSXEscape.encode(FormulaText.escapedApostrophe(ReportText.visible(text)))
        if value.utf16.count > cellLimit {
            var cut = ""
            for character in value {
                if cut.utf16.count + character.utf16.count > cellLimit { break }
                cut.append(character)
            }
            value = cut
        }
        return value
    }

    func worksheet(selected: Bool) -> String {
        var xml = CompactXML()
        xml.element("worksheet", [("xmlns", OOXML.main), ("xmlns:r", OOXML.relationships)]) { xml in
            // Printed, every column fits the page's width (A4 landscape), as an auditor reads it.
            xml.element("sheetPr") { xml in xml.empty("pageSetUpPr", [("fitToPage", "1")]) }
            xml.empty("dimension", [("ref", range)])
            xml.element("sheetViews") { xml in
                xml.element(
                    "sheetView", (selected ? [("tabSelected", "1")] : []) + [("workbookViewId", "0")]
                ) { xml in
                    xml.empty(
                        "pane",
                        [("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen")])
                    xml.empty("selection", [("pane", "bottomLeft"), ("activeCell", "A2"), ("sqref", "A2")])
                }
            }
            xml.empty("sheetFormatPr", [("defaultRowHeight", "15")])
            if !header.isEmpty {
                xml.element("cols") { xml in
                    for (index, width) in widths.enumerated() {
                        xml.empty(
                            "col",
                            [
                                ("min", "\(index + 1)"), ("max", "\(index + 1)"), ("width", "\(width)"),
                                ("style", "\(XLSXStyles.text)"), ("customWidth", "1"),
                            ])
                    }
                }
            }
            xml.element("sheetData") { xml in
                row(&xml, number: 1, header, header: true)
                for (index, cells) in rows.enumerated() { row(&xml, number: index + 2, cells, header: false) }
            }
            if !header.isEmpty { xml.empty("autoFilter", [("ref", range)]) }
            xml.empty(
                "pageMargins",
                [
                    ("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"),
                    ("footer", "0.3"),
                ])
            xml.empty(
                "pageSetup",
                [("paperSize", "9"), ("orientation", "landscape"), ("fitToWidth", "1"), ("fitToHeight", "0")])
        }
        return xml.document
    }

    /// A row of inline-string cells; empty cells are left out, as spreadsheet programs do.
    private func row(_ xml: inout CompactXML, number: Int, _ cells: [String], header: Bool) {
        let lines = zip(cells, widths).map { Self.lines($0, width: $1) }.max() ?? 1
        let height: CompactXML.Attributes =
            lines > 1 ? [("ht", "\(min(lines * Self.lineHeight, Self.tallest))"), ("customHeight", "1")] : []
        xml.element("row", [("r", "\(number)")] + height) { xml in
            for (index, text) in cells.enumerated() where !text.isEmpty {
                let wraps = text.contains(where: \.isNewline) || text.count > widths[index]
                let style =
                    header
                    ? XLSXStyles.header : XLSXStyles.body(wraps: wraps, quoted: FormulaText.looksLikeFormula(text))
                xml.element(
                    "c",
                    [("r", CellReference.name(column: index + 1, row: number)), ("s", "\(style)"), ("t", "inlineStr")]
                ) { xml in
                    xml.element("is") { xml in xml.text("t", text, [("xml:space", "preserve")]) }
                }
            }
        }
    }
}
