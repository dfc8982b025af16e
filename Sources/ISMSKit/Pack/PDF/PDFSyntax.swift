/// The little of PDF's syntax (ISO 32000-1, 7.2 and 7.3) that the normaliser needs to find the
/// strings in an object's dictionary without being fooled by the bytes inside them: literal
/// strings with their escapes and nested parentheses, hex strings, names and keywords.
enum PDFSyntax {
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0 || byte == 9 || byte == 10 || byte == 12 || byte == 13 || byte == 32
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            true
        default: false
        }
    }

    /// True when `word` is at `index` and ends there as a token (followed by whitespace, a
    /// delimiter or the end).
    static func hasToken(_ bytes: [UInt8], at index: Int, _ word: String) -> Bool {
        var word = word
        return word.withUTF8 { hasToken(bytes, at: index, $0) }
    }

    static func hasToken(_ bytes: [UInt8], at index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + word.count <= bytes.count, bytes[index..<index + word.count].elementsEqual(word) else {
            return false
        }
        let after = index + word.count
        return after == bytes.count || isWhitespace(bytes[after]) || isDelimiter(bytes[after])
    }

    /// The end of the regular characters (a name's or a keyword's) starting at `index`.
    static func endOfRegular(_ bytes: [UInt8], from index: Int, limit: Int) -> Int {
        var end = index
        while end < limit && !isWhitespace(bytes[end]) && !isDelimiter(bytes[end]) { end += 1 }
        return end
    }

    /// Reads the literal string whose `(` is at `start`: its bytes with escapes resolved, and
    /// the index just after its closing `)`; nil when it does not close before `limit`.
    static func literalString(_ bytes: [UInt8], at start: Int, limit: Int) -> (value: [UInt8], end: Int)? {
        var value: [UInt8] = []
        var depth = 1
        var i = start + 1
        while i < limit {
            let byte = bytes[i]
            i += 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard i < limit else { return nil }
                i = escape(bytes, at: i, limit: limit, into: &value)
            case UInt8(ascii: "("):
                depth += 1
                value.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return (value, i) }
                value.append(byte)
            default:
                value.append(byte)
            }
        }
        return nil
    }

    /// Resolves the escape after a backslash at `index`; returns where the string goes on.
    private static func escape(_ bytes: [UInt8], at index: Int, limit: Int, into value: inout [UInt8]) -> Int {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "n"): value.append(10)
        case UInt8(ascii: "r"): value.append(13)
        case UInt8(ascii: "t"): value.append(9)
        case UInt8(ascii: "b"): value.append(8)
        case UInt8(ascii: "f"): value.append(12)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var code = 0
            var i = index
            while i < limit && i < index + 3 && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[i]) {
                code = code * 8 + Int(bytes[i] - UInt8(ascii: "0"))
                i += 1
            }
            value.append(UInt8(truncatingIfNeeded: code))
            return i
        case 13:
            // A backslash before an end of line continues the string on the next line.
            return index + 1 < limit && bytes[index + 1] == 10 ? index + 2 : index + 1
        case 10:
            return index + 1
        default:
            // `\(`, `\)`, `\\`, and a backslash before any other byte, which is ignored.
            value.append(byte)
        }
        return index + 1
    }

    /// Reads the hex string whose `<` is at `start`: its bytes and the index after its `>`.
    static func hexString(_ bytes: [UInt8], at start: Int, limit: Int) -> (value: [UInt8], end: Int)? {
        var nibbles: [UInt8] = []
        var i = start + 1
        while i < limit {
            let byte = bytes[i]
            i += 1
            if byte == UInt8(ascii: ">") {
                if nibbles.count % 2 == 1 { nibbles.append(0) }
                let value = stride(from: 0, to: nibbles.count, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] }
                return (value, i)
            }
            if isWhitespace(byte) { continue }
            guard let nibble = hexValue(byte) else { return nil }
            nibbles.append(nibble)
        }
        return nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// `value` as a literal string, escaping only what must be: backslash and parentheses.
    static func literal(_ value: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "(")]
        for byte in value {
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                out.append(UInt8(ascii: "\\"))
            }
            out.append(byte)
        }
        out.append(UInt8(ascii: ")"))
        return out
    }

    /// The unsigned decimal number of `digits`, nil when it is empty or holds anything else.
    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
