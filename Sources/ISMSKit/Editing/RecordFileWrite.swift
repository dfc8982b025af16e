import Foundation

/// Writes an edited record over its file without losing anything a person saved meanwhile: the
/// new bytes go to a temporary file and are renamed into place (readers see the old file or the
/// new one, never half of it, even after kill -9), and only while the file on disk still has the
/// SHA-256 it had when it was read. After the rename the file is read back; when it does not
/// hold what was meant, the old bytes are put back.
public enum RecordFileWrite {
    /// Replaces `path` (absolute) with `new`, when its bytes are still `original`. `expected`
    /// confirms what was read back (the record decodes to the intended values).
    public static func replace(
        _ path: String, original: [UInt8], with new: [UInt8], shownAs name: String,
        expected: ([UInt8]) -> Bool = { _ in true }
    ) throws(EditError) {
        let digest = Digest.sha256(original)
        let mode = currentMode(path) ?? 0o644
        do {
            try AtomicFile.write(Data(new), to: path, mode: mode) { () throws(FileProblem) in
                try unchanged(path, digest: digest, name: name)
            }
        } catch {
            throw EditError(error.message)
        }
        let back = (try? FileBytes.read(path, limit: RecordFileReader.maximumBytes).get()) ?? []
        guard back == new, expected(back) else {
            // Put the old bytes back, unless somebody changed the file in this instant too.
            if back == new { try? AtomicFile.write(Data(original), to: path, mode: mode) }
            throw EditError("\(name) did not read back as written; the edit was undone")
        }
    }

    /// Writes a new file at `path` (absolute), never replacing one: the bytes are flushed to a
    /// temporary file beside it, which is renamed into place only if nothing is there yet; the
    /// folder is flushed after, so that the new name is on the disk too.
    public static func create(_ path: String, with bytes: [UInt8], shownAs name: String) throws(EditError) {
        let folder = (path as NSString).deletingLastPathComponent
        let staged = folder + "/." + (path as NSString).lastPathComponent + ".new-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try AtomicFile.write(Data(bytes), to: staged)
        } catch let problem as FileProblem {
            throw EditError(problem.message)
        } catch {
            throw EditError("cannot create \(folder): \(error.localizedDescription)")
        }
        guard AtomicSwap.renameNoReplace(staged, path) else {
            let code = errno
            unlink(staged)
            throw EditError(
                code == EEXIST
                    ? "\(name) exists already; nothing was written (edit it, or choose another id)"
                    : "cannot write \(name): \(SystemError.describe(code))")
        }
        do {
            try DurableSync.folder(folder)
        } catch {
            throw EditError("\(error.message): \(name) is in place but may not survive a power cut")
        }
    }

    /// Refuses when the file changed since it was read.
    static func unchanged(_ path: String, digest: String, name: String) throws(FileProblem) {
        guard case .success(let now) = FileBytes.read(path, limit: RecordFileReader.maximumBytes) else {
            throw FileProblem("\(name) cannot be read again before writing; nothing was written")
        }
        guard Digest.sha256(now) == digest else {
            throw FileProblem(
                "\(name) changed on disk since it was read (an editor, a git pull?); nothing was written: run the command again"
            )
        }
    }

    private static func currentMode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}
