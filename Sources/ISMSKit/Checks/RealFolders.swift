import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The real path (every symbolic link resolved) of each evidence folder, resolved once.
///
/// `realpath` reads every component of a path; a register of fifty thousand files in a few hundred
/// folders would spend most of a check in it. A file then costs one `lstat`: only a file that is
/// itself a symbolic link is resolved in full.
final class RealFolders: Sendable {
    private let root: String
    private let known = Mutex<[String: String?]>([:])

    init(root: String) { self.root = root }

    /// The real path of `file` (register-relative, lexically inside the register), with its
    /// `lstat`, or nil with `errno` set when it cannot be resolved.
    func resolve(_ file: String) -> (path: String, info: stat)? {
        let slash = file.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(file[..<$0]) } ?? ""
        let name = slash.map { String(file[file.index(after: $0)...]) } ?? file
        var info = stat()
        if let realFolder = realPath(ofFolder: folder) {
            let candidate = realFolder == "/" ? "/" + name : realFolder + "/" + name
            if lstat(candidate, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK {
                return (candidate, info)
            }
        }
        // A link, a missing file or an unreadable folder: resolve the whole path, as before.
        let absolute = root + "/" + file
        guard let real = Self.realPath(absolute) else { return nil }
        guard stat(real, &info) == 0 else { return nil }
        return (real, info)
    }

    private func realPath(ofFolder folder: String) -> String? {
        if let cached = known.withLock({ $0[folder] }) { return cached }
        let resolved = Self.realPath(folder.isEmpty ? root : root + "/" + folder)
        known.withLock { $0[folder] = .some(resolved) }
        return resolved
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
