/// The namespaces and relationship types of Office Open XML (ECMA-376) that a workbook uses.
enum OOXML {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let officeDocument = relationships + "/officeDocument"
    static let worksheet = relationships + "/worksheet"
    static let styles = relationships + "/styles"
    static let sharedStrings = relationships + "/sharedStrings"
    static let sheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    static let workbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    static let stylesContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
}
