import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("Pack index.html")
struct PackHTMLTests {
    @Test("register text cannot become markup, script, an event handler or a javascript: link")
    func hostileRegister() throws {
        let fixture = try HTMLFixtures.hostile()
        let html = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .nl))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.lowercased().contains("<iframe"))
        for tag in HTMLFixtures.tags(in: html) {
            let lower = tag.lowercased()
            for handler in [" onmouseover=", " onerror=", " onfocus=", " onload="] {
                #expect(!lower.contains(handler), "\(tag)")
            }
            #expect(!lower.contains("javascript:"), "\(tag)")
        }
        for href in HTMLFixtures.attributeValues("href", in: html) {
            let folded = href.lowercased().filter { !$0.isWhitespace }
            #expect(!folded.hasPrefix("javascript") && !folded.hasPrefix("data:") && !folded.hasPrefix("vbscript"))
            #expect(
                folded.hasPrefix("#") || folded.hasPrefix("https://") || folded.hasPrefix("mailto:")
                    || folded.hasPrefix("evidence/"), "\(href)")
        }
        // The payload is there, as text: in titles, owners, narrative, Art. 30 fields, parties, evidence.
        #expect(HTMLFixtures.count(HTMLFixtures.escapedPayload, in: html) >= 20)
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("[U+202E]"))
        #expect(!html.contains("\u{202E}"))
    }

    @Test("an excluded control's status reads n.v.t. / not applicable, never not started (issue 15)")
    func excludedStatus() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.7.4.yaml",
            FixtureRegister.control("A.7.4", title: "Physical security monitoring", applicable: false))
        for (language, shown) in [(ReportLanguage.nl, "n.v.t."), (.en, "not applicable")] {
            let html = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, language))
            let row = try PackTesting.excerpt(
                html, from: "<tr><td class=\"id\"><a href=\"#control-A.7.4\">", to: "</tr>")
            #expect(row.contains("<td>\(shown)</td>"), "\(row)")
            #expect(!row.contains("not started") && !row.contains("niet gestart"))
        }
    }

    @Test("the page makes no request of any kind: no src, no url() but local fragments, a CSP")
    func noRequests() throws {
        let fixture = try HTMLFixtures.hostile()
        let html = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .en))
        #expect(HTMLFixtures.attributeValues("src", in: html).isEmpty)
        #expect(!HTMLFixtures.tags(in: html).contains { $0.contains(" src=") || $0.contains(" srcset=") })
        #expect(!html.contains("@import"))
        for part in html.components(separatedBy: "url(").dropFirst() {
            #expect(part.hasPrefix("#"), "\(part.prefix(40))")
        }
        for tag in ["<link", "<object", "<embed", "<base", "<form", "<iframe", "<audio", "<video", "<source"] {
            #expect(!html.contains(tag), "\(tag)")
        }
        #expect(
            html.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"
            ))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta charset=\"utf-8\" />"))
    }

    @Test("evidence files link to their pack copies, each path segment percent-encoded")
    func fileLinks() throws {
        let fixture = try HTMLFixtures.hostile()
        let html = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .en))
        let files = HTMLFixtures.attributeValues("href", in: html).filter { $0.hasPrefix("evidence/") }
        #expect(files.contains("evidence/hostile/a%20b%23c%3Fd%20%C3%AB.txt"))
        #expect(files.contains("evidence/hostile/%22%20onmouseover%3D%22x.txt"))
        #expect(files.contains("evidence/hostile/javascript%3Aalert%281%29.txt"))
        #expect(files.contains("evidence/hostile/%3Cscript%3Ealert%281%29%3C/script%3E.txt"))
        for file in files {
            #expect(file.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-._~%/".contains($0)) }, "\(file)")
        }
    }

    @Test("a file that is not copied into the pack (changed since pinned, missing) is named, not linked")
    func unusableFiles() throws {
        let fixture = try FixtureRegister()
        try fixture.addEvidence("ev-changed", folder: "evidence/changed", file: "changed.txt", supports: ["A.5.1"])
        try fixture.write("evidence/changed/changed.txt", "edited after pinning\n")
        try fixture.write(
            "evidence/gone/ev-gone.evidence.yaml",
            "id: ev-gone\ntitle: Gone\ncollected: 2026-03-01\nowner: CISO\nfiles: [gone.txt]\nsupports: [A.5.2]\n")
        let html = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .en))
        let files = HTMLFixtures.attributeValues("href", in: html).filter { $0.hasPrefix("evidence/") }
        #expect(!files.contains("evidence/changed/changed.txt"))
        #expect(!files.contains("evidence/gone/gone.txt"))
        #expect(files.contains("evidence/policy/policy.txt"))
        #expect(html.contains("changed.txt <span class=\"muted\">(not available)</span>"))
        #expect(html.contains("gone.txt <span class=\"muted\">(not available)</span>"))
    }

    @Test("an independent HTML parser (xmllint) reads the page: well-formed, no script element")
    func xmllintParses() throws {
        try #require(Shell.has(HTMLFixtures.xmllint), "xmllint (libxml2-utils) is not installed")
        let fixture = try HTMLFixtures.hostile()
        for language in ReportLanguage.allCases {
            let html = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, language))
            try HTMLFixtures.expectParses(html)
        }
    }

    @Test("labels follow the report language", arguments: ReportLanguage.allCases)
    func languages(language: ReportLanguage) throws {
        let fixture = try FixtureRegister()
        let html = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, language))
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        let expected: [String]
        let foreign: [String]
        switch language {
        case .nl:
            expected = [
                "Verklaring van toepasselijkheid", "Verwerkingsregister", "Meldingen van de registercontrole", "Bewijs",
                "Verzameld", "Verloopt", "bewijs actueel", "niet van toepassing", "Peildatum",
            ]
            foreign = ["Statement of Applicability", "Findings", "Collected"]
        case .en:
            expected = ["Statement of Applicability", "Register of processing activities", "Findings", "Collected"]
            foreign = ["Verklaring van toepasselijkheid", "Verwerkingsregister", "Bevindingen", "Verzameld"]
        }
        for label in expected { #expect(html.contains(label), "\(label)") }
        for label in foreign { #expect(!html.contains(label), "\(label)") }
    }

    @Test("sections come in order, with safe anchors for every control and evidence record")
    func structure() throws {
        let fixture = try FixtureRegister()
        let html = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .nl))
        let order = [
            "id=\"summary\"", "id=\"soa\"", "id=\"controls\"", "id=\"processing\"", "id=\"parties\"",
            "id=\"evidence\"", "id=\"findings\"",
        ]
        let positions = order.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        for control in AnnexACatalog.controls {
            #expect(html.contains("id=\"control-\(control.id)\""), "\(control.id)")
            #expect(html.contains("href=\"#control-\(control.id)\""), "\(control.id)")
        }
        #expect(html.contains("id=\"evidence-ev-policy\""))
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.contains("@media print"))
        #expect(html.contains("overflow-wrap: anywhere"))
        #expect(HTMLText.anchor("control", "a_b c\"") == "control-a_5Fb_20c_22")
    }

    @Test("the same content gives the same bytes")
    func deterministic() throws {
        let fixture = try HTMLFixtures.hostile()
        let first = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .nl))
        let second = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .nl))
        #expect(first == second)
    }

    @Test("a small register's page matches the golden file")
    func golden() throws {
        let fixture = try HTMLFixtures.small()
        let html = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .nl))
        let mismatch = Golden.mismatch(html, golden: "pack-small.html")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test("the example register of this repository renders and parses")
    func exampleRegister() throws {
        let loaded = try RegisterLoader.load(root: IsmsBinary.repositoryRoot)
        let report = RegisterChecker.check(loaded, asOf: CalendarDate("2026-11-02")!, hashAll: true)
        let html = PackHTMLRenderer.render(PackContent(report: report, language: .nl))
        #expect(html.contains("PSMS B.V."))
        #expect(html.contains("id=\"processing-newsletter\""))
        if Shell.has(HTMLFixtures.xmllint) { try HTMLFixtures.expectParses(html) }
    }
}

