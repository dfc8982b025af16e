/// The files of a register, found by walking its folders: the first stage of every command.
public struct RegisterInventory: Sendable {
    /// Record files by kind, register-relative, sorted.
    public var records: [RegisterLayout.RecordKind: [String]] = [:]
    /// Files under evidence/ that are not records: what evidence records may name.
    public var evidenceFiles: [String] = []
    /// Problems met while walking (record files that are links or not regular files).
    public var findings: [Finding] = []
}

/// Walks a register's folders.
public enum RegisterScanner {
    public static func scan(root: String) -> RegisterInventory {
        var inventory = RegisterInventory()
        for kind in RegisterLayout.RecordKind.allCases {
            var files: [String] = []
            for entry in DirectoryWalker.entries(root: root, under: kind.folder) {
                if entry.name.utf8.first == UInt8(ascii: "."), RegisterLayout.ignoredNames.contains(entry.name) {
                    continue
                }
                let isRecord = kind.holds(entry.name)
                switch (entry.kind, isRecord) {
                case (.regular, true):
                    files.append(entry.path)
                case (.regular, false) where kind == .evidence:
                    inventory.evidenceFiles.append(entry.path)
                case (.symbolicLink, true), (.other, true):
                    inventory.findings.append(
                        Finding(
                            .unreadableRecord,
                            .recordNotRegularFile(symbolicLink: entry.kind == .symbolicLink),
                            at: SourceLocation(path: entry.path)))
                case (.symbolicLink, false) where kind == .evidence, (.other, false) where kind == .evidence:
                    inventory.evidenceFiles.append(entry.path)
                default:
                    break
                }
            }
            inventory.records[kind] = files
        }
        return inventory
    }
}
