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
    /// Above this ratio of all entries' declared size to the archive's size (past 64 MiB) the
    /// archive is: real packs hold mostly compressed evidence (PDF, images, office files).
    static let maximumOverallRatio: UInt64 = 200
    #if os(Windows)
        static let backslashSeparates = true
    #else
        static let backslashSeparates = false
    #endif

    /// The folder the pack was unpacked into (the caller removes it), or why it was refused.
    static func extract(_ zipPath: String) -> Result<String, PackError> {
        if let problem = ZipDirectoryCheck.problem(in: zipPath) {
            return .failure(PackError("\(zipPath) \(problem); refused"))
        }
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
            // A backslash is an ordinary character in a POSIX file name (isms pack zips such names
            // as they are); only where it separates folders could it climb out.
            guard let safe = RegisterPath.resolve(name, in: ""), safe == name || safe + "/" == name,
                !(backslashSeparates && name.contains("\\"))
            else {
                return .failure(PackError("\(zipPath): entry `\(name)` would leave the extraction folder; refused"))
            }
            guard names.insert(safe).inserted else {
                return .failure(PackError("\(zipPath): entry `\(name)` appears twice; refused"))
            }
            // Declared sizes come from the archive: capped so that adding them cannot overflow.
            total += min(entry.uncompressedSize, maximumTotalBytes + 1)
            if total > maximumTotalBytes {
                return .failure(PackError("\(zipPath) would expand to more than \(maximumTotalBytes) bytes; refused"))
            }
            if entry.uncompressedSize > 64 << 10, entry.uncompressedSize / max(entry.compressedSize, 1) > maximumRatio {
                return .failure(
                    PackError(
                        "\(zipPath): entry `\(name)` expands \(entry.uncompressedSize / max(entry.compressedSize, 1)) times; refused as a zip bomb"
                    ))
            }
        }
        // Many entries, each small enough to pass alone, can still add up to a bomb.
        var info = stat()
        let stored = stat(zipPath, &info) == 0 ? UInt64(max(info.st_size, 1)) : 1
        if total > 64 << 20, total / stored > maximumOverallRatio {
            return .failure(
                PackError("\(zipPath) would expand \(total / stored) times, to \(total) bytes; refused as a zip bomb"))
        }
        let temporary = FileManager.default.temporaryDirectory.path
        var space = statvfs()
        if statvfs(temporary, &space) == 0, total > UInt64(space.f_bavail) * UInt64(space.f_frsize) {
            return .failure(
                PackError(
                    "\(zipPath) would expand to \(total) bytes, more than the free space in \(temporary); "
                        + "refused (set TMPDIR to a folder with more room)"))
        }
        let folder = temporary + "/isms-verify-" + UUID().uuidString
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
            return .failure(PackError("\(zipPath): cannot be unpacked (\(error)); is it a complete, undamaged zip?"))
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
