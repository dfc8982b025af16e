import Foundation

/// Creates a new register on disk. Refuses to write over an existing register; a folder that does
/// not exist yet is built beside its final place and renamed in, so it appears whole or not at all.
public enum RegisterInitializer {
    /// Creates the register; `extra` files are written with the template's, and `finishing` runs
    /// on the complete folder before it is put in place (`init --from` imports a sheet there), so
    /// that when it fails no register is left behind.
    public static func create(
        at path: String, organisation: String, today: CalendarDate, extra: [(path: String, content: String)] = [],
        finishing: ((String) throws(FileProblem) -> Void)? = nil
    ) throws(FileProblem) {
        let target = RegisterLoader.absolute(path)
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: target, isDirectory: &isFolder)
        if exists, !isFolder.boolValue { throw FileProblem("\(path) exists and is not a folder") }
        if exists {
            for marker in [RegisterLayout.settingsFile, "controls", "evidence"]
            where manager.fileExists(atPath: target + "/" + marker) {
                throw FileProblem(
                    "\(path) already holds a register (\(marker) exists); isms init never writes over one")
            }
        }
        let files = RegisterTemplate.files(organisation: organisation, today: today) + extra
        if exists {
            do throws(FileProblem) {
                try write(files, into: target)
                try finishing?(target)
            } catch {
                // The folder was there before: take back only what init wrote into it.
                for file in files { try? manager.removeItem(atPath: target + "/" + file.path) }
                for folder in Set(files.compactMap { $0.path.split(separator: "/").dropLast().first.map(String.init) })
                {
                    removeIfEmpty(target + "/" + folder)
                }
                throw error
            }
            return
        }
        let parent = (target as NSString).deletingLastPathComponent
        let staging = parent + "/.\((target as NSString).lastPathComponent).init-\(getpid())"
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw FileProblem("cannot create \(path): \(error.localizedDescription)")
        }
        do throws(FileProblem) {
            try write(files, into: staging)
            try finishing?(staging)
            guard rename(staging, target) == 0 else {
                throw FileProblem("cannot create \(path): \(SystemError.describe(errno))")
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
    }

    /// Removes a folder tree that holds no files any more (what init made and then took back).
    private static func removeIfEmpty(_ folder: String) {
        let manager = FileManager.default
        guard let items = manager.enumerator(atPath: folder) else { return }
        var onlyFolders = true
        for case let item as String in items {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: folder + "/" + item, isDirectory: &isFolder), !isFolder.boolValue {
                onlyFolders = false
                break
            }
        }
        if onlyFolders { try? manager.removeItem(atPath: folder) }
    }

    private static func write(_ files: [(path: String, content: String)], into root: String) throws(FileProblem) {
        for file in files {
            let full = root + "/" + file.path
            let folder = (full as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw FileProblem("cannot create \(folder): \(error.localizedDescription)")
            }
            try AtomicFile.write(file.content, to: full)
        }
    }
}
