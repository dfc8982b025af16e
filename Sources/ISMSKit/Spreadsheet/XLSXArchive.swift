import Foundation
import ZIPFoundation

/// The zip of a workbook received from outside, read with the care of `PackZipExtractor`: the
/// central directory checked first (`ZipDirectoryCheck`), names that could climb out of a folder
/// (`../x`, `/x`), links and duplicate names refused, and no part read beyond its declared size
/// or a bound far above any real sheet. Nothing is written to disk.
struct XLSXArchive {
    struct Limits: Sendable {
        var entries = 10_000
        /// The most one part may expand to.
        var entryBytes = 32 << 20
        /// The most all parts read may add up to.
        var totalBytes = 128 << 20
    }

    let file: String
    let limits: Limits
    private let archive: Archive
    private let entries: [String: Entry]
    private var read = 0

    init(path: String, file: String, limits: Limits) throws(SpreadsheetError) {
        self.file = file
        self.limits = limits
        if let problem = ZipDirectoryCheck.problem(in: path) {
            throw SpreadsheetError(file: file, "not a workbook: the file \(problem)")
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw SpreadsheetError(file: file, "not a workbook: not a readable zip archive")
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw SpreadsheetError(file: file, "not a workbook isms reads: more than \(limits.entries) parts")
            }
            let name = entry.path
            guard entry.type != .symlink else {
                throw SpreadsheetError(file: file, "part `\(name)` is a symbolic link; refused")
            }
            guard let safe = RegisterPath.resolve(name, in: ""), safe == name || safe + "/" == name,
                !name.contains("\\")
            else { throw SpreadsheetError(file: file, "part `\(name)` is not a name a workbook holds; refused") }
            guard entries.updateValue(entry, forKey: name) == nil else {
                throw SpreadsheetError(file: file, "part `\(name)` appears twice; refused")
            }
        }
        self.entries = entries
    }

    func has(_ name: String) -> Bool { entries[name] != nil }

    /// The bytes of a part, nil when the workbook has none of that name.
    mutating func bytes(_ name: String) throws(SpreadsheetError) -> [UInt8]? {
        guard let entry = entries[name], entry.type == .file else { return nil }
        let limit = UInt64(min(limits.entryBytes, limits.totalBytes - read))
        guard entry.uncompressedSize <= limit else {
            throw SpreadsheetError(
                file: file, "part `\(name)` expands to \(entry.uncompressedSize) bytes, more than isms reads; refused")
        }
        var bytes: [UInt8] = []
        let declared = entry.uncompressedSize
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard UInt64(bytes.count + chunk.count) <= declared else { throw Overflow() }
                bytes.append(contentsOf: chunk)
            }
        } catch is Overflow {
            throw SpreadsheetError(file: file, "part `\(name)` holds more data than it declares; refused")
        } catch {
            throw SpreadsheetError(file: file, "part `\(name)` cannot be unpacked; is the file complete?")
        }
        read += bytes.count
        return bytes
    }

    private struct Overflow: Error {}
}
