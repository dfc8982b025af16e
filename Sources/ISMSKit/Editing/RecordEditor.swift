import Yams

/// Why a record could not be edited as asked; nothing was changed.
public struct EditError: Error, Sendable, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Edits the text of one YAML record the way a careful person would: the value of one key is
/// replaced, a missing key is added where the documented order puts it, or a key is removed,
/// and every other byte (comments, blank lines, key order, quoting, line ends, a byte-order
/// mark) stays as it was.
///
/// Positions come from the parser's marks (lines, and columns in Unicode scalars). After each
/// edit the text is parsed again and must hold exactly the intended value at the key and the
/// same values everywhere else, or the edit is refused: the editor never guesses.
public struct RecordEditor: Sendable {
    public private(set) var bytes: [UInt8]
    private let bom: [UInt8]
    private let lineEnd: String
    private let path: String

    /// The record's text as read from `path` (for messages).
    public init(_ input: [UInt8], path: String) throws(EditError) {
        let hasBOM = input.starts(with: [0xEF, 0xBB, 0xBF])
        bom = hasBOM ? [0xEF, 0xBB, 0xBF] : []
        let body = Array(input.dropFirst(hasBOM ? 3 : 0))
        bytes = body
        self.path = path
        let firstBreak = body.firstIndex(of: 0x0A)
        lineEnd = firstBreak.map { $0 > 0 && body[$0 - 1] == 0x0D } == true ? "\r\n" : "\n"
        _ = try Self.root(of: body, path: path)
    }

    /// The edited file, byte-order mark included.
    public var text: [UInt8] { bom + bytes }

    /// Applies `edit`; `order` is the documented key order of the mapping that holds the key
    /// (where a new key goes).
    public mutating func apply(_ edit: RecordEdit, order: [String]) throws(EditError) {
        let before = try Self.root(of: bytes, path: path)
        let view = TextView(bytes)
        let (mapping, indent) = try locateParent(edit, in: before, view: view)
        let key = edit.path[edit.path.count - 1]
        let entries = Array(mapping)
        let index = entries.firstIndex { $0.key.scalar?.string == key }
        var out = bytes
        switch (index, edit.value) {
        case (nil, nil):
            return
        case (let index?, nil):
            let range = try entryLines(index, of: entries, indent: indent, view: view)
            out.replaceSubrange(range, with: [])
        case (let index?, let value?):
            out = try replaced(entries[index], at: index, of: entries, with: value, indent: indent, view: view)
        case (nil, let value?):
            out = try inserted(key, value, into: entries, order: order, indent: indent, view: view)
        }
        try confirm(out, edit: edit, before: before)
        bytes = out
    }

    // MARK: Finding the key

    private static func root(of bytes: [UInt8], path: String) throws(EditError) -> Node {
        guard case .success(let node) = RecordFileReader.parse(bytes, relativePath: path) else {
            throw EditError("\(path) cannot be read as YAML; fix it (isms check names the line) and try again")
        }
        guard let node else { return .mapping(Node.Mapping([])) }
        guard case .mapping = node else { throw EditError("\(path) is not a mapping of keys to values") }
        return node
    }

    /// The mapping that holds the edited key, and the column its keys start at (0-based).
    private func locateParent(_ edit: RecordEdit, in root: Node, view: TextView) throws(EditError) -> (
        Node.Mapping, Int
    ) {
        var node = root
        var indent = 0
        for (depth, name) in edit.path.dropLast().enumerated() {
            guard case .mapping(let mapping) = node,
                let entry = mapping.first(where: { $0.key.scalar?.string == name })
            else {
                throw EditError(
                    "\(path) has no `\(edit.path.prefix(depth + 1).joined(separator: "."))` mapping to edit inside")
            }
            node = entry.value
            guard case .mapping(let inner) = node, let first = inner.first?.key.mark,
                first.line > (entry.key.mark?.line ?? 0)
            else {
                throw EditError(
                    "`\(edit.path.prefix(depth + 1).joined(separator: "."))` in \(path) is not a block mapping written one key per line"
                )
            }
            indent = first.column - 1
        }
        guard case .mapping(let mapping) = node else { throw EditError("\(path) is not a mapping of keys to values") }
        if let mark = node.mark, edit.path.count == 1, let offset = view.offset(of: mark), offset < bytes.count,
            bytes[offset] == UInt8(ascii: "{")
        {
            throw EditError("\(path) is written as a flow mapping (`{...}`); write one key per line to edit it")
        }
        // Every key must start its own line at the mapping's column, or the lines cannot be told apart.
        for (key, _) in mapping {
            guard let mark = key.mark, mark.column - 1 == indent, view.isLineStart(mark, indent: indent) else {
                throw EditError("\(path): the keys of this mapping are not one per line; edit it by hand")
            }
        }
        return (mapping, indent)
    }

    /// The bytes of entry `index`: from its key's line to the end of its value's last line,
    /// without the blank and comment lines after it (they belong to what follows).
    private func entryLines(
        _ index: Int, of entries: [(key: Node, value: Node)], indent: Int, view: TextView
    ) throws(EditError) -> Range<Int> {
        guard let keyLine = entries[index].key.mark?.line else { throw EditError("\(path): a key has no position") }
        return view.lineStart(keyLine)..<valueEnd(keyLine: keyLine, indent: indent, view: view)
    }

    /// The end (after the line break) of the last line of the value whose key is on `keyLine`.
    private func valueEnd(keyLine: Int, indent: Int, view: TextView) -> Int {
        var last = keyLine
        var line = keyLine + 1
        while line <= view.lineCount {
            let content = view.line(line)
            let lead = content.prefix { $0 == 0x20 }.count
            let rest = content.dropFirst(lead)
            if rest.isEmpty || rest.first == 0x0D {
                line += 1
                continue
            }
            let isItem =
                lead == indent && rest.first == UInt8(ascii: "-")
                && (rest.count == 1 || rest.dropFirst().first == 0x20 || rest.dropFirst().first == 0x0D)
            if lead <= indent && !isItem { break }
            if rest.first != UInt8(ascii: "#") { last = line }
            line += 1
        }
        return view.lineEnd(last)
    }

