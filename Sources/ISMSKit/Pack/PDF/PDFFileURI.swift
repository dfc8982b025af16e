/// Turns a `file://` URI that Chromium made from a relative link of index.html back into that
/// link, relative to the folder the page was printed from: `file:///…/.isms-staging-…/evidence/a%20b.txt`
/// becomes `evidence/a%20b.txt`. The path is percent-decoded before it is compared with the
/// folder, so the two need not be encoded alike, and encoded again as index.html encodes its
/// links; a query or fragment is kept as Chromium wrote it. A link that left the folder
/// (`../x` in a narrative) keeps its `../`, so it still means what it meant beside index.html.
enum PDFFileURI {
    static func isFileURI(_ value: [UInt8]) -> Bool {
        value.count >= 5 && String(decoding: value.prefix(5), as: UTF8.self).lowercased() == "file:"
    }

    static func relative(_ value: [UInt8], to folder: String) throws(PDFNormaliser.Refusal) -> String {
        let text = String(decoding: value, as: UTF8.self)
        var rest = Substring(text.dropFirst(5))
        if rest.hasPrefix("//localhost/") {
            rest = rest.dropFirst(11)
        } else if rest.hasPrefix("///") {
            rest = rest.dropFirst(2)
        } else {
            throw .init("a link's file URI has a form not expected from Chromium: \(text)")
        }
        let suffixStart = rest.firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
        guard let path = decode(rest[..<suffixStart]) else {
            throw .init("a link's file URI is not percent-encoded UTF-8: \(text)")
        }
        let target = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let base = folder.split(separator: "/")
        var common = 0
        while common < base.count && common < target.count - 1 && base[common] == target[target.startIndex + common] {
            common += 1
        }
        let segments = Array(repeating: "..", count: base.count - common) + target.dropFirst(common).map(String.init)
        let relative = segments.isEmpty ? "./" : HTMLText.relativeURL(path: segments.joined(separator: "/"))
        return relative + rest[suffixStart...]
    }

    /// The percent-decoded text, nil when an escape is malformed or the bytes are not UTF-8.
    private static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            else { return nil }
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
