import Foundation
import ISMSTestSupport
import Testing

private let printToolsInstalled =
    FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
    && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftoppm")

/// The pack as an auditor prints it: the example register's index.html printed to A4 by headless
/// Chromium, then read back from the PDF with poppler (`pdftotext -bbox`: every word with its
/// box). The SoA must fit on at most 8 landscape pages with its header on each, no word may lie
/// outside the printable area or be broken inside itself, every page carries the running header,
/// the page number and pack.xml's SHA-256, and each section starts a page. A canary page proves
/// that the split-word and margin detectors fire. PNG renderings are kept for a person to look at
/// in `.build/test-artefacts/print/`.
///
/// Runs only where Chromium and poppler-utils are installed (.ci/run installs both).
@Suite(
    "the printed pack (Chromium to PDF, read with poppler)", .serialized,
    .enabled(if: printToolsInstalled, "chromium or poppler-utils is not installed; skipped"))
struct PrintTests {
    /// Paper printers cannot print closer than this to the sheet's edge (in PDF points).
    static let printableInset = 5 * 72 / 25.4

    @Test("the example register's pack prints as an auditor needs it", arguments: ["nl", "en"])
    func examplePack(language: String) throws {
        let folder = try PrintedPDF.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/2026"
        let pack = try IsmsBinary.run([
            "pack", "-C", IsmsBinary.repositoryRoot, "--as-of", "2026-11-02", "--lang", language, "--no-previous",
            "--out", out,
        ])
        try #require(pack.status == 0, "\(pack.stdout)\(pack.stderr)")
        let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        let pdf = try PrintedPDF.print(out + "/index.html", to: folder + "/index.pdf")
        let words = language == "nl" ? Expected.dutch : Expected.english

        // The SoA: the landscape pages, consecutive, at most 8, each with the table's header,
        // together holding every Annex A control.
        let soa = pdf.pages.indices.filter { pdf.pages[$0].isLandscape }
        #expect((1...8).contains(soa.count), "the SoA takes \(soa.count) pages")
        #expect(soa == Array((soa.first ?? 0)...(soa.last ?? 0)), "SoA pages \(soa) are not consecutive")
        for index in soa {
            #expect(pdf.pages[index].texts.contains(words.justification), "page \(index + 1): no repeated header")
        }
        let soaWords = Set(soa.flatMap { pdf.pages[$0].texts })
        let annexA = Set(html.matches(of: /<td class="id"><a href="#control-(A\.\d+\.\d+)">/).map { String($0.1) })
        #expect(annexA.count == 93)
        #expect(annexA.subtracting(soaWords).isEmpty, "missing from the SoA pages: \(annexA.subtracting(soaWords))")

        // Nothing outside the printable area, no word broken inside itself.
        let outside = pdf.wordsOutside(inset: Self.printableInset)
        #expect(outside.isEmpty, "outside the printable area: \(outside.prefix(10))")
        let splits = pdf.splitWords(vocabulary: PrintedPDF.vocabulary(ofHTML: html))
        #expect(splits.isEmpty, "words broken inside themselves: \(splits.prefix(10))")

        // Every page: the running header, its number of the count, and what ties it to the pack.
        let manifest = try String(contentsOfFile: out + "/MANIFEST.sha256", encoding: .utf8)
        let xmlDigest = try #require(
            manifest.split(separator: "\n").first { $0.hasSuffix("  pack.xml") }?.split(separator: " ").first)
        for (index, page) in pdf.pages.enumerated() {
            let text = page.texts.joined(separator: " ")
            #expect(text.contains("PSMS B.V."), "page \(index + 1): no running header")
            #expect(text.contains("\(words.page) \(index + 1) \(words.of) \(pdf.pages.count)"), "page \(index + 1)")
            #expect(page.texts.contains(String(xmlDigest)), "page \(index + 1): no pack.xml SHA-256 in the footer")
        }

