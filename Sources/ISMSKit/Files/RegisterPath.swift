/// Paths inside a register, handled as text before any file is touched.
public enum RegisterPath {
    /// Joins a path written in a record to the record's folder and normalises `.` and `..`
    /// without touching the disk. Nil when the path is empty, absolute, holds a NUL, or climbs above the root.
    public static func resolve(_ written: String, in folder: String) -> String? {
        guard !written.isEmpty, !written.hasPrefix("/"), !written.utf8.contains(0) else { return nil }
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

    /// True when `path` lies inside the folder `root` (both absolute and normalised).
    public static func isInside(_ path: String, root: String) -> Bool {
        let base = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(base)
    }
}
