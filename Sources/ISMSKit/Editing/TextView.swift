import Yams

/// A record's bytes with its line starts, for turning the parser's marks (1-based lines, columns
/// in Unicode scalars) into byte offsets and for finding where a one-line value ends.
struct TextView {
    let bytes: [UInt8]
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        if starts.count > 1, starts.last == bytes.count { starts.removeLast() }
        self.starts = starts
    }

    var lineCount: Int { starts.count }

    func lineStart(_ line: Int) -> Int { line >= 1 && line <= starts.count ? starts[line - 1] : bytes.count }

    /// Where the line ends, its line break included.
    func lineEnd(_ line: Int) -> Int { line < starts.count ? starts[line] : bytes.count }

    /// The line's bytes without its `\n` (a `\r` before it stays).
    func line(_ line: Int) -> ArraySlice<UInt8> {
        let end = lineEnd(line)
        return bytes[lineStart(line)..<(end > lineStart(line) && bytes[end - 1] == 0x0A ? end - 1 : end)]
    }

    func offset(of mark: Mark) -> Int? {
        guard mark.line >= 1, mark.line <= starts.count else { return nil }
        var index = starts[mark.line - 1]
        var column = 1
        while column < mark.column {
            guard index < bytes.count, bytes[index] != 0x0A else { return nil }
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }

    /// True when only `indent` spaces stand before the mark on its line.
    func isLineStart(_ mark: Mark, indent: Int) -> Bool {
        guard let offset = offset(of: mark) else { return false }
        let start = lineStart(mark.line)
        return offset - start == indent && bytes[start..<offset].allSatisfy { $0 == 0x20 }
    }

    /// Where a key's text ends: after its closing quote, or before the `:` of a plain key.
    func scalarEnd(from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        if bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") {
            return quotedEnd(from: start)
        }
        var index = start
        while index < bytes.count, bytes[index] != 0x0A {
            if bytes[index] == UInt8(ascii: ":"), index + 1 == bytes.count || Self.isBlank(bytes[index + 1]) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The bytes of a one-line value that starts after the key's colon: a quoted or plain
    /// scalar (quotes included) or a flow sequence, when it ends on the colon's line.
    func valueToken(_ node: Node, after colon: Int) -> Range<Int>? {
        guard let mark = node.mark, let start = offset(of: mark), start >= colon, start < bytes.count else {
            return nil
        }
        let lineLimit = bytes[colon...].firstIndex(of: 0x0A) ?? bytes.count
        guard start < lineLimit else { return nil }
        let end: Int?
        switch node {
        case .scalar(let scalar):
            if RecordReader.isNull(node) && scalar.string.isEmpty { return nil }
            switch bytes[start] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): end = quotedEnd(from: start)
            case UInt8(ascii: "|"), UInt8(ascii: ">"): return nil
            default: end = plainEnd(from: start)
            }
        case .sequence:
            guard bytes[start] == UInt8(ascii: "[") else { return nil }
            end = flowEnd(from: start)
        default: return nil
        }
        guard let end, end <= lineLimit else { return nil }
        return start..<end
    }

    /// A comment at the end of the line holding `offset`, with the blanks before it ("" if none).
    func comment(onLineOf offset: Int) -> String {
        let limit = bytes[offset...].firstIndex(of: 0x0A) ?? bytes.count
        var index = offset
        var quote: UInt8?
        while index < limit {
            let byte = bytes[index]
            if let open = quote {
                if byte == 0x5C, open == UInt8(ascii: "\"") {
                    index += 1
                } else if byte == open {
                    quote = nil
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                if index == offset || Self.isBlank(bytes[index - 1]) { quote = byte }
            } else if byte == UInt8(ascii: "#"), index > offset, Self.isBlank(bytes[index - 1]) {
                var start = index
                while start > offset, Self.isBlank(bytes[start - 1]) { start -= 1 }
                var end = limit
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            index += 1
        }
        return ""
    }

    // MARK: Token ends

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// After the quote that closes the scalar opened at `start` ('' and \" are escapes).
    private func quotedEnd(from start: Int) -> Int? {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if quote == UInt8(ascii: "\""), byte == 0x5C {
                index += 2
                continue
            }
            if byte == quote {
                if quote == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return nil
    }

    private func plainEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D {
            if bytes[end] == UInt8(ascii: "#"), end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { break }
            end += 1
        }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return end
    }

    /// The offset just after the `]` that closes the flow sequence opened at `start`.
    func flowEnd(from start: Int) -> Int? {
        var index = start + 1
        var quote: UInt8?
        var depth = 1
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == 0x5C, open == UInt8(ascii: "\"") {
                    index += 1
                } else if byte == open {
                    quote = nil
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                case UInt8(ascii: "#") where Self.isBlank(bytes[index - 1]):
                    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                default: break
                }
            }
            index += 1
        }
        return nil
    }
}
