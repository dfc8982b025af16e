/// Paths inside a register, handled as text before any file is touched.
public enum RegisterPath {
    /// Joins a path written in a record to the record's folder and normalises `.` and `..`
    /// without touching the disk. Nil when the path is empty, absolute, holds a NUL, or climbs above the root.
    public static func resolve(_ written: String, in folder: String) -> String? {
        guard !written.isEmpty, !written.hasPrefix("/"), !written.utf8.contains(0) else { return nil }
        if isPlain(written) { return folder.isEmpty ? written : folder + "/" + written }
        var parts: [Substring] = folder.split(separator: "/")
        for component in written.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: "/")
    }

    /// A relative path with no empty, `.` or `..` component and no trailing slash: joining it
    /// needs no normalising (the common case, kept fast for registers of many files).
    static func isPlain(_ path: String) -> Bool {
        var previous: UInt8 = 0x2F
        var dotsSinceSlash = 0
        var onlyDots = true
        for byte in path.utf8 {
            if byte == 0x2F {
                if previous == 0x2F || (onlyDots && dotsSinceSlash > 0) { return false }
                dotsSinceSlash = 0
                onlyDots = true
            } else if byte == 0x2E {
                dotsSinceSlash += 1
            } else {
                onlyDots = false
            }
            previous = byte
        }
        return previous != 0x2F && !(onlyDots && dotsSinceSlash > 0)
    }

    /// True when `path` lies inside the folder `root` (both absolute and normalised).
    public static func isInside(_ path: String, root: String) -> Bool {
        let base = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(base)
    }
}
