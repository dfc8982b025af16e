import Yams

/// Edits the text of an evidence record in place for `isms evidence renew`: the `collected` value,
/// `sha256` entries and (when the files are replaced) the `files` list change; every other byte
/// (comments, key order, other keys, quoting, a byte-order mark) stays as it was.
///
/// Positions come from the parser's marks (lines, and columns in Unicode scalars). Each value is
/// found at its mark and compared with what the parser read before it is touched: a value the
/// editor cannot find exactly (escapes, a value across lines) is refused, never guessed at.
struct EvidenceRecordEdit {
    private let bom: [UInt8]
    private let bytes: [UInt8]
    private let root: Node.Mapping
    private let view: TextView
    private var edits: [(range: Range<Int>, text: [UInt8])] = []

    init(_ input: [UInt8], path: String) throws(IntakeError) {
        let hasBOM = input.starts(with: [0xEF, 0xBB, 0xBF])
        bom = hasBOM ? Array(input.prefix(3)) : []
        bytes = Array(input.dropFirst(hasBOM ? 3 : 0))
        guard case .success(let node?) = RecordFileReader.parse(input, relativePath: path),
            case .mapping(let mapping) = node
        else { throw IntakeError("\(path) cannot be read as an evidence record; fix it (isms check) first") }
        root = mapping
        view = TextView(bytes)
    }

