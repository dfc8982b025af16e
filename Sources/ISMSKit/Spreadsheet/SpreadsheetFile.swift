import Foundation

/// Reading the file a person hands to isms: bounded, so that a huge file is refused before it is read.
enum SpreadsheetFile {
    static func bytes(_ path: String, name: String, limit: Int) throws(SpreadsheetError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SpreadsheetError(file: name, "cannot be read (no such file, or no permission)")
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: limit + 1) else {
            throw SpreadsheetError(file: name, "cannot be read")
        }
        guard data.count <= limit else {
            throw SpreadsheetError(file: name, "is larger than \(limit >> 20) MiB; not a sheet isms reads")
        }
        return [UInt8](data)
    }

    /// Whether the bytes start as a zip does (`PK\u{3}\u{4}`), as every workbook does.
    static func isZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)).map { [UInt8]($0) == [0x50, 0x4B, 0x03, 0x04] } ?? false
    }
}
