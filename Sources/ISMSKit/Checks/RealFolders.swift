import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The real path (every symbolic link resolved) of each evidence folder, resolved once.
///
/// `realpath` reads every component of a path; a register of fifty thousand files in a few hundred
/// folders would spend most of a check in it. A file then costs one `fstatat` relative to its
/// folder's handle (the kernel looks up one name, not the whole path): only a file that is itself
/// a symbolic link is resolved in full.
final class RealFolders: Sendable {
    /// A folder as resolved: its real path and, while the budget lasts, an open handle (-1 when
    /// none: over budget, or the folder cannot be opened; names are then looked up by path).
    private struct Folder {
        let path: String
        let handle: Int32
    }

    private struct State {
        var folders: [String: Folder?] = [:]
        var handles = 0
    }

    /// Handles kept open at most; folders beyond this are looked up by path.
    static let handleBudget = 256

    private let root: String
    private let state = Mutex(State())

    init(root: String) { self.root = root }

    deinit {
        state.withLock { state in
            for case let folder? in state.folders.values where folder.handle >= 0 { close(folder.handle) }
        }
    }

    /// The real path of `file` (register-relative, lexically inside the register), with its
    /// `lstat`, or nil with `errno` set when it cannot be resolved.
    func resolve(_ file: String) -> (path: RealFile, info: stat)? {
        let slash = file.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folderName = slash.map { String(file[..<$0]) } ?? ""
        let name = slash.map { file[file.index(after: $0)...] } ?? file[...]
        var info = stat()
        if let folder = folder(folderName) {
            let real = RealFile(folder: folder.path, name: name)
            let found =
                folder.handle >= 0
                ? fstatat(folder.handle, String(name), &info, AT_SYMLINK_NOFOLLOW) == 0
                : lstat(real.path, &info) == 0
            if found, (info.st_mode & S_IFMT) != S_IFLNK { return (real, info) }
        }
        // A link, a missing file or an unreadable folder: resolve the whole path, as before.
        let absolute = root + "/" + file
        guard let real = Self.realPath(absolute) else { return nil }
        guard stat(real, &info) == 0 else { return nil }
        return (RealFile(folder: real, name: ""), info)
    }

    private func folder(_ name: String) -> Folder? {
        if let known = state.withLock({ $0.folders[name] }) { return known }
        let resolved = Self.realPath(name.isEmpty ? root : root + "/" + name)
        return state.withLock { state in
            if let raced = state.folders[name] { return raced }
            var folder: Folder?
            if let resolved {
                var handle: Int32 = -1
                if state.handles < Self.handleBudget {
                    handle = open(resolved, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                    if handle >= 0 { state.handles += 1 }
                }
                folder = Folder(path: resolved, handle: handle)
            }
            state.folders[name] = .some(folder)
            return folder
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A file's real path as its folder's real path and its name: the folder's path is one string
/// shared by every file in it, and the name a slice of the record's own path, so that the two
/// hundred thousand files of scale 4 waiting to be hashed do not each hold their absolute path
/// (29 MB at the check's peak). The path is joined when the file is opened.
struct RealFile: Sendable {
    /// The real path of the folder, or the file's whole real path when `name` is empty.
    let folder: String
    let name: Substring

    var path: String {
        if name.isEmpty { return folder }
        return folder == "/" ? "/" + name : folder + "/" + name
    }
}
