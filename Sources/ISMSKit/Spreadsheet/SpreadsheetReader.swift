import Foundation

/// Reads a sheet a person edited, whichever kind of file it is: a workbook when the file is a zip
/// (as every .xlsx is), else CSV.
public enum SpreadsheetReader {
    /// The table of the file at `path`: the sheet named `sheet` of a workbook (its first sheet
    /// when nil), or the CSV file's one table.
    public static func read(path: String, sheet: String? = nil) throws(SpreadsheetError) -> SpreadsheetTable {
        if SpreadsheetFile.isZip(path) { return try XLSXReader().read(path: path, sheet: sheet) }
        let file = (path as NSString).lastPathComponent
        if file.lowercased().hasSuffix(".xlsx") {
            throw SpreadsheetError(file: file, "not a workbook: an .xlsx file is a zip, and this one is not")
        }
        return try CSVTableReader().read(path: path)
    }
}
