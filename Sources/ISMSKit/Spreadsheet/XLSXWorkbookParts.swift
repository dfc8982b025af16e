import CLibXML2

/// What xl/workbook.xml and its relationships say: the sheets in order with the part each is,
/// where the shared strings and the styles are, and whether dates count from 1904.
struct XLSXWorkbookParts {
    let file: String
    let sheets: [(name: String, part: String)]
    let sharedStringsPart: String?
    let stylesPart: String?
    let date1904: Bool

    init(workbook: [UInt8], archive: inout XLSXArchive, file: String) throws(SpreadsheetError) {
        self.file = file
        let document = try SheetXML.parse(workbook, part: "xl/workbook.xml", file: file)
        guard let root = document.root, SheetXML.name(root) == "workbook" else {
            throw SpreadsheetError(file: file, "not a workbook: xl/workbook.xml holds no <workbook>")
        }
        let flag = SheetXML.child(root, "workbookPr").flatMap { SheetXML.attribute($0, "date1904") }
        date1904 = flag == "1" || flag == "true"
        let relations = try Self.relationships(&archive, file: file)
        var sheets: [(String, String)] = []
        for sheet in SheetXML.child(root, "sheets").map({ SheetXML.children($0, "sheet") }) ?? [] {
            guard let name = SheetXML.attribute(sheet, "name"), let id = SheetXML.attribute(sheet, "id"),
                let target = relations.first(where: { $0.id == id })?.target
            else {
                throw SpreadsheetError(file: file, "not a workbook isms reads: a sheet without its part")
            }
            sheets.append((name, target))
        }
        guard !sheets.isEmpty else { throw SpreadsheetError(file: file, "not a workbook: it has no sheets") }
        self.sheets = sheets
        sharedStringsPart =
            relations.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? (archive.has("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
        stylesPart = relations.first { $0.type.hasSuffix("/styles") }?.target
    }

    /// The part of the sheet named (the first when nil).
    func sheetPart(named name: String?) throws(SpreadsheetError) -> String {
        guard let name else { return sheets[0].part }
        guard let sheet = sheets.first(where: { $0.name == name }) else {
            throw SpreadsheetError(
                file: file,
                "has no sheet `\(name)`; its sheets are \(sheets.map { "`\($0.name)`" }.joined(separator: ", "))")
        }
        return sheet.part
    }

    /// The relationships of xl/workbook.xml, targets resolved to part names.
    private static func relationships(
        _ archive: inout XLSXArchive, file: String
    ) throws(SpreadsheetError) -> [(id: String, type: String, target: String)] {
        let part = "xl/_rels/workbook.xml.rels"
        guard let bytes = try archive.bytes(part) else {
            throw SpreadsheetError(file: file, "not a workbook (no \(part))")
        }
        let document = try SheetXML.parse(bytes, part: part, file: file)
        guard let root = document.root else { return [] }
        return SheetXML.children(root, "Relationship").compactMap { node in
            guard let id = SheetXML.attribute(node, "Id"), let target = SheetXML.attribute(node, "Target"),
                SheetXML.attribute(node, "TargetMode") != "External"
            else { return nil }
            return (id, SheetXML.attribute(node, "Type") ?? "", resolve(target))
        }
    }

    /// `worksheets/sheet1.xml` and `/xl/worksheets/sheet1.xml` are both `xl/worksheets/sheet1.xml`.
    private static func resolve(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The indexes of the cell formats (`cellXfs`) that show a number as a date.
    func dateStyles(_ archive: inout XLSXArchive) throws(SpreadsheetError) -> Set<Int> {
        guard let part = stylesPart, let bytes = try archive.bytes(part) else { return [] }
        let document = try SheetXML.parse(bytes, part: part, file: file)
        guard let root = document.root else { return [] }
        var custom: [Int: String] = [:]
        for format in SheetXML.child(root, "numFmts").map({ SheetXML.children($0, "numFmt") }) ?? [] {
            if let id = SheetXML.attribute(format, "numFmtId").flatMap({ Int($0) }),
                let code = SheetXML.attribute(format, "formatCode")
            {
                custom[id] = code
            }
        }
        var dates = Set<Int>()
        let formats = SheetXML.child(root, "cellXfs").map { SheetXML.children($0, "xf") } ?? []
        for (index, format) in formats.enumerated() {
            guard let id = SheetXML.attribute(format, "numFmtId").flatMap({ Int($0) }) else { continue }
            if custom[id].map(Self.isDate) ?? Self.builtInDates.contains(id) { dates.insert(index) }
        }
        return dates
    }

    /// The built-in number formats that are dates (ECMA-376 Part 1, 18.8.30).
    static let builtInDates: Set<Int> = Set(14...17).union([22, 27, 30, 36, 50, 57])

    /// Whether a format code shows a day or a year: `d` or `y` outside quotes and brackets.
    static func isDate(_ code: String) -> Bool {
        var quoted = false
        var bracket = false
        var previous: Character = " "
        for character in code {
            defer { previous = character }
            if previous == "\\" { continue }
            switch character {
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "d", "D", "y", "Y": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }
}
