#if canImport(Glibc)
    import Glibc
#endif

/// Lists the files below a folder without following symbolic links, so that a link loop or a
/// link out of the register can never be walked into.
public enum DirectoryWalker {
    public enum Kind: Sendable, Equatable {
        case regular, directory, symbolicLink, other
    }

    public struct Entry: Sendable, Equatable {
        /// Path relative to the walk's base (the register root).
        public let path: String
        public let kind: Kind
    }

    /// Every entry below `relative` (itself excluded), depth first, names in byte order.
    /// Folders deeper than `maximumDepth` are not entered.
    public static func entries(root: String, under relative: String, maximumDepth: Int = 64) -> [Entry] {
        var result: [Entry] = []
        walk(root: root, relative: relative, depth: 0, maximumDepth: maximumDepth, into: &result)
        return result
    }

    private static func walk(root: String, relative: String, depth: Int, maximumDepth: Int, into result: inout [Entry])
    {
        guard depth <= maximumDepth, let dir = opendir(root + "/" + relative) else { return }
        var children: [(name: [UInt8], path: String, kind: Kind)] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            let name = String(decoding: bytes, as: UTF8.self)
            let path = relative.isEmpty ? name : relative + "/" + name
            children.append((bytes, path, kind(of: entry.pointee.d_type, path: root + "/" + path)))
        }
        closedir(dir)
        // Byte order of the names, compared as byte arrays: fast and independent of locale.
        children.sort { $0.name.lexicographicallyPrecedes($1.name) }
        for (_, path, kind) in children {
            result.append(Entry(path: path, kind: kind))
            if kind == .directory {
                walk(root: root, relative: path, depth: depth + 1, maximumDepth: maximumDepth, into: &result)
            }
        }
    }

    private static func kind(of type: UInt8, path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .regular
        case Int32(DT_DIR): return .directory
        case Int32(DT_LNK): return .symbolicLink
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .regular
            case S_IFDIR: return .directory
            case S_IFLNK: return .symbolicLink
            default: return .other
            }
        default: return .other
        }
    }
}
