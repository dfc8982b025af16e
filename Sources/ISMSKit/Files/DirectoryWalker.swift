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
        /// The last component of the path.
        public let name: String
        public let kind: Kind
    }

    /// Every entry below `relative` (itself excluded), depth first, names in byte order.
    /// Folders deeper than `maximumDepth` are not entered. The folders of the first level are
    /// walked on all cores (a large register keeps its evidence in hundreds of folders).
    public static func entries(root: String, under relative: String, maximumDepth: Int = 64) -> [Entry] {
        let top = children(root: root, relative: relative)
        let below = top.parallelMap { child in
            var nested: [Entry] = []
            if child.kind == .directory, maximumDepth >= 1 {
                walk(root: root, relative: child.path, depth: 1, maximumDepth: maximumDepth, into: &nested)
            }
            return nested
        }
        var result: [Entry] = []
        result.reserveCapacity(top.count + below.reduce(0) { $0 + $1.count })
        for (child, nested) in zip(top, below) {
            result.append(child)
            result += nested
        }
        return result
    }

    private static func walk(root: String, relative: String, depth: Int, maximumDepth: Int, into result: inout [Entry])
    {
        guard depth <= maximumDepth else { return }
        for child in children(root: root, relative: relative) {
            result.append(child)
            if child.kind == .directory {
                walk(root: root, relative: child.path, depth: depth + 1, maximumDepth: maximumDepth, into: &result)
            }
        }
    }

    /// The entries of one folder, names in byte order (compared as bytes: fast, and independent
    /// of the locale).
    private static func children(root: String, relative: String) -> [Entry] {
        guard let dir = opendir(relative.isEmpty ? root : root + "/" + relative) else { return [] }
        var children: [(name: [UInt8], entry: Entry)] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            let name = String(decoding: bytes, as: UTF8.self)
            let path = relative.isEmpty ? name : relative + "/" + name
            let kind = kind(of: entry.pointee.d_type, path: root + "/" + path)
            children.append((bytes, Entry(path: path, name: name, kind: kind)))
        }
        closedir(dir)
        children.sort { $0.name.lexicographicallyPrecedes($1.name) }
        return children.map(\.entry)
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
