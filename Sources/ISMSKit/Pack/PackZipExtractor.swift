import Foundation
import ZIPFoundation

/// Unpacks a pack zip received from outside into a fresh temporary folder, refusing what could
/// escape it or exhaust the disk: absolute or `..` entry names, links, duplicate entries,
/// more data than the entries declare, and archives that expand far beyond their size.
enum PackZipExtractor {
    static let maximumEntries = 1_000_000
    static let maximumTotalBytes: UInt64 = 64 << 30
    /// Above this ratio of declared to stored size an entry is treated as a zip bomb.
    static let maximumRatio: UInt64 = 1_000

    /// The folder the pack was unpacked into (the caller removes it), or why it was refused.
    static func extract(_ zipPath: String) -> Result<String, PackError> {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: zipPath), accessMode: .read)
        } catch {
            return .failure(PackError("\(zipPath) is not a readable zip archive"))
        }
        var names = Set<String>()
        var total: UInt64 = 0
        var entries: [Entry] = []
        for entry in archive {
            entries.append(entry)
            if entries.count > maximumEntries { return .failure(PackError("\(zipPath) has too many entries")) }
            let name = entry.path
            guard entry.type != .symlink else {
                return .failure(PackError("\(zipPath): entry `\(name)` is a symbolic link; packs hold none, refused"))
            }
            guard let safe = RegisterPath.resolve(name, in: ""), safe == name || safe + "/" == name,
                !name.contains("\\")
            else {
                return .failure(PackError("\(zipPath): entry `\(name)` would leave the extraction folder; refused"))
            }
            guard names.insert(safe).inserted else {
                return .failure(PackError("\(zipPath): entry `\(name)` appears twice; refused"))
            }
            total += entry.uncompressedSize
            if entry.uncompressedSize > 1 << 20, entry.uncompressedSize / max(entry.compressedSize, 1) > maximumRatio {
                return .failure(
                    PackError(
                        "\(zipPath): entry `\(name)` expands \(entry.uncompressedSize / max(entry.compressedSize, 1)) times; refused as a zip bomb"
                    ))
            }
        }
        if total > maximumTotalBytes {
            return .failure(PackError("\(zipPath) would expand to \(total) bytes; refused"))
        }
        let folder = FileManager.default.temporaryDirectory.path + "/isms-verify-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            for entry in entries where entry.type == .file {
                try extract(entry, from: archive, into: folder)
            }
        } catch let error as PackError {
            try? FileManager.default.removeItem(atPath: folder)
            return .failure(error)
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            return .failure(PackError("\(zipPath): \(error)"))
        }
        return .success(folder)
    }

    /// Writes one entry, never more bytes than it declares.
    private static func extract(_ entry: Entry, from archive: Archive, into folder: String) throws {
        let path = folder + "/" + entry.path
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw PackError("cannot write \(path)")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var written: UInt64 = 0
        let limit = entry.uncompressedSize
        _ = try archive.extract(entry) { chunk in
            written += UInt64(chunk.count)
            if written > limit { throw PackError("entry `\(entry.path)` holds more data than it declares; refused") }
            try handle.write(contentsOf: chunk)
        }
    }
}
