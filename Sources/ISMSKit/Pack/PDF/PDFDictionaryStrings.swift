/// The strings that follow a name in one object's dictionaries (`/URI (…)`, `/ModDate (…)`),
/// read token by token from `N G obj` up to `stream` or `endobj`: a string's own bytes (a title
/// holding "stream", a parenthesis in a file name) are skipped as strings, and stream data,
/// where any byte sequence may occur, is never looked at.
enum PDFDictionaryStrings {
    struct Found {
        /// The name before the string, without its slash.
        let key: String
        /// The string token in the file, delimiters included.
        let range: Range<Int>
        let value: [UInt8]
    }

    /// The names whose strings the normaliser edits; a name is made a String only when it is one.
    private static let keys = ["CreationDate", "ModDate", "URI"].map { ($0, Array($0.utf8)) }

    static func find(in pdf: [UInt8], from start: Int, to end: Int) throws(PDFNormaliser.Refusal) -> [Found] {
        var found: [Found] = []
        var key: String?
        var i = start
        while i < end {
            let byte = pdf[i]
            if PDFSyntax.isWhitespace(byte) {
                i += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "%"):
                while i < end && pdf[i] != 10 && pdf[i] != 13 { i += 1 }
                continue
            case UInt8(ascii: "/"):
                let nameEnd = PDFSyntax.endOfRegular(pdf, from: i + 1, limit: end)
                let name = pdf[(i + 1)..<nameEnd]
                key = keys.first { $0.1.elementsEqual(name) }?.0
                i = nameEnd
                continue
            case UInt8(ascii: "("), UInt8(ascii: "<"):
                if byte == UInt8(ascii: "<") && i + 1 < end && pdf[i + 1] == UInt8(ascii: "<") {
                    i += 2
                } else {
                    let string =
                        byte == UInt8(ascii: "(")
                        ? PDFSyntax.literalString(pdf, at: i, limit: end) : PDFSyntax.hexString(pdf, at: i, limit: end)
                    guard let string else { throw .init("the string at byte \(i) does not end within its object") }
                    if let key { found.append(Found(key: key, range: i..<string.end, value: string.value)) }
                    i = string.end
                }
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                let wordEnd = PDFSyntax.endOfRegular(pdf, from: i, limit: end)
                if PDFSyntax.hasToken(pdf, at: i, "stream") || PDFSyntax.hasToken(pdf, at: i, "endobj") {
                    return found
                }
                i = wordEnd
            default:
                let tokenEnd = PDFSyntax.endOfRegular(pdf, from: i, limit: end)
                i = max(tokenEnd, i + 1)
            }
            key = nil
        }
        return found
    }
}
