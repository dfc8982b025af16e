import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes files so that readers see the old content or the new, never a half-written file:
/// the bytes go to a temporary file beside the target, are flushed to the disk, then renamed into
/// place, and the folder is flushed after the rename, so that the new file survives a power cut.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String, mode: mode_t = 0o644) throws(FileProblem) {
        try write(data, to: path, mode: mode, beforeRename: {})
    }

    /// Writes as above, running `beforeRename` once the new bytes are on disk and just before the
    /// rename: when it throws, the temporary file is removed and the target is left as it was.
    /// `evidence renew` checks there that the record did not change since it was read.
    static func write(
        _ data: Data, to path: String, mode: mode_t = 0o644, beforeRename: () throws(FileProblem) -> Void
    ) throws(FileProblem) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array("\(folder.isEmpty ? "." : folder)/.\(name).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FileProblem("cannot create a file in \(folder): \(SystemError.describe(errno))") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        let failure = data.withUnsafeBytes { FileDescriptorWrite.all($0, to: fd) }
        let written = failure == nil
        let problem = failure.map(SystemError.describe)
        fchmod(fd, mode)
        var unsynced: FileProblem?
        if written {
            do { try DurableSync.file(fd, path: path) } catch { unsynced = error }
        }
        close(fd)
        guard written else {
            throw FileProblem("cannot write \(path): \(problem ?? "the disk did not accept the data")")
        }
        if let unsynced { throw FileProblem("\(unsynced.message); \(path) was left as it was") }
        try beforeRename()
        guard rename(temporary, path) == 0 else {
            throw FileProblem("cannot move the new \(name) into place: \(SystemError.describe(errno))")
        }
        ok = true
        do {
            try DurableSync.folder(folder.isEmpty ? "." : folder)
        } catch {
            throw FileProblem("\(error.message): the new \(name) is in place but may not survive a power cut")
        }
    }

    public static func write(_ text: String, to path: String) throws(FileProblem) {
        try write(Data(text.utf8), to: path)
    }
}