        // Each numbered section starts a page: its heading is the page's first line below the header.
        let titles = html.matches(of: /<section id="[a-z-]+">\n<h2>(\d+)\. ([^<]+)<\/h2>/).map { ($0.1, $0.2) }
        #expect(titles.count >= 10)
        for (number, title) in titles {
            let first = String(title.split(separator: " ").first ?? "").replacingOccurrences(of: "&#39;", with: "'")
            let page = pdf.pages.firstIndex { $0.firstContentLine.starts(with: ["\(number).", first]) }
            #expect(page != nil, "section \(number). \(title) does not start a page")
        }

        // For a person to look at: the first page and the first SoA page.
        let artefacts = try PrintedPDF.keep(pdf.path, pages: [1, (soa.first ?? 0) + 1], as: "example-\(language)")
        print("PrintTests: \(pdf.pages.count) pages, SoA on \(soa.count); PNG: \(artefacts.joined(separator: ", "))")
    }

    @Test("the detectors see a header word split by a narrow column and a word in the margin (canary)")
    func canary() throws {
        let folder = try PrintedPDF.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/canary.html"
        try Data(
            """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>canary</title>
            <style>@page { size: A4; margin: 2mm; } body { margin: 0; font: 14pt sans-serif; }
            table { table-layout: fixed; width: 20mm; margin: 10mm; } th { overflow-wrap: anywhere; }</style>
            </head><body>
            <p>Marge overschreden</p>
            <table><thead><tr><th>Referentiekader</th></tr></thead></table>
            </body></html>
            """.utf8
        ).write(to: URL(fileURLWithPath: page))
        let pdf = try PrintedPDF.print(page, to: folder + "/canary.pdf")
        let splits = pdf.splitWords(vocabulary: ["Referentiekader", "Marge", "overschreden"])
        #expect(splits.contains { $0.hasSuffix("Referentiekader") }, "\(splits)")
        #expect(pdf.wordsOutside(inset: Self.printableInset).contains { $0.hasSuffix(": Marge") })
    }

    /// The words the test looks for on the printed pages, in each language.
    struct Expected {
        let justification: String
        let page: String
        let of: String

        static let dutch = Expected(justification: "Rechtvaardiging", page: "Pagina", of: "van")
        static let english = Expected(justification: "Justification", page: "Page", of: "of")
    }
}

/// A PDF as poppler reads it: each page's size and its words with their boxes, in reading order.
struct PrintedPDF {
    struct Word: Decodable {
        let xMin: Double
        let yMin: Double
        let xMax: Double
        let yMax: Double
        let text: String
    }

    struct Page: Decodable {
        let width: Double
        let height: Double
        let words: [Word]

        var isLandscape: Bool { width > height }
        var texts: [String] { words.map(\.text) }

        /// The words of the first line below the running header (which is the page's top line).
        var firstContentLine: [String] {
            var tops: [Double] = []
            for top in words.map(\.yMin).sorted() where tops.last.map({ top - $0 > 2 }) ?? true { tops.append(top) }
            guard tops.count > 1 else { return [] }
            return words.filter { abs($0.yMin - tops[1]) <= 2 }.sorted { $0.xMin < $1.xMin }.map(\.text)
        }
    }

    let path: String
    let pages: [Page]

