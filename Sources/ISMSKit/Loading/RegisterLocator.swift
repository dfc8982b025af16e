import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where a command's register is, found as git finds a repository: the nearest folder, from a start
/// folder upward, that holds `isms.yaml`. The walk stops at the file system's root and, like git
/// without `GIT_DISCOVERY_ACROSS_FILESYSTEM`, at a mount point: a folder on another file system
/// than the start is not searched.
public enum RegisterLocator {
    /// What the walk from a start folder up found.
    public enum Search: Sendable, Equatable {
        /// The register's root folder: absolute, standardised.
        case found(String)
        /// No folder holds `isms.yaml`; `mountPoint` is where the walk stopped at another file
        /// system, nil when it reached `/`.
        case none(mountPoint: String?)
    }

    /// More folders than any path has: the walk ends even if a path never reached `/`.
    static let maximumDepth = 4096

    /// The folders the walk looks in, nearest first: `start` (made absolute and standardised),
    /// then each parent, ending with `/`.
    public static func folders(from start: String) -> [String] {
        var folder = RegisterLoader.absolute(start)
        var folders = [folder]
        while folder != "/", folders.count < maximumDepth {
            let parent = (folder as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != folder else { break }
            folder = parent
            folders.append(folder)
        }
        return folders
    }

    /// The nearest folder at or above `start` that holds `isms.yaml`. Folders that do not exist
    /// yet (a register `isms init` is to create) are passed over.
    public static func search(from start: String) -> Search {
        var device: dev_t?
        var previous: String?
        for folder in folders(from: start) {
            var info = stat()
            if stat(folder, &info) == 0 {
                if let device, info.st_dev != device { return .none(mountPoint: previous) }
                device = info.st_dev
                if holdsSettings(folder) { return .found(folder) }
            }
            previous = folder
        }
        return .none(mountPoint: nil)
    }

    /// The register at or above `start`, nil when there is none.
    public static func nearest(from start: String) -> String? {
        if case .found(let root) = search(from: start) { return root }
        return nil
    }

    /// The register that `folder` lies inside, not counting `folder` itself: where a register
    /// made in `folder` would be nested.
    public static func enclosing(_ folder: String) -> String? {
        let absolute = RegisterLoader.absolute(folder)
        guard absolute != "/" else { return nil }
        return nearest(from: (absolute as NSString).deletingLastPathComponent)
    }

    /// The register a command works on. With `directory` (`-C DIR`) it is exactly that folder,
    /// never one above it; without, the nearest one from the current folder up.
    public static func locate(directory: String?) throws(RegisterLocationError) -> String {
        guard let directory else {
            switch search(from: FileManager.default.currentDirectoryPath) {
            case .found(let root): return root
            case .none(let mountPoint): throw .noRegister(mountPoint: mountPoint)
            }
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue,
            !holdsSettings(RegisterLoader.absolute(directory)), let register = enclosing(directory)
        {
            throw .insideRegister(directory, register: register)
        }
        // Everything else (no such folder, a folder outside any register) is the loader's to report.
        return directory
    }

    static func holdsSettings(_ folder: String) -> Bool {
        var isFolder: ObjCBool = false
        let path = folder == "/" ? "/" + RegisterLayout.settingsFile : folder + "/" + RegisterLayout.settingsFile
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }
}

/// Why no register was found for a command (exit status 2). Inside a register the advice is to
/// name it, never to create another one.
public enum RegisterLocationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Neither the current folder nor any above it holds `isms.yaml`.
    case noRegister(mountPoint: String?)
    /// `-C DIR` named a folder without `isms.yaml` that lies inside the register `register`.
    case insideRegister(String, register: String)

    public var description: String {
        switch self {
        case .noRegister(let mountPoint):
            "not inside an isms register: neither the current folder nor any folder above it"
                + (mountPoint.map { " up to the mount point \($0)" } ?? "")
                + " has isms.yaml (create one with `isms init`, or name one with -C DIR)"
        case .insideRegister(let directory, let register):
            "\(directory) is not an isms register: it has no isms.yaml, but lies inside the register at "
                + "\(register); -C names the register's own folder: use -C \(register)"
        }
    }
}
