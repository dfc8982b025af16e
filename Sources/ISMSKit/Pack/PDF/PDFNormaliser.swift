#if canImport(Glibc)
    import Glibc
#endif

/// Makes the PDF that Chromium prints from index.html fit to be a file of the pack: the same
/// bytes for the same register and as-of date, and no path of the machine that made it.
///
/// Chromium's PDF writer (Skia) differs between two runs only in `/CreationDate` and `/ModDate`,
/// the time of printing; both become the as-of date at 00:00 UTC, the one date a pack depends
/// on. And Chromium turns index.html's relative links (`evidence/policy/policy.pdf`) into
/// absolute `file://` URIs into the temporary folder the pack was staged in: a random name and
/// the user's own folders would be in the auditor's PDF, and every link would be dead once the
/// pack is moved. Each `file://` URI becomes relative to the pack folder again, so that it
/// resolves beside pack.pdf wherever the pack is copied.
///
/// The edits change the lengths of dictionaries, so every offset of the cross-reference table
/// and `startxref` is moved by the bytes inserted or removed before it. Strings are found by
/// reading each object's dictionary as PDF syntax up to its `stream` or `endobj`, never by
/// searching stream data. A PDF not in the shape Skia writes is refused rather than guessed at.
@_spi(Testing) public enum PDFNormaliser {
    /// Why a PDF was not normalised; the normaliser never returns a file it could not read.
    @_spi(Testing) public struct Refusal: Error, Sendable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// The normalised bytes of `pdf`, printed from `folder`/index.html, for a pack of `asOf`.
    @_spi(Testing) public static func normalise(_ pdf: [UInt8], asOf: CalendarDate, folder: String)
        throws(Refusal) -> [UInt8]
    {
        let table = try PDFCrossReference.read(pdf)
        let date = PDFSyntax.literal(Array(dateString(asOf).utf8))
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        let starts = table.entries.map(\.offset).sorted()
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : table.start
            for string in try PDFDictionaryStrings.find(in: pdf, from: start, to: end) {
                switch string.key {
                case "CreationDate", "ModDate":
                    edits.append((string.range, date))
                case "URI" where PDFFileURI.isFileURI(string.value):
                    let relative = try PDFFileURI.relative(string.value, to: folder)
                    edits.append((string.range, PDFSyntax.literal(Array(relative.utf8))))
                default:
                    continue
                }
            }
        }
        let out = apply(edits, to: pdf, table: table)
        try check(out, folder: folder)
        return out
    }

    /// `D:YYYYMMDD000000+00'00'`, the date format Skia writes (ISO 32000-1, 7.9.4), in UTC.
    static func dateString(_ date: CalendarDate) -> String {
        func digits(_ value: Int, _ count: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, count - text.count)) + text
        }
        return "D:\(digits(date.year, 4))\(digits(date.month, 2))\(digits(date.day, 2))000000+00'00'"
    }

    /// The edited bytes with every cross-reference offset and `startxref` moved to match.
    private static func apply(_ edits: [(range: Range<Int>, bytes: [UInt8])], to pdf: [UInt8], table: PDFCrossReference)
        -> [UInt8]
    {
        let edits = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        // The change of length up to and including each edit; edits do not overlap, so their
        // ends are sorted too and a binary search finds those before an offset.
        var total = 0
        let running = edits.map { edit in
            total += edit.bytes.count - edit.range.count
            return total
        }
        /// The change of length of everything before `offset`.
        func shift(_ offset: Int) -> Int {
            var low = 0
            var high = edits.count
            while low < high {
                let middle = (low + high) / 2
                if edits[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
            }
            return low == 0 ? 0 : running[low - 1]
        }
        var out: [UInt8] = []
        out.reserveCapacity(pdf.count + 4096)
        var position = 0
        for edit in edits {
            out += pdf[position..<edit.range.lowerBound]
            out += edit.bytes
            position = edit.range.upperBound
        }
        out += pdf[position..<table.startField.lowerBound]
        let tableShift = shift(table.start)
        for entry in table.entries {
            let field = Array(padded(entry.offset + shift(entry.offset), 10).utf8)
            let at = entry.field + tableShift
            out.replaceSubrange(at..<at + 10, with: field)
        }
        out += Array(String(table.start + tableShift).utf8)
        out += pdf[table.startField.upperBound...]
        return out
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Reads the result again as the input was read (every offset at its object), and refuses
    /// it if the staging folder's path is still anywhere in it.
    private static func check(_ out: [UInt8], folder: String) throws(Refusal) {
        _ = try PDFCrossReference.read(out)
        let needles = [folder, "file://" + HTMLText.relativeURL(path: folder)].map { Array($0.utf8) }
        for needle in needles where !needle.isEmpty {
            if let at = firstIndex(of: needle, in: out) {
                throw Refusal("the path of the folder it was printed from is still in it at byte \(at)")
            }
        }
    }

    /// Where `needle` first occurs in `bytes`: memchr finds each candidate first byte, memcmp the rest.
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, haystack.count >= needle.count else { return nil }
                var at = 0
                while at <= haystack.count - needle.count,
                    let hit = memchr(base + at, Int32(needle[0]), haystack.count - needle.count - at + 1)
                {
                    at = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + at, needle.baseAddress!, needle.count) == 0 { return at }
                    at += 1
                }
                return nil
            }
        }
    }
}
