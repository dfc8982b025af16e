import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A pack is built in a temporary folder of the register's own `.isms/tmp` (or, for a pack
/// outside the register, beside it), then swapped in with one rename, so an interrupted run
/// (even `kill -9`) leaves the previous pack untouched and nothing half-written in reports/.
/// Temporary folders of runs that died are removed by the next run. Before the swap, everything
/// staged is flushed to the disk with one `syncfs` (an `fsync` per file would wait once per
/// evidence copy), and the folders are flushed after it, so a power cut leaves the old pack or the
/// whole new one.
struct PackStaging {
    let target: String
    let folder: String
    /// The staging folder, open from the start: `syncfs` reports the write errors of the file
    /// system since the descriptor was opened, so it must be open before the first file is written.
    private let handle: FolderHandle

    static let marker = ".isms-staging-"

    /// Creates the temporary folder in `workspace` (on the target's file system, so the final
    /// rename is atomic), after clearing leftovers of dead runs.
    static func begin(target: String, workspace parent: String) throws(PackError) -> PackStaging {
        let name = (target as NSString).lastPathComponent
        for folder in [parent, (target as NSString).deletingLastPathComponent] {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw PackError("cannot create \(folder): \(error.localizedDescription)")
            }
        }
        removeLeftovers(in: parent)
        let folder: String
        switch scratchFolder(in: parent, purpose: name) {
        case .success(let made): folder = made
        case .failure(let problem): throw PackError(problem.message)
        }
        // mkdtemp makes the folder private (0700); the pack is for others to read.
        chmod(folder, 0o755)
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            try? FileManager.default.removeItem(atPath: folder)
            throw PackError("cannot open the temporary folder \(folder): \(SystemError.describe(code))")
        }
        return PackStaging(target: target, folder: folder, handle: FolderHandle(descriptor))
    }

    /// A new private folder `workspace/<marker><pid>-<purpose>-XXXXXX` (mkdtemp), named like a
    /// staging folder so that `removeLeftovers` clears it after a run that died: a pack's staging,
    /// an intake's, Chromium's profile for `--pdf`.
    static func scratchFolder(in workspace: String, purpose: String) -> Result<String, FileProblem> {
        var template = Array("\(workspace)/\(marker)\(getpid())-\(purpose)-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            return .failure(
                FileProblem("cannot create a temporary folder in \(workspace): \(SystemError.describe(errno))"))
        }
        return .success(String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Puts the staged pack in place of the target in one step, then removes the old pack. What
    /// was staged is on the disk before the swap, and the swap itself after.
    func commit() throws(PackError) {
        do {
            try DurableSync.fileSystem(handle.descriptor, path: folder)
        } catch {
            throw PackError("\(error.message); the pack was not written, \(target) is as it was")
        }
        handle.close()
        try swap()
        // The rename changed the target's folder, and the staging folder's parent when it differs.
        let folders = Set([DurableSync.parent(of: target), DurableSync.parent(of: folder)]).sorted()
        for changed in folders {
            do {
                try DurableSync.folder(changed)
            } catch {
                throw PackError("\(error.message): the new pack is in \(target) but may not survive a power cut")
            }
        }
    }

    private func swap() throws(PackError) {
        let manager = FileManager.default
        if manager.fileExists(atPath: target) {
            if AtomicSwap.exchange(folder, target) {
                try? manager.removeItem(atPath: folder)
                return
            }
            // No atomic exchange on this system: move the old pack aside first.
            let aside = folder + ".old"
            guard rename(target, aside) == 0 else {
                throw PackError("cannot replace \(target): \(SystemError.describe(errno))")
            }
            guard rename(folder, target) == 0 else {
                let code = errno
                _ = rename(aside, target)
                throw PackError("cannot move the new pack into \(target): \(SystemError.describe(code))")
            }
            try? manager.removeItem(atPath: aside)
        } else {
            guard rename(folder, target) == 0 else {
                throw PackError("cannot move the new pack into \(target): \(SystemError.describe(errno))")
            }
        }
    }

    func abandon() {
        handle.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Removes staging folders whose process no longer runs.
    private static func removeLeftovers(in parent: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(marker) {
            let pidText = name.dropFirst(marker.count).prefix { $0 != "-" }
            guard let pid = Int32(pidText), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: parent + "/" + name)
            }
        }
    }
}

/// Linux's `renameat2(RENAME_EXCHANGE)`: swaps two paths atomically. Looked up at run time
/// because the C library headers do not always declare it.
enum AtomicSwap {
    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32)
        -> Int32

    static func exchange(_ a: String, _ b: String) -> Bool {
        renameat2(a, b, flags: 2)  // RENAME_EXCHANGE
    }

    /// Renames `a` to `b` only if `b` does not exist (RENAME_NOREPLACE); falls back to `link`
    /// for files where renameat2 is missing. Sets errno on failure.
    static func renameNoReplace(_ a: String, _ b: String) -> Bool {
        if renameat2(a, b, flags: 1) { return true }
        guard errno == ENOSYS || errno == EINVAL else { return false }
        guard link(a, b) == 0 else { return false }
        unlink(a)
        return true
    }

    private static func renameat2(_ a: String, _ b: String, flags: UInt32) -> Bool {
        #if os(Linux)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else {
                errno = ENOSYS
                return false
            }
            let function = unsafeBitCast(symbol, to: RenameAt2.self)
            return function(AT_FDCWD, a, AT_FDCWD, b, flags) == 0
        #else
            errno = ENOSYS
            return false
        #endif
    }
}

/// An open folder, closed once whichever of commit and abandon comes first.
final class FolderHandle: Sendable {
    private let state: Mutex<Int32>

    init(_ descriptor: Int32) { state = Mutex(descriptor) }

    var descriptor: Int32 { state.withLock { $0 } }

    func close() {
        state.withLock { descriptor in
            if descriptor >= 0 { _ = Glibc.close(descriptor) }
            descriptor = -1
        }
    }
}
