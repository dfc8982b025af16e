import Foundation
@_spi(Testing) import ISMSKit
import ISMSTestSupport
import Testing

/// A large register's listings are split over pages of their own (`evidence-001.html`, ...).
/// These packs lower the split to 40 records per page, so that a fixture of 93 Annex A controls
/// and 47 evidence records (one of them, and a control, full of hostile text) is paged.
@Suite("Paged pack HTML")
struct PagedPackTests {
    static let perPage = 40
    static let pages = [
        "controls-001.html", "controls-002.html", "controls-003.html", "evidence-001.html", "evidence-002.html",
    ]

    /// The hostile fixture with 45 more evidence records, each supporting one control and the party.
    static func large() throws -> FixtureRegister {
        let fixture = try HTMLFixtures.hostile()
        for (index, control) in AnnexACatalog.controls.prefix(45).enumerated() {
            let id = "ev-bulk-" + String(100 + index)
            try fixture.addEvidence(
                id, folder: "evidence/bulk", file: "\(id).txt", content: "bulk \(index)\n",
                supports: [control.id, "hostile-party"])
        }
        return fixture
    }

    /// Builds a pack into a fresh folder outside the register; the caller removes `folder`.
    static func pack(
        _ fixture: FixtureRegister, perPage: Int = perPage, language: ReportLanguage = .en, zip: Bool = false
    ) throws -> (folder: String, outcome: PackOutcome) {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-paged-" + UUID().uuidString
        var request = PackRequest(
            asOf: CalendarDate(FixtureRegister.asOf)!, language: language, output: folder + "/2026", zip: zip)
        request.recordsPerPage = perPage
        return (folder, try PackBuilder.build(try fixture.load(), request))
    }

