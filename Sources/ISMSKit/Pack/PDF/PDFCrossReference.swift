/// A classic cross-reference table (ISO 32000-1, 7.5.4) as Skia writes it: one `xref` section
/// of fixed-width 20-byte entries, a `trailer`, `startxref` and `%%EOF`. Only that shape is
/// read; an incremental update (`/Prev`), a cross-reference stream or any entry that does not
/// point at its own `N G obj` is refused, because rewriting offsets in a file not understood
/// would make a broken PDF.
struct PDFCrossReference {
    struct Entry {
        let object: Int
        let generation: Int
        /// The byte offset of `N G obj`.
        let offset: Int
        /// Where the entry's 10-digit offset field sits in the file.
        let field: Int
    }

    /// The in-use entries, in the table's order.
    let entries: [Entry]
    /// The offset of the `xref` keyword.
    let start: Int
    /// Where the decimal offset after `startxref` sits, and how long it is.
    let startField: Range<Int>

    static func read(_ pdf: [UInt8]) throws(PDFNormaliser.Refusal) -> PDFCrossReference {
        guard pdf.starts(with: Array("%PDF-".utf8)) else { throw .init("it does not start with %PDF-") }
        let (start, startField) = try startxref(pdf)
        guard PDFSyntax.hasToken(pdf, at: start, "xref") else {
            throw .init("startxref does not point at a classic `xref` table (a cross-reference stream?)")
        }
        var entries: [Entry] = []
        var i = skipWhitespace(pdf, from: start + 4)
        while !PDFSyntax.hasToken(pdf, at: i, "trailer") {
            let (first, count, next) = try subsection(pdf, at: i)
            for k in 0..<count {
                let at = next + 20 * k
                if let entry = try entry(pdf, at: at, object: first + k) { entries.append(entry) }
            }
            i = skipWhitespace(pdf, from: next + 20 * count)
        }
        let trailer = pdf[i..<startField.lowerBound]
        for key in ["/Prev", "/XRefStm", "/Encrypt"] where contains(trailer, key) {
            throw .init("its trailer has \(key), which this reader does not follow")
        }
        for entry in entries where entry.offset >= start || !objectHeader(pdf, entry) {
            throw .init("the cross-reference entry of object \(entry.object) does not point at `\(entry.object) 0 obj`")
        }
        return PDFCrossReference(entries: entries, start: start, startField: startField)
    }

    /// The number after the last `startxref`, which must be followed by `%%EOF`.
    private static func startxref(_ pdf: [UInt8]) throws(PDFNormaliser.Refusal) -> (Int, Range<Int>) {
        let keyword = Array("startxref".utf8)
        let tail = max(0, pdf.count - 1024)
        guard
            let at = (tail..<max(tail, pdf.count - keyword.count)).last(where: {
                pdf[$0..<$0 + 9].elementsEqual(keyword)
            })
        else { throw .init("it has no startxref near its end") }
        let digits = skipWhitespace(pdf, from: at + keyword.count)
        var end = digits
        while end < pdf.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(pdf[end]) { end += 1 }
        guard let offset = PDFSyntax.number(pdf[digits..<end]), offset < pdf.count,
            PDFSyntax.hasToken(pdf, at: skipWhitespace(pdf, from: end), "%%EOF")
        else { throw .init("its startxref is not followed by an offset and %%EOF") }
        return (offset, digits..<end)
    }

    /// A subsection header `first count` and the index of its first entry.
    private static func subsection(_ pdf: [UInt8], at index: Int) throws(PDFNormaliser.Refusal) -> (Int, Int, Int) {
        let firstEnd = PDFSyntax.endOfRegular(pdf, from: index, limit: pdf.count)
        let countStart = firstEnd + 1
        let countEnd = PDFSyntax.endOfRegular(pdf, from: countStart, limit: pdf.count)
        guard let first = PDFSyntax.number(pdf[index..<firstEnd]), countStart < pdf.count,
            pdf[firstEnd] == UInt8(ascii: " "), let count = PDFSyntax.number(pdf[countStart..<countEnd])
        else { throw .init("its xref table has a malformed subsection header at byte \(index)") }
        var next = countEnd
        while next < pdf.count && pdf[next] == UInt8(ascii: " ") { next += 1 }
        if next < pdf.count && pdf[next] == 13 { next += 1 }
        if next < pdf.count && pdf[next] == 10 { next += 1 }
        guard next > countEnd, pdf[next - 1] == 10 || pdf[next - 1] == 13 else {
            throw .init("its xref subsection header at byte \(index) does not end a line")
        }
        guard next + 20 * count <= pdf.count else { throw .init("its xref table is cut short") }
        return (first, count, next)
    }

    /// One 20-byte entry `oooooooooo ggggg n` + two end-of-line bytes; nil for a free entry.
    private static func entry(_ pdf: [UInt8], at: Int, object: Int) throws(PDFNormaliser.Refusal) -> Entry? {
        let line = pdf[at..<at + 20]
        guard let offset = PDFSyntax.number(line.prefix(10)), line[at + 10] == UInt8(ascii: " "),
            let generation = PDFSyntax.number(line[(at + 11)..<(at + 16)]), line[at + 16] == UInt8(ascii: " "),
            [UInt8(ascii: "n"), UInt8(ascii: "f")].contains(line[at + 17]),
            PDFSyntax.isWhitespace(line[at + 18]), PDFSyntax.isWhitespace(line[at + 19])
        else { throw .init("its xref entry for object \(object) at byte \(at) is malformed") }
        return line[at + 17] == UInt8(ascii: "n")
            ? Entry(object: object, generation: generation, offset: offset, field: at) : nil
    }

    private static func objectHeader(_ pdf: [UInt8], _ entry: Entry) -> Bool {
        let header = Array("\(entry.object) \(entry.generation) obj".utf8)
        guard entry.offset + header.count <= pdf.count else { return false }
        return pdf[entry.offset..<entry.offset + header.count].elementsEqual(header)
            && PDFSyntax.hasToken(pdf, at: entry.offset + header.count - 3, "obj")
    }

    private static func skipWhitespace(_ pdf: [UInt8], from index: Int) -> Int {
        var i = index
        while i < pdf.count && PDFSyntax.isWhitespace(pdf[i]) { i += 1 }
        return i
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        return (bytes.startIndex...(bytes.endIndex - needle.count)).contains {
            bytes[$0..<$0 + needle.count].elementsEqual(needle)
        }
    }
}