/// Registers and checks for the index.html tests.
enum HTMLFixtures {
    static let xmllint = "/usr/bin/xmllint"
    static let payload = "<script>alert(1)</script>\" onmouseover=\"x' onfocus='y javascript:alert(1)"
    static let escapedPayload = "&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x&#39; onfocus=&#39;y"

    static func content(_ fixture: FixtureRegister, _ language: ReportLanguage) throws -> PackContent {
        let report = RegisterChecker.check(try fixture.load(), asOf: CalendarDate(FixtureRegister.asOf)!, hashAll: true)
        return PackContent(report: report, language: language)
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// The baseline fixture with the payload in every kind of string field.
    static func hostile() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        let p = quoted(payload + " \u{202E}reversed " + String(repeating: "W", count: 300))
        let narrative = quoted(
            "# \(payload)\n\n<script>alert(2)</script> <img src=x onerror=alert(1)>\n\n"
                + "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c]( javascript:alert(1)) [d](data:text/html,x) "
                + "[e](vbscript:x) ![t](https://tracker.example/p.gif) <javascript:alert(1)> [ok](https://example.org/\"x)\n\n"
                + "- \(payload)\n- `\(payload)`\n\n> \(payload)")
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            """
            id: A.5.1
            title: \(p)
            applicable: true
            justification: \(p)
            status: implemented
            owner: \(p)
            processing: [hostile-processing]
            narrative: \(narrative)

            """)
        try fixture.write(
            "controls/custom/hostile.yaml",
            "id: HOSTILE-1\ntitle: \(p)\napplicable: true\njustification: \(p)\nstatus: planned\nowner: \(p)\nnarrative: \(narrative)\n"
        )
        try fixture.write(
            "controls/processing/hostile.yaml",
            """
            id: hostile-processing
            name: \(p)
            purposes: [\(p)]
            legal-basis: consent
            data-subjects: [\(p)]
            data-categories: [\(p)]
            special-categories: [\(p)]
            recipients: [hostile-party]
            transfers: [{country: US, safeguard: SCC}]
            retention: \(p)
            controls: [A.5.1]
            automated-decisions: false
            minors: \(p)
            source: \(p)

            """)
        try fixture.write(
            "controls/parties/hostile.yaml",
            """
            id: hostile-party
            name: \(p)
            role: processor
            country: "US"
            services: [\(p)]
            privacy-url: "javascript:alert(1)"
            transfer-safeguard: SCC

            """)
        let files = [
            "a b#c?d ë.txt", "\" onmouseover=\"x.txt", "javascript:alert(1).txt", "<script>alert(1)</script>.txt",
        ]
        for file in files { try fixture.write("evidence/hostile/\(file)", "sample\n") }
        try fixture.write(
            "evidence/hostile/ev-hostile.evidence.yaml",
            """
            id: ev-hostile
            title: \(p)
            collected: 2026-03-01
            owner: \(p)
            files: [\(files.map(quoted).joined(separator: ", "))]
            supports: [A.5.1, HOSTILE-1, hostile-processing, hostile-party]

            """)
        return fixture
    }

    /// A small register for the golden file: two Annex A controls, one of the organisation's
    /// own, a processing activity, a processor and one evidence record with an awkward file name.
    static func small() throws -> FixtureRegister {
        let fixture = try FixtureRegister(baseline: false)
        try fixture.write("isms.yaml", FixtureRegister.settings)
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            FixtureRegister.control(
                "A.5.1", title: "Policies for information security",
                extra:
                    "processing: [newsletter]\nnarrative: |\n  Approved by the **board**; see the [policy](https://example.org/policy).\n\n  - reviewed yearly\n  - published on the intranet\n"
            ))
        try fixture.write(
            "controls/annex-a/A.7.4.yaml",
            FixtureRegister.control("A.7.4", title: "Physical security monitoring", applicable: false))
        try fixture.write("controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own control"))
        try fixture.write(
            "controls/processing/newsletter.yaml",
            ProcessingFixtures.activity(id: "newsletter", recipients: ["mailer"], controls: ["A.5.1"]))
        try fixture.write("controls/parties/mailer.yaml", ProcessingFixtures.party(id: "mailer", role: "processor"))
        try fixture.addEvidence(
            "ev-policy", file: "policy 2026 #1.txt", supports: ["A.5.1", "newsletter", "mailer"])
        return fixture
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// Every tag of a page, from `<` to `>`: where an attribute would have to be.
    static func tags(in html: String) -> [Substring] {
        html.split(separator: "<").map { $0.prefix { $0 != ">" } }
    }

    /// The values of an attribute in every tag (double-quoted, as the renderer writes them).
    static func attributeValues(_ name: String, in html: String) -> [String] {
        tags(in: html).flatMap { tag in
            tag.components(separatedBy: " \(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
    }

    /// Parses the page with xmllint as HTML (only HTML5 element names unknown to libxml2's HTML 4
    /// parser may be reported) and as XML (it must be well-formed), and counts script elements.
    static func expectParses(_ html: String) throws {
        let file = FileManager.default.temporaryDirectory.path + "/isms-index-\(UUID().uuidString).html"
        try Data(html.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let asHTML = try Shell.run(xmllint, ["--html", "--noout", "--nonet", file])
        let serious = asHTML.output.split(separator: "\n").filter {
            $0.contains("parser error") && $0.range(of: "Tag [a-z]+ invalid", options: .regularExpression) == nil
        }
        #expect(serious.isEmpty, "\(asHTML.output)")
        let asXML = try Shell.run(xmllint, ["--noout", "--nonet", file])
        #expect(asXML.status == 0 && asXML.output.isEmpty, "\(asXML.output)")
        let scripts = try Shell.run(xmllint, ["--html", "--nonet", "--xpath", "count(//script)", file])
        #expect(scripts.output.hasSuffix("0") || scripts.output.contains("\n0"), "\(scripts.output)")
        let xmlScripts = try Shell.run(xmllint, ["--nonet", "--xpath", "count(//script)", file])
        #expect(xmlScripts.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}
