import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A private folder in the register's `.isms/tmp` where new evidence is prepared, and the moves
/// that put it in place without replacing anything.
struct IntakeStaging {
    let folder: String

    init(root: String, purpose: String = "add") throws(IntakeError) {
        let workspace = root + "/.isms/tmp"
        do {
            try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        } catch {
            throw IntakeError("cannot create \(workspace): \(error.localizedDescription)")
        }
        switch PackStaging.scratchFolder(in: workspace, purpose: purpose) {
        case .success(let made): folder = made
        case .failure(let problem): throw IntakeError(problem.message)
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// Moves the prepared files and record into `target`. A new target folder arrives whole in one
    /// rename; into an existing one the files go first and the record last, undone on failure.
    /// The prepared files were flushed to the disk as they were written; the folder that gained
    /// them is flushed after the renames, or they are taken back.
    func place(files: [String], record: String, into target: String) throws(IntakeError) {
        let parent = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw IntakeError("cannot create \(parent): \(error.localizedDescription)")
        }
        if AtomicSwap.renameNoReplace(folder, target) {
            chmod(target, 0o755)
            do {
                try DurableSync.folder(parent)
            } catch {
                _ = AtomicSwap.renameNoReplace(target, folder)
                throw IntakeError("\(error.message); nothing was added")
            }
            return
        }
        var placed: [String] = []
        for name in files + [record] {
            guard AtomicSwap.renameNoReplace(folder + "/" + name, target + "/" + name) else {
                let code = errno
                for done in placed { _ = AtomicSwap.renameNoReplace(target + "/" + done, folder + "/" + done) }
                let reason = code == EEXIST ? "it appeared while adding" : SystemError.describe(code)
                throw IntakeError("cannot put \(name) into \(target): \(reason); nothing was added")
            }
            placed.append(name)
        }
        do {
            try DurableSync.folder(target)
        } catch {
            for done in placed { _ = AtomicSwap.renameNoReplace(target + "/" + done, folder + "/" + done) }
            throw IntakeError("\(error.message); nothing was added")
        }
    }
}
