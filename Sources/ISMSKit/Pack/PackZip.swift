import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#endif

/// The pack as one zip file. Entries are added in the order given (the manifest, then its files
/// in manifest order, then the signature) with a fixed date and fixed permissions, so the same pack
/// gives the same bytes.
enum PackZip {
    /// 1980-01-01 00:00 local: the earliest date a zip entry can hold, and a fixed one.
    static let entryDate: Date = {
        var parts = DateComponents()
        parts.year = 1980
        parts.month = 1
        parts.day = 1
        return Calendar(identifier: .gregorian).date(from: parts) ?? Date(timeIntervalSince1970: 315_532_800)
    }()

    /// Writes the zip in `workspace` first, flushes it to the disk and renames it into place, so a
    /// reader never sees half of it, even after a power cut; the folder is flushed after the rename.
    static func write(folder: String, files names: [String], to path: String, workspace: String) throws(PackError) {
        let temporary = "\(workspace)/\(PackStaging.marker)\(getpid())-zip-\((path as NSString).lastPathComponent)"
        unlink(temporary)
        do {
            let archive = try Archive(url: URL(fileURLWithPath: temporary), accessMode: .create)
            for name in names {
                let source = folder + "/" + name
                let size = try FileManager.default.attributesOfItem(atPath: source)[.size] as? Int64 ?? 0
                let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: source))
                defer { try? handle.close() }
                try archive.addEntry(
                    with: name, type: .file, uncompressedSize: size, modificationDate: entryDate, permissions: 0o644,
                    compressionMethod: .deflate
                ) { position, chunk in
                    try handle.seek(toOffset: UInt64(position))
                    return try handle.read(upToCount: chunk) ?? Data()
                }
            }
        } catch {
            // ZIPFoundation reports a failed write without its cause; a full disk is the usual one.
            var space = statvfs()
            let full = statvfs(workspace, &space) == 0 && UInt64(space.f_bavail) * UInt64(space.f_frsize) < 1 << 20
            unlink(temporary)
            if full { throw PackError.writing(path, ENOSPC) }
            throw PackError("cannot write \(path): \(error)")
        }
        do {
            try DurableSync.file(atPath: temporary)
        } catch {
            unlink(temporary)
            throw PackError("\(error.message); \(path) was not written")
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw PackError("cannot move the zip into \(path): \(SystemError.describe(code))")
        }
        do {
            try DurableSync.folder(DurableSync.parent(of: path))
        } catch {
            throw PackError("\(error.message): \(path) is in place but may not survive a power cut")
        }
    }
}
