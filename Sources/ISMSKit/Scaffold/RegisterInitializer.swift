import Foundation

/// Creates a new register on disk. Refuses to write over an existing register; a folder that does
/// not exist yet is built beside its final place and renamed in, so it appears whole or not at all.
public enum RegisterInitializer {
    public static func create(at path: String, organisation: String, today: CalendarDate) throws(FileProblem) {
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
        let files = RegisterTemplate.files(organisation: organisation, today: today)
        if exists {
            try write(files, into: target)
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
            guard rename(staging, target) == 0 else {
                throw FileProblem("cannot create \(path): \(SystemError.describe(errno))")
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
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