    /// The edited record: the original bytes with every edit applied.
    var text: [UInt8] {
        var out = bytes
        for edit in edits.sorted(by: {
            ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound)
        }) {
            out.replaceSubrange(edit.range, with: edit.text)
        }
        return bom + out
    }

    func value(_ key: String) -> Node? {
        root.first { $0.key.scalar?.string == key }?.value
    }

    mutating func setCollected(_ date: CalendarDate) throws(IntakeError) {
        guard let node = value("collected"), let range = scalarContent(node) else {
            throw refusal("`collected`")
        }
        edits.append((range, Array(date.description.utf8)))
    }

    /// Replaces the digest of an existing `sha256` entry, in whatever style it is written.
    mutating func replacePin(_ file: String, with digest: String) throws(IntakeError) {
        guard let (_, value) = pinEntry(file), let range = scalarContent(value) else {
            throw refusal("the `sha256` entry of `\(file)`")
        }
        edits.append((range, Array(digest.utf8)))
    }

    /// Removes `sha256` entries, each one line of a block mapping.
    mutating func removePin(_ file: String) throws(IntakeError) {
        guard let (key, value) = pinEntry(file), let keyMark = key.mark, let valueMark = value.mark,
            keyMark.line == valueMark.line, scalarContent(value) != nil, blockMapping("sha256") != nil
        else { throw refusal("the `sha256` entry of `\(file)`") }
        edits.append((view.lineStart(keyMark.line)..<view.lineEnd(keyMark.line), []))
    }

    /// Adds `sha256` entries after the last one (a new `sha256` at the end when there is none).
    mutating func addPins(_ pins: [(file: String, digest: String)]) throws(IntakeError) {
        guard !pins.isEmpty else { return }
        let node = value("sha256")
        if node == nil || node.map(RecordReader.isNull) == true {
            guard node == nil else { throw refusal("`sha256`, which is empty") }
            var text = bytes.last == 0x0A || bytes.isEmpty ? "" : "\n"
            text += "sha256:\n"
            for pin in pins { text += "  \(YAMLText.quoted(pin.file)): \(pin.digest)\n" }
            edits.append((bytes.count..<bytes.count, Array(text.utf8)))
            return
        }
        guard let mapping = blockMapping("sha256"), let first = mapping.first?.key.mark,
            let last = mapping.map({ $0.value.mark?.line ?? 0 }).max(), last > 0,
            let firstOffset = view.offset(of: first)
        else {
            throw IntakeError(
                "`sha256` is not written one entry per line; write it so (`file: digest` on each line) to let renew add pins"
            )
        }
        let indent = bytes[view.lineStart(first.line)..<firstOffset]
        guard indent.allSatisfy({ $0 == 0x20 }) else { throw refusal("`sha256`") }
        let end = view.lineEnd(last)
        var text = end == bytes.count && bytes.last != 0x0A ? "\n" : ""
        for pin in pins {
            text += String(decoding: indent, as: UTF8.self) + "\(YAMLText.quoted(pin.file)): \(pin.digest)\n"
        }
        edits.append((end..<end, Array(text.utf8)))
    }

    /// Replaces the `files` list with `names`, in the style it is written in (`[a, b]` or `- a` lines).
    mutating func setFiles(_ names: [String]) throws(IntakeError) {
        guard let node = value("files"), case .sequence(let sequence) = node, let mark = node.mark,
            let start = view.offset(of: mark)
        else { throw refusal("`files`") }
        let quoted = names.map(YAMLText.quoted)
        // By the text, not `sequence.style`: Yams 6.2.2 takes the style from the end event.
        if bytes[start] == UInt8(ascii: "[") {
            guard let end = view.flowEnd(from: start) else { throw refusal("`files`") }
            edits.append((start..<end, Array("[\(quoted.joined(separator: ", "))]".utf8)))
            return
        }
        let items = Array(sequence)
        guard let firstMark = items.first?.mark, let firstOffset = view.offset(of: firstMark),
            items.allSatisfy({ scalarContent($0) != nil }),
            let lastLine = items.last?.mark?.line
        else { throw refusal("`files`") }
        let prefix = bytes[view.lineStart(firstMark.line)..<firstOffset]
        guard prefix.filter({ $0 != 0x20 }) == [UInt8(ascii: "-")] else { throw refusal("`files`") }
        let range = view.lineStart(firstMark.line)..<view.lineEnd(lastLine)
        var text = quoted.map { String(decoding: prefix, as: UTF8.self) + $0 + "\n" }.joined()
        if range.upperBound == bytes.count, bytes.last != 0x0A { text.removeLast() }
        edits.append((range, Array(text.utf8)))
    }

    // MARK: Positions

    private func pinEntry(_ file: String) -> (Node, Node)? {
        guard case .mapping(let mapping)? = value("sha256") else { return nil }
        return mapping.first { $0.key.scalar?.string == file }.map { ($0.key, $0.value) }
    }

    private func blockMapping(_ key: String) -> Node.Mapping? {
        guard let node = value(key), case .mapping(let mapping) = node, let mark = node.mark,
            let start = view.offset(of: mark), start < bytes.count, bytes[start] != UInt8(ascii: "{")
        else { return nil }
        return mapping
    }

    private func refusal(_ what: String) -> IntakeError {
        IntakeError(
            "cannot edit \(what) in place: write it plainly on one line (as `isms evidence add` does) and run renew again"
        )
    }

    /// The bytes of a one-line scalar's value (inside its quotes), when they are exactly what the
    /// parser read.
    private func scalarContent(_ node: Node) -> Range<Int>? {
        guard case .scalar(let scalar) = node, let mark = node.mark, let start = view.offset(of: mark),
            start < bytes.count
        else { return nil }
        let range: Range<Int>
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let quote = bytes[start]
            guard let close = bytes[(start + 1)...].firstIndex(where: { $0 == quote || $0 == 0x0A || $0 == 0x5C }),
                bytes[close] == quote, close + 1 == bytes.count || bytes[close + 1] != quote
            else { return nil }
            range = (start + 1)..<close
        default:
            var end = start
            while end < bytes.count, !Self.endsPlain(bytes, at: end) { end += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            range = start..<end
        }
        return String(decoding: bytes[range], as: UTF8.self) == scalar.string ? range : nil
    }

    private static func endsPlain(_ bytes: [UInt8], at index: Int) -> Bool {
        switch bytes[index] {
        case 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return true
        case UInt8(ascii: "#"): return index > 0 && (bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09)
        default: return false
        }
    }

}
