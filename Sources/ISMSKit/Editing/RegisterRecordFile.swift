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

extension RegisterRecordFile {
    /// The record file at `path` (register-relative, as the scanner listed it) read now: what an
    /// edit starts from when the caller already knows the record, without scanning the register.
    public static func read(root: String, path: String, kind: RegisterLayout.RecordKind) -> RegisterRecordFile? {
        readBytes(root: root, path: path).map { parse($0, path: path, kind: kind) }
    }

    /// The bytes of a record file, within the size the loader reads; nil when it cannot be read.
    public static func readBytes(root: String, path: String) -> [UInt8]? {
        guard case .success(let bytes) = FileBytes.read(root + "/" + path, limit: RecordFileReader.maximumBytes)
        else { return nil }
        return bytes
    }

    /// The record file of `bytes` as if read from `path`: a text a page showed earlier.
    public static func parse(_ bytes: [UInt8], path: String, kind: RegisterLayout.RecordKind) -> RegisterRecordFile {
        let node = try? RecordFileReader.parse(bytes, relativePath: path).get()
        let id = node.flatMap { $0.mapping?.first { $0.key.scalar?.string == "id" }?.value.scalar?.string }
        return RegisterRecordFile(kind: kind, path: path, id: id, bytes: bytes, node: node)
    }

    /// The value at each top-level key in the file's order, as a form shows it.
    public var fields: [(key: String, value: RecordFieldValue)] {
        node?.mapping?.compactMap { entry in
            guard let key = entry.key.scalar?.string else { return nil }
            return (key, RecordFieldValue.of(entry.value))
        } ?? []
    }
}

/// A record's value at one key as a form edits it: a text, a list of texts, or something a form
/// does not edit (a mapping, a list of mappings, an alias), which stays as the file has it.
public enum RecordFieldValue: Sendable, Hashable {
    case text(String)
    case list([String])
    case structured

    static func of(_ node: Node) -> RecordFieldValue {
        switch node {
        case .scalar(let scalar): RecordReader.isNull(node) ? .text("") : .text(scalar.string)
        case .sequence(let sequence):
            sequence.allSatisfy { $0.scalar != nil } ? .list(sequence.compactMap { $0.scalar?.string }) : .structured
        default: .structured
        }
    }
}