    // MARK: Writing

    private func replaced(
        _ entry: (key: Node, value: Node), at index: Int, of entries: [(key: Node, value: Node)], with value: EditValue,
        indent: Int, view: TextView
    ) throws(EditError) -> [UInt8] {
        guard let keyMark = entry.key.mark else { throw EditError("\(path): a key has no position") }
        let colon = try colonAfter(entry.key, view: view)
        let end = valueEnd(keyLine: keyMark.line, indent: indent, view: view)
        let keyLineEnd = view.lineEnd(keyMark.line)
        let oneLine = end == keyLineEnd
        // A one-line value replaced by a one-line value: only its characters change, so the
        // spacing and a comment after it stay.
        if oneLine, let token = view.valueToken(entry.value, after: colon), let inline = YAMLValueText.inline(value) {
            var out = bytes
            out.replaceSubrange(token, with: Array(inline.utf8))
            return out
        }
        let comment = view.comment(onLineOf: colon)
        let text = rendering(value, indent: indent, comment: comment, blockStyle: entry.value.isBlockSequence(view))
        var out = bytes
        out.replaceSubrange(colon..<end, with: Array(text.utf8))
        return out
    }

    private func inserted(
        _ key: String, _ value: EditValue, into entries: [(key: Node, value: Node)], order: [String], indent: Int,
        view: TextView
    ) throws(EditError) -> [UInt8] {
        let position = order.firstIndex(of: key) ?? order.count
        let earlier = entries.indices.last {
            order.firstIndex(of: entries[$0].key.scalar?.string ?? "") ?? .max < position
        }
        let later = entries.indices.first {
            (order.firstIndex(of: entries[$0].key.scalar?.string ?? "") ?? .max) > position
        }
        let offset: Int
        if let earlier, let line = entries[earlier].key.mark?.line {
            offset = valueEnd(keyLine: line, indent: indent, view: view)
        } else if let later, let line = entries[later].key.mark?.line {
            offset = view.lineStart(line)
        } else if let last = entries.indices.last, let line = entries[last].key.mark?.line {
            offset = valueEnd(keyLine: line, indent: indent, view: view)
        } else {
            offset = bytes.count
        }
        var text = offset > 0 && bytes[offset - 1] != 0x0A ? lineEnd : ""
        text += String(repeating: " ", count: indent) + YAMLValueText.scalar(key, inFlow: false) + ":"
        text += rendering(value, indent: indent, comment: "", blockStyle: false)
        var out = bytes
        out.replaceSubrange(offset..<offset, with: Array(text.utf8))
        return out
    }

    /// What follows the colon: ` value  # comment` and the line end, or a block on the lines below.
    private func rendering(_ value: EditValue, indent: Int, comment: String, blockStyle: Bool) -> String {
        if !blockStyle || value.isEmptyList, let inline = YAMLValueText.inline(value) {
            return " " + inline + comment + lineEnd
        }
        switch value {
        case .list(let items):
            let pad = String(repeating: " ", count: indent + 2)
            return comment + lineEnd
                + items.map { pad + "- " + YAMLValueText.scalar($0, inFlow: false) + lineEnd }.joined()
        case .text(let text):
            if let block = YAMLValueText.block(text) {
                return " "
                    + YAMLValueText.blockText(block, indent: indent, lineEnd: lineEnd)
                    .replacingFirstLineEnd(with: comment + lineEnd, lineEnd: lineEnd)
            }
            return " " + YAMLText.quoted(text) + comment + lineEnd
        case .token(let token):
            return " " + YAMLText.quoted(token) + comment + lineEnd
        }
    }

    /// The offset just after the `:` that ends `key`.
    private func colonAfter(_ key: Node, view: TextView) throws(EditError) -> Int {
        guard let mark = key.mark, let start = view.offset(of: mark), let end = view.scalarEnd(from: start) else {
            throw EditError("\(path): cannot find where a key ends; edit it by hand")
        }
        var index = end
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw EditError("\(path): cannot find the `:` after a key; edit it by hand")
        }
        return index + 1
    }

    // MARK: Confirmation

    /// The edited text must parse, hold the intended value at the key, and the same values at
    /// every other key as before.
    private func confirm(_ out: [UInt8], edit: RecordEdit, before: Node) throws(EditError) {
        guard case .success(let node) = RecordFileReader.parse(out, relativePath: path), let after = node else {
            throw EditError("\(path): the edit of `\(edit.key)` would not read back as YAML; edit it by hand")
        }
        guard NodeShape.replacing(edit.path, in: before, with: edit.value) == NodeShape.of(after) else {
            throw EditError("\(path): the edit of `\(edit.key)` would not read back exactly; edit it by hand")
        }
    }
}

extension EditValue {
    var isEmptyList: Bool { if case .list(let items) = self { items.isEmpty } else { false } }
}

extension Node {
    /// True for a sequence written as `- item` lines (not `[a, b]`).
    fileprivate func isBlockSequence(_ view: TextView) -> Bool {
        guard case .sequence = self, let mark, let offset = view.offset(of: mark), offset < view.bytes.count else {
            return false
        }
        return view.bytes[offset] != UInt8(ascii: "[")
    }
}

extension String {
    /// The text with its first line end replaced (the comment goes after a block header).
    fileprivate func replacingFirstLineEnd(with replacement: String, lineEnd: String) -> String {
        guard let range = range(of: lineEnd) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