    static func htmlFiles(in pack: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: pack).filter { $0.hasSuffix(".html") }.sorted()
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test("a small register stays one index.html, byte for byte the golden files")
    func smallStaysSingle() throws {
        let (folder, _) = try Self.pack(
            try HTMLFixtures.small(), perPage: PackHTMLRenderer.recordsPerPage, language: .nl)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pack = folder + "/2026"
        #expect(try Self.htmlFiles(in: pack) == ["index.html"])
        // The built page is the rendered one plus what binds it to its pack.xml (PrintFrameTests).
        let built = try Self.read(pack + "/index.html")
        let unbound = built.replacing(/\ \ @bottom-left \{ content: "SHA-256 [^\n]*\n/, with: "")
            .replacing(/<footer class="pack-binding">[^\n]*\n/, with: "")
        #expect(unbound.count < built.count - 200, "the built page has its binding")
        let mismatch = Golden.mismatch(unbound, golden: "pack-small.html")
        #expect(mismatch == nil, "\(mismatch ?? "")")
        let (xmlFolder, _) = try Self.pack(try XMLFixtures.small(), perPage: 1)
        defer { try? FileManager.default.removeItem(atPath: xmlFolder) }
        #expect(Golden.mismatch(try Self.read(xmlFolder + "/2026/pack.xml"), golden: "pack-small.xml") == nil)
    }

    @Test("the long listings get pages, listed in the manifest, and the pack and its zip verify")
    func pagesExist() throws {
        let (folder, outcome) = try Self.pack(try Self.large(), zip: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pack = folder + "/2026"
        #expect(try Self.htmlFiles(in: pack) == (["index.html"] + Self.pages).sorted())
        let manifest = try Self.read(pack + "/MANIFEST.sha256")
        for name in ["index.html"] + Self.pages { #expect(manifest.contains("  \(name)\n"), "\(name)") }
        #expect(outcome.fileCount == manifest.split(separator: "\n").count)
        let verified = PackVerifier.verify(pack: pack)
        #expect(verified.intact, "\(verified.problems)")
        let zipped = PackVerifier.verify(pack: pack + ".zip")
        #expect(zipped.intact, "\(zipped.problems)")
        #expect(zipped.filesChecked == verified.filesChecked)
        // index.html keeps the sections, with the pages in place of the articles.
        let index = try Self.read(pack + "/index.html")
        #expect(index.contains("<section id=\"evidence\">"))
        #expect(index.contains("<li><a href=\"evidence-002.html\">page 2 of 2</a>: <a href=\"evidence-002.html#"))
        #expect(index.contains("47 entries, on 2 pages of at most 40 each:"))
        #expect(!index.contains("<article class=\"record evidence\""))
        #expect(!index.contains("<article class=\"record control\" id=\"control-A.5.1\""))
        // Listings that fit stay in index.html.
        #expect(index.contains("<article class=\"record control\" id=\"control-HOSTILE-1\""))
        #expect(index.contains("<article class=\"record party\" id=\"party-hostile-party\""))
        let evidence = try Self.read(pack + "/evidence-002.html")
        #expect(evidence.components(separatedBy: "<article class=\"record evidence\"").count - 1 == 7)
    }

    @Test("every link lands on an anchor of the file it names, and each record is on one page only")
    func links() throws {
        let (folder, _) = try Self.pack(try Self.large())
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pack = folder + "/2026"
        let names = try Self.htmlFiles(in: pack)
        var ids: [String: Set<String>] = [:]
        var owner: [String: [String]] = [:]
        for name in names {
            let found = Set(Self.values("id", in: try Self.read(pack + "/" + name)))
            ids[name] = found
            for id in found where id.contains("-") { owner[id, default: []].append(name) }
        }
        for (id, files) in owner where id.hasPrefix("control-") || id.hasPrefix("evidence-") {
            #expect(files.count == 1, "\(id) is on \(files)")
        }
        var checked = 0
        for name in names {
            for href in Self.values("href", in: try Self.read(pack + "/" + name)) {
                if href.hasPrefix("https://") || href.hasPrefix("mailto:") { continue }
                if href.hasPrefix("evidence/") {
                    let path = pack + "/" + (href.removingPercentEncoding ?? href)
                    #expect(FileManager.default.fileExists(atPath: path), "\(name): \(href)")
                    continue
                }
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? name : String(parts[0])
                #expect(names.contains(file), "\(name): \(href) names no page")
                if parts.count == 2 {
                    #expect(ids[file]?.contains(String(parts[1])) == true, "\(name): \(href) has no target")
                }
                checked += 1
            }
        }
        #expect(checked > 500)
        let first = try Self.read(pack + "/evidence-001.html")
        let second = try Self.read(pack + "/evidence-002.html")
        #expect(first.contains("<a href=\"evidence-002.html\" rel=\"next\">"))
        #expect(!first.contains("rel=\"prev\""))
        #expect(second.contains("<a href=\"evidence-001.html\" rel=\"prev\">"))
        #expect(!second.contains("rel=\"next\""))
        #expect(second.contains("<a href=\"index.html\">Audit pack</a> · <a href=\"index.html#evidence\">Evidence</a>"))
    }

    @Test("every page is as safe as index.html: escaped, no script, no handler, no request, a CSP")
    func pagesAreSafe() throws {
        let (folder, _) = try Self.pack(try Self.large())
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pack = folder + "/2026"
        let names = try Self.htmlFiles(in: pack)
        var payloads = 0
        for name in names {
            let html = try Self.read(pack + "/" + name)
            #expect(
                html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />"), "\(name)")
            #expect(
                html.contains(
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"
                ), "\(name)")
            #expect(html.hasSuffix("</body>\n</html>\n"), "\(name)")
            for tag in ["<script", "<img", "<iframe", "<link", "<object", "<embed", "<base", "<form"] {
                #expect(!html.lowercased().contains(tag), "\(name): \(tag)")
            }
            #expect(!html.contains("\u{202E}"), "\(name)")
            for tag in HTMLFixtures.tags(in: html) {
                let lower = tag.lowercased()
                for handler in [" onmouseover=", " onerror=", " onfocus=", " onload="] {
                    #expect(!lower.contains(handler), "\(name): \(tag)")
                }
                #expect(!lower.contains("javascript:"), "\(name): \(tag)")
            }
            for href in HTMLFixtures.attributeValues("href", in: html) {
                let page = href.range(of: "^[a-z-]+(-[0-9]{3})?\\.html(#.*)?$", options: .regularExpression) != nil
                #expect(
                    href.hasPrefix("#") || href.hasPrefix("https://") || href.hasPrefix("mailto:")
                        || href.hasPrefix("evidence/") || page, "\(name): \(href)")
            }
            #expect(HTMLFixtures.attributeValues("src", in: html).isEmpty, "\(name)")
            payloads += HTMLFixtures.count(HTMLFixtures.escapedPayload, in: html)
            if name != "index.html" && Shell.has(HTMLFixtures.xmllint) { try HTMLFixtures.expectParses(html) }
        }
        // The hostile control and evidence record are on pages, escaped.
        #expect(HTMLFixtures.count(HTMLFixtures.escapedPayload, in: try Self.read(pack + "/controls-001.html")) > 3)
        #expect(HTMLFixtures.count(HTMLFixtures.escapedPayload, in: try Self.read(pack + "/evidence-002.html")) > 1)
        #expect(payloads >= 20)
    }

    @Test("pages speak the report language", arguments: ReportLanguage.allCases)
    func languages(language: ReportLanguage) throws {
        let fixture = try Self.large()
        let report = RegisterChecker.check(try fixture.load(), asOf: CalendarDate(FixtureRegister.asOf)!, hashAll: true)
        let files = PackHTMLRenderer.renderFiles(
            PackContent(report: report, language: language), recordsPerPage: Self.perPage)
        #expect(files.map(\.name) == ["index.html"] + Self.pages)
        let page = try #require(files.first { $0.name == "controls-002.html" }).html
        #expect(page.contains("<html lang=\"\(language.rawValue)\">"))
        switch language {
        case .nl:
            #expect(page.contains("pagina 2 van 3"))
            #expect(page.contains("rel=\"prev\">← vorige pagina</a>"))
            #expect(files[0].html.contains("93 onderdelen, op 3 pagina&#39;s van elk ten hoogste 40:"))
        case .en:
            #expect(page.contains("page 2 of 3"))
            #expect(page.contains("rel=\"next\">next page →</a>"))
        }
    }

    @Test("two runs give byte-identical pages, manifest and zip")
    func deterministic() throws {
        let fixture = try Self.large()
        let (first, _) = try Self.pack(fixture, zip: true)
        defer { try? FileManager.default.removeItem(atPath: first) }
        let (second, _) = try Self.pack(fixture, zip: true)
        defer { try? FileManager.default.removeItem(atPath: second) }
        let names = try Self.htmlFiles(in: first + "/2026") + ["pack.xml", "MANIFEST.sha256"]
        #expect(try Self.htmlFiles(in: second + "/2026") + ["pack.xml", "MANIFEST.sha256"] == names)
        for name in names {
            let a = try Data(contentsOf: URL(fileURLWithPath: first + "/2026/" + name))
            let b = try Data(contentsOf: URL(fileURLWithPath: second + "/2026/" + name))
            #expect(a == b, "\(name)")
        }
        let zipA = try Data(contentsOf: URL(fileURLWithPath: first + "/2026.zip"))
        let zipB = try Data(contentsOf: URL(fileURLWithPath: second + "/2026.zip"))
        #expect(zipA == zipB)
    }

    /// Every value of an attribute in a page (double-quoted, as the renderer writes them).
    static func values(_ attribute: String, in html: String) -> [String] {
        HTMLFixtures.attributeValues(attribute, in: html)
    }
}