    /// Prints `page` with headless Chromium (A4 from the page's own @page rules, no browser
    /// header or footer) and reads the result back.
    static func print(_ page: String, to pdf: String) throws -> PrintedPDF {
        let profile = (pdf as NSString).deletingLastPathComponent + "/chromium-profile"
        let result = try Shell.run(
            "/usr/bin/chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + profile,
                "--print-to-pdf=" + pdf, URL(fileURLWithPath: page).absoluteString,
            ])
        try #require(FileManager.default.fileExists(atPath: pdf), "Chromium wrote no PDF: \(result.output)")
        let script = """
            import html.parser, json, sys
            class P(html.parser.HTMLParser):
                def __init__(self):
                    super().__init__()
                    self.pages, self.word = [], None
                def handle_starttag(self, tag, attrs):
                    a = dict(attrs)
                    if tag == "page":
                        self.pages.append({"width": float(a["width"]), "height": float(a["height"]), "words": []})
                    elif tag == "word":
                        self.word = {k: float(a[k]) for k in ("xmin", "ymin", "xmax", "ymax")}
                        self.word["text"] = ""
                def handle_data(self, data):
                    if self.word is not None: self.word["text"] += data
                def handle_endtag(self, tag):
                    if tag == "word" and self.word is not None:
                        w = self.word
                        self.pages[-1]["words"].append({"xMin": w["xmin"], "yMin": w["ymin"], "xMax": w["xmax"],
                                                        "yMax": w["ymax"], "text": w["text"]})
                        self.word = None
            p = P()
            p.feed(sys.stdin.read())
            print(json.dumps(p.pages))
            """
        let text = try Shell.run("/usr/bin/pdftotext", ["-bbox", pdf, "-"])
        try #require(text.status == 0, "\(text.output)")
        let parsed = try Shell.run("/usr/bin/env", ["python3", "-c", script], stdin: Data(text.output.utf8))
        try #require(parsed.status == 0, "\(parsed.output)")
        let pages = try JSONDecoder().decode([Page].self, from: Data(parsed.output.utf8))
        try #require(!pages.isEmpty)
        return PrintedPDF(path: pdf, pages: pages)
    }

    /// Words whose box comes closer than `inset` to the sheet's edge, as "page N: word".
    func wordsOutside(inset: Double) -> [String] {
        pages.enumerated().flatMap { number, page in
            page.words.filter {
                $0.xMin < inset || $0.yMin < inset || $0.xMax > page.width - inset || $0.yMax > page.height - inset
            }.map { "page \(number + 1): \($0.text)" }
        }
    }

    /// Runs of up to four words, each on a later line than the one before, that together make
    /// a word of the page while one of them alone is not one: a word broken inside itself
    /// ("gede" / "kt"). A break after a hyphen or slash is one the word allows, and a hex digest
    /// (a SHA-256) is no word: it may break anywhere.
    func splitWords(vocabulary: Set<String>) -> [String] {
        var splits: [String] = []
        for (number, page) in pages.enumerated() {
            let words = page.words
            for start in words.indices {
                var pieces = [PrintedPDF.bare(words[start].text)]
                for next in (start + 1)..<min(start + 4, words.count) {
                    guard words[next].yMin > words[next - 1].yMin + 1, let last = pieces.last?.last,
                        !"-/–".contains(last)
                    else { break }
                    pieces.append(PrintedPDF.bare(words[next].text))
                    let joined = pieces.joined()
                    guard joined.wholeMatch(of: /[0-9a-f]{16,}/) == nil else { break }
                    if vocabulary.contains(joined), !pieces.allSatisfy(vocabulary.contains) {
                        splits.append("page \(number + 1): \(pieces.joined(separator: " | ")) = \(joined)")
                        break
                    }
                }
            }
        }
        return splits
    }

    /// Every word of at least four letters in the page's text (markup removed, entities read).
    static func vocabulary(ofHTML html: String) -> Set<String> {
        let text = html.replacing(/<[^>]*>/, with: " ").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        return Set(text.split(whereSeparator: \.isWhitespace).map { bare(String($0)) }.filter { $0.count >= 4 })
    }

    /// A word without the punctuation around it.
    static func bare(_ word: String) -> String {
        word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()[]\"'“”‘’«»"))
    }

    /// Renders pages to PNG in `.build/test-artefacts/print/`, for a person to look at.
    static func keep(_ pdf: String, pages: [Int], as name: String) throws -> [String] {
        let folder = IsmsBinary.repositoryRoot + "/.build/test-artefacts/print"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try pages.map { page in
            let prefix = "\(folder)/\(name)-page-\(page)"
            let result = try Shell.run(
                "/usr/bin/pdftoppm", ["-r", "80", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", pdf, prefix])
            try #require(result.status == 0, "\(result.output)")
            let png = prefix + ".png"
            try #require((try? FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0 > 1000)
            return png
        }
    }

    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-print-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
