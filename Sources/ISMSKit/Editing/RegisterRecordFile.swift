import Yams

/// One record file of a register as an edit sees it: its kind, where it is, its id, and its
/// parsed text (nil when the file cannot be read as YAML: such a record is not edited).
public struct RegisterRecordFile {
    public let kind: RegisterLayout.RecordKind
    /// Register-relative.
    public let path: String
    public let id: String?
    public let bytes: [UInt8]
    let node: Node?

    /// Every record file of the register at `root` (absolute), in the scanner's order.
    public static func all(root: String) -> [RegisterRecordFile] {
        let inventory = RegisterScanner.scan(root: root)
        return RegisterLayout.RecordKind.allCases.flatMap { kind in
            (inventory.records[kind] ?? []).map { path in
                let bytes = (try? FileBytes.read(root + "/" + path, limit: RecordFileReader.maximumBytes).get()) ?? []
                let node = try? RecordFileReader.parse(bytes, relativePath: path).get()
                let id = node.flatMap { $0.mapping?.first { $0.key.scalar?.string == "id" }?.value.scalar?.string }
                return RegisterRecordFile(kind: kind, path: path, id: id, bytes: bytes, node: node)
            }
        }
    }

    /// The value at a top-level key as texts: a scalar's text, a list's items, none when absent.
    func texts(_ key: String) -> [String]? {
        guard let value = node?.mapping?.first(where: { $0.key.scalar?.string == key })?.value,
            !RecordReader.isNull(value)
        else { return nil }
        switch value {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence): return sequence.compactMap { $0.scalar?.string }
        default: return nil
        }
    }
}
