import Foundation
@_spi(Testing) import ISMSKit
import Testing

/// PDFNormaliser on small PDFs written here in the shape Skia writes (a classic xref table of
/// 20-byte entries, a trailer, startxref): dates become the as-of date, file URIs into the
/// staging folder become relative, other strings and stream data stay, every cross-reference
/// offset still points at its object, and a PDF it cannot read is refused.
@Suite("pack.pdf normaliser: dates, file URIs, cross-reference table")
struct PDFNormaliserTests {
    static let folder = "/tmp/stage x/.isms-staging-1-2026-abc"
    static let asOf = CalendarDate("2026-11-02")!

    /// Objects 1 to n, then the xref table and trailer, with offsets computed here.
    static func pdf(_ objects: [String]) -> [UInt8] {
        var out = Array("%PDF-1.4\n%isms\n".utf8)
        var offsets: [Int] = []
        for (k, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(k + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let text = String(offset)
            table += String(repeating: "0", count: 10 - text.count) + text + " 00000 n \n"
        }
        table += "trailer\n<</Size \(objects.count + 1)\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n\(xref)\n%%EOF"
        return out + Array(table.utf8)
    }

    static let objects = [
        "<</Title (upstream \\(report\\) stream)\n/Producer (Skia/PDF m156)\n"
            + "/CreationDate (D:20261202130108+00'00')\n/ModDate (D:20261202130108+00'00')>>",
        "<</Type /Catalog\n/Pages 3 0 R>>",
        "<</Type /Annot\n/A <</Type /Action\n/S /URI\n/URI (file:///tmp/stage%20x/.isms-staging-1-2026-abc/evidence/a%20b.txt)>>>>",
        "<</Type /Annot\n/A <</S /URI\n/URI (https://example.com/\\(x\\))>>>>",
        // Stream data is not PDF syntax: what looks like a date or a URI in it must stay.
        "<</Length 44>> stream\n/ModDate (D:19990101) /URI (file:///etc/x)\nendstream",
        // A hex string, as Skia may write a URI, naming a file with a parenthesis.
        "<</S /URI /URI <" + hex("file:///tmp/stage%20x/.isms-staging-1-2026-abc/evidence/r(1).txt") + ">>>",
        "<</S /URI /URI (file:///tmp/stage%20x/notes/x.html#part-2)>>",
    ]

    static func hex(_ text: String) -> String {
        text.utf8.map { String($0, radix: 16, uppercase: true) }.joined()
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("both dates become the as-of date at 00:00 UTC, in Skia's format")
    func dates() throws {
        let out = Self.text(try PDFNormaliser.normalise(Self.pdf(Self.objects), asOf: Self.asOf, folder: Self.folder))
        #expect(out.contains("/CreationDate (D:20261102000000+00'00')"))
        #expect(out.contains("/ModDate (D:20261102000000+00'00')"))
        #expect(!out.contains("D:20261202130108"))
        #expect(out.contains("/Title (upstream \\(report\\) stream)"))
    }

    @Test("file URIs into the folder become relative, others and stream data stay")
    func uris() throws {
        let out = Self.text(try PDFNormaliser.normalise(Self.pdf(Self.objects), asOf: Self.asOf, folder: Self.folder))
        #expect(out.contains("/URI (evidence/a%20b.txt)"))
        #expect(out.contains("/URI (evidence/r%281%29.txt)"))
        #expect(out.contains("/URI (../notes/x.html#part-2)"))
        #expect(out.contains("/URI (https://example.com/\\(x\\))"))
        #expect(out.contains("stream\n/ModDate (D:19990101) /URI (file:///etc/x)\nendstream"))
        #expect(!out.contains("stage"))
    }

    @Test("every cross-reference offset, and startxref, points at its object after the edits")
    func offsets() throws {
        let input = Self.pdf(Self.objects)
        let out = try PDFNormaliser.normalise(input, asOf: Self.asOf, folder: Self.folder)
        #expect(out.count != input.count)
        let text = Self.text(out)
        let startxref = try #require(text.range(of: "startxref\n", options: .backwards))
        let xref = try #require(Int(text[startxref.upperBound...].prefix { $0.isNumber }))
        #expect(out[xref..<xref + 5].elementsEqual("xref\n".utf8))
        let lines = Self.text(Array(out[xref...])).split(separator: "\n")
        #expect(lines[1] == "0 \(Self.objects.count + 1)")
        for object in 1...Self.objects.count {
            let entry = lines[2 + object]
            #expect(entry.hasSuffix(" 00000 n "))
            let offset = try #require(Int(entry.prefix(10)))
            #expect(out[offset...].starts(with: Array("\(object) 0 obj\n".utf8)), "object \(object)")
        }
        // The same bytes again: normalising is idempotent.
        #expect(try PDFNormaliser.normalise(out, asOf: Self.asOf, folder: Self.folder) == out)
    }

    static func malformed() -> [(String, [UInt8])] {
        let text = Self.text(pdf(objects))
        // The first object is at byte 15, after "%PDF-1.4\n%isms\n".
        let xref = String(text.utf8.count - text[text.range(of: "xref\n0 ")!.lowerBound...].utf8.count)
        return [
            ("not a PDF", Array(text.utf8.dropFirst(1))),
            ("no startxref", Array(text.utf8.dropLast(30))),
            (
                "an entry one byte off",
                Array(text.replacingOccurrences(of: "0000000015 00000 n", with: "0000000016 00000 n").utf8)
            ),
            (
                "startxref not at xref",
                Array(text.replacingOccurrences(of: "startxref\n" + xref, with: "startxref\n15").utf8)
            ),
            ("an incremental update", Array(text.replacingOccurrences(of: "/Size", with: "/Prev 9 /Size").utf8)),
            ("a string that never ends", pdf(Array(objects.dropLast()) + ["<</URI (file:///tmp/x>>"])),
            ("a file URI outside Chromium's forms", pdf(["<</URI (file:relative.txt)>>"])),
        ]
    }

    @Test("a PDF it cannot read as Skia writes it is refused, not rewritten", arguments: malformed().map(\.0))
    func refused(_ label: String) throws {
        let input = try #require(Self.malformed().first { $0.0 == label }?.1)
        #expect(throws: PDFNormaliser.Refusal.self, "\(label)") {
            try PDFNormaliser.normalise(input, asOf: Self.asOf, folder: Self.folder)
        }
    }

    @Test("a path of the staging folder left anywhere (here in stream data) is refused")
    func leftoverPath() {
        let input = Self.pdf(["<</Length 38>> stream\n\(Self.folder)\nendstream"])
        #expect(throws: PDFNormaliser.Refusal.self) {
            try PDFNormaliser.normalise(input, asOf: Self.asOf, folder: Self.folder)
        }
    }
}
