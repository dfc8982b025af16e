import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

private let chromiumInstalled = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")

/// The pack's index.html opened in a real browser: a register whose every text field holds
/// hostile payloads is packed with the built `isms`, and headless Chromium loads the page.
/// The dumped DOM must hold no script element and no event-handler attribute, no element that
/// loads or submits anything, and no link with a dangerous scheme; Chromium's net log must show
/// no request made by the page. A canary page that does run a script and load an image proves
/// each detector sees what it is meant to see. A screenshot is left for a person to look at.
///
/// Runs only where Chromium is installed (`apt-get install chromium`; .ci/run installs it).
@Suite(
    "index.html in headless Chromium", .serialized,
    // Skipped, with this reason in the test log, on a machine without Chromium.
    .enabled(if: chromiumInstalled, "Chromium is not installed at /usr/bin/chromium; skipped"))
struct BrowserTests {
    static let chromium = "/usr/bin/chromium"

    /// Markup, script and style injections; each tries to run code that marks the page, or to
    /// make the browser fetch from evil.example.
    static let htmlPayloads = [
        "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
        "<img src=\"https://evil.example/img.png\" onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
        "\"><svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\">",
        "'><body onload=\"document.documentElement.setAttribute('data-pwned','body')\">",
        "</title><script>document.documentElement.setAttribute('data-pwned','title')</script>",
        "</style><style>*{display:none}</style>",
        "</textarea></noscript></xmp><script>document.documentElement.setAttribute('data-pwned','raw')</script>",
        "<iframe src=\"https://evil.example/frame\" srcdoc=\"<script>parent.document.title='x'</script>\"></iframe>",
        "<link rel=\"stylesheet\" href=\"https://evil.example/style.css\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/refresh\">",
        "<base href=\"https://evil.example/\">",
        "<p style=\"background:url(https://evil.example/bg.png)\">styled</p>",
        "<form action=\"https://evil.example/form\"><button formaction=\"javascript:alert(1)\">go</button></form>",
        "<a href=\"javascript:document.documentElement.setAttribute('data-pwned','href')\">js</a>",
        "<object data=\"https://evil.example/object\"></object><embed src=\"https://evil.example/embed\">",
        "<svg><script>document.documentElement.setAttribute('data-pwned','svg-script')</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"document.title='mxss'\">",
        "<noscript><p title=\"</noscript><img src=x onerror=document.title='ns'>\"></noscript>",
        "<div onmouseover=\"alert(1)\" onfocus=\"alert(1)\" autofocus tabindex=\"1\">hover</div>",
        "<video><source onerror=\"alert(1)\"></video><audio src=x onerror=alert(1)>",
        "<![CDATA[ ]]> <!-- comment --> <?php echo 1; ?>",
        "&lt;script&gt;entity-encoded&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;",
        "x\" onclick=\"alert(1)\" data-x=\"",
        "x' onclick='alert(1)' data-x='",
        "@import url(https://evil.example/import.css); body { background: url('https://evil.example/b.png') }",
        "{{constructor.constructor('alert(1)')()}} ${alert(1)}",
    ]

    /// Link and image injections in Markdown narratives.
    static let markdownPayloads = [
        "[click](javascript:document.documentElement.setAttribute('data-pwned','md'))",
        "[case](JaVaScRiPt:alert(1)) [tab](java\tscript:alert(1)) [space]( javascript:alert(1))",
        "[entity](&#106;avascript:alert(1)) [colon](javascript&colon;alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[vb](vbscript:msgbox(1)) [file](file:///etc/passwd) [net](//evil.example/x) [unc](\\\\evil.example\\x)",
        "![pixel](https://evil.example/pixel.png) ![svg](data:image/svg+xml,<svg onload=alert(1)>)",
        "<javascript:alert(1)> <data:text/html,<script>alert(1)</script>>",
        "[quote](https://evil.example/\"onmouseover=\"alert(1)) [ok](https://evil.example/followed-only-on-click)",
    ]

    /// Direction overrides, isolates and a very long word.
    static let textPayloads = [
        "invoice\u{202E}fdp.exe", "\u{2066}isolated\u{2069} \u{202B}embedded\u{202C} \u{202D}override",
        String(repeating: "W", count: 3000),
    ]

    static var payloadCount: Int { htmlPayloads.count + markdownPayloads.count + textPayloads.count }

    /// Every payload in one text, as a YAML double-quoted scalar.
    static func hostile(_ label: String, markdown: Bool = false) -> String {
        let all = [label] + htmlPayloads + textPayloads + (markdown ? markdownPayloads : [])
        return ReportFixture.yaml(all.joined(separator: markdown ? "\n\n" : " "))
    }

    /// A register in which every free-text field holds every payload.
    static func hostileRegister() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.write(
            "isms.yaml",
            """
            organisation:
              name: \(hostile("organisation"))
              address: \(hostile("address"))
              contact-email: \(hostile("email"))
              phone: \(hostile("phone"))
              website: "javascript:document.documentElement.setAttribute('data-pwned','website')"
              security-officer: \(hostile("officer"))
              supervisory-authority: \(hostile("authority"))
            scope: \(hostile("scope"))
            standard: ISO/IEC 27001:2022
            audit:
              id: "2026"
              period-start: 2026-01-01
              period-end: 2026-12-31
              certification-body: \(hostile("certification body"))
            \(RiskMethodTemplate.section.replacingOccurrences(of: "description: Less than once in ten years.", with: "description: \(hostile("scale"))"))report-language: en

            """)
        try fixture.write(
            "controls/custom/ORG-1.yaml",
            """
            id: ORG-1
            title: \(hostile("title"))
            applicable: true
            justification: \(hostile("justification"))
            status: implemented
            owner: \(hostile("owner"))
            processing: [hostile]
            narrative: \(hostile("narrative", markdown: true))

            """)
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            """
            id: A.5.1
            title: Policies for information security
            applicable: true
            justification: \(hostile("annex justification"))
            status: implemented
            owner: \(hostile("annex owner"))
            narrative: \(hostile("annex narrative", markdown: true))

            """)
        try fixture.write(
            "controls/processing/hostile.yaml",
            """
            id: hostile
            name: \(hostile("name"))
            purposes: [\(hostile("purpose"))]
            legal-basis: consent
            data-subjects: [\(hostile("subjects"))]
            data-categories: [\(hostile("categories"))]
            special-categories: [\(hostile("special"))]
            recipients: [evil-party]
            transfers:
              - country: "US"
                safeguard: SCC
            retention: \(hostile("retention"))
            controls: [ORG-1]
            automated-decisions: false
            minors: \(hostile("minors"))
            source: \(hostile("source"))

            """)
        try fixture.write(
            "controls/parties/evil-party.yaml",
            """
            id: evil-party
            name: \(hostile("party"))
            role: processor
            country: "US"
            services: [\(hostile("service"))]
            privacy-url: "javascript:document.documentElement.setAttribute('data-pwned','privacy')"
            transfer-safeguard: SCC

            """)
        try fixture.write(
            "controls/risks/R-1.yaml",
            """
            id: R-1
            title: \(hostile("risk title"))
            description: \(hostile("risk description"))
            assets: [\(hostile("asset"))]
            threat: \(hostile("threat"))
            vulnerability: \(hostile("vulnerability"))
            owner: \(hostile("risk owner"))
            identified: 2026-03-01
            inherent: {likelihood: possible, impact: major}
            treatment: modify
            controls: [ORG-1, A.5.1]
            planned:
              - action: \(hostile("action"))
                owner: \(hostile("action owner"))
                due: 2026-09-30
            residual: {likelihood: unlikely, impact: major}
            acceptance:
              by: \(hostile("accepted by"))
              date: 2026-03-01
              level: medium
              until: 2027-03-01
            processing: [hostile]
            status: treated

            """)
        try writeHostileManagementSystem(fixture)
        try writeHostileIncident(fixture)
        // Evidence whose own file name is markup, and a record of hostile text.
        let fileName = "x\"><img src=x onerror=alert(1)> javascript:alert(1).txt"
        try fixture.write("evidence/hostile/\(fileName)", "evidence\n")
        try fixture.write(
            "evidence/hostile/ev-hostile.evidence.yaml",
            """
            id: ev-hostile
            title: \(hostile("evidence title"))
            collected: 2026-03-01
            owner: \(hostile("evidence owner"))
            files: [\(ReportFixture.yaml(fileName)), \(ReportFixture.yaml("<script>missing</script>.pdf"))]
            supports: [ORG-1, hostile, evil-party, A.5.1]

            """)
        return fixture
    }

    /// A personal-data breach whose every free-text field holds every payload.
    static func writeHostileIncident(_ fixture: FixtureRegister) throws {
        try fixture.write(
            "controls/incidents/INC-H.yaml",
            """
            id: INC-H
            title: \(hostile("incident title"))
            aware: 2026-05-04T18:00+02:00
            category: \(hostile("incident category"))
            severity: high
            description: \(hostile("incident description"))
            personal-data-breach: true
            breach:
              risk: high
              reasoning: \(hostile("breach reasoning"))
              notified-authority: 2026-05-08T10:00+02:00
              authority-reference: \(hostile("authority reference"))
              delay-reason: \(hostile("delay reason"))
              exemption:
                ground: 34(3)(c)
                reasoning: \(hostile("exemption reasoning"))
            remedial-action: \(hostile("remedial action"))
            lessons: \(hostile("lessons"))
            closed: 2026-05-10

            """)
    }

    /// An objective, an internal audit, a nonconformity and a management review whose every
    /// free-text field holds every payload (the review's inputs as Markdown).
    static func writeHostileManagementSystem(_ fixture: FixtureRegister) throws {
        try fixture.write(
            "controls/objectives/OBJ-H.yaml",
            """
            id: OBJ-H
            objective: \(hostile("objective"))
            measure:
              what: \(hostile("measure"))
              target: 95
              unit: \(hostile("unit"))
              direction: at-least
            owner: \(hostile("objective owner"))
            due: 2026-12-31
            measurements:
              - date: 2026-03-01
                value: 90
                note: \(hostile("measurement note"))
              - date: 2026-05-01
                value: 97
            status: active
            controls: [ORG-1, A.5.1]
            risks: [R-1]

            """)
        try fixture.write(
            "controls/audits/IA-H.yaml",
            """
            id: IA-H
            title: \(hostile("audit title"))
            planned: 2026-04-13
            performed: 2026-04-15
            report: ev-hostile
            scope: [clause-9, clause-6.1.2, A.5, A.5.1]
            criteria: \(hostile("criteria"))
            auditor: \(hostile("auditor"))
            conclusion: \(hostile("conclusion"))

            """)
        try fixture.write(
            "controls/nonconformities/NC-H.yaml",
            """
            id: NC-H
            title: \(hostile("nonconformity title"))
            source: internal-audit
            raised-in: IA-H
            grade: major
            requirement: A.5.1
            description: \(hostile("nonconformity description"))
            raised: 2026-04-15
            correction: \(hostile("correction"))
            root-cause: \(hostile("root cause"))
            actions:
              - action: \(hostile("corrective action"))
                owner: \(hostile("corrective owner"))
                due: 2026-05-01
            effectiveness:
              due: 2026-08-01
              by: \(hostile("reviewer"))
              result: \(hostile("effectiveness result"))

            """)
        let inputs = ManagementReview.Input.allCases.filter { $0 != .partyFeedback }.map { input in
            "  \(input.rawValue): \(hostile("input " + input.rawValue, markdown: true))"
        }
        try fixture.write(
            "controls/reviews/MR-H.yaml",
            """
            id: MR-H
            date: 2026-05-15
            attendees: [\(hostile("attendee"))]
            inputs:
            \(inputs.joined(separator: "\n"))
            decisions:
              - decision: \(hostile("decision"))
                actions:
                  - action: \(hostile("decision action"))
                    owner: \(hostile("decision owner"))
                    due: 2026-09-30
            minutes: ev-hostile

            """)
    }

    // MARK: - Chromium

    private static let quietFlags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--hide-scrollbars",
        // Nothing leaves the machine, whatever is requested: every host name fails to resolve.
        "--host-resolver-rules=MAP * ~NOTFOUND",
    ]

    /// Runs Chromium on a page with a fresh profile, bounded in time; returns standard output.
    private static func chromium(_ flags: [String], page: String, in folder: String) throws -> String {
        let profile = folder + "/profile-" + UUID().uuidString
        let result = try Shell.run(
            "/usr/bin/timeout",
            ["120", chromium] + quietFlags + ["--user-data-dir=" + profile] + flags + ["file://" + page])
        try? FileManager.default.removeItem(atPath: profile)
        #expect(result.status == 0, "chromium exited \(result.status)")
        return result.output
    }

    /// What the DOM holds, parsed by Python's HTML parser: elements by name, event-handler and
    /// marker attributes, link and source targets, and the title.
    private struct DOMSummary: Decodable {
        let tags: [String: Int]
        let handlers: [String]
        let pwned: [String]
        let hrefs: [String]
        let sources: [String]
        let title: String
    }

    private static func summarise(dom path: String) throws -> DOMSummary {
        let script = """
            import html.parser, json, sys
            class P(html.parser.HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True)
                    self.tags, self.handlers, self.pwned, self.hrefs, self.sources = {}, [], [], [], []
                    self.title, self.in_title = "", False
                def handle_starttag(self, tag, attrs):
                    self.tags[tag] = self.tags.get(tag, 0) + 1
                    self.in_title = tag == "title" and self.tags[tag] == 1
                    for name, value in attrs:
                        value = value or ""
                        if name.startswith("on"): self.handlers.append(tag + " " + name)
                        if name == "data-pwned": self.pwned.append(value)
                        if name in ("href", "action", "formaction"): self.hrefs.append(value)
                        if name in ("src", "srcdoc", "data", "poster"): self.sources.append(value)
                def handle_endtag(self, tag): self.in_title = False
                def handle_data(self, data):
                    if self.in_title: self.title += data
            p = P()
            p.feed(open(sys.argv[1], encoding="utf-8").read())
            print(json.dumps({"tags": p.tags, "handlers": p.handlers, "pwned": p.pwned, "hrefs": p.hrefs,
                              "sources": p.sources, "title": p.title}))
            """
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script, path])
        try #require(result.status == 0, "\(result.output)")
        return try JSONDecoder().decode(DOMSummary.self, from: Data(result.output.utf8))
    }

    /// URLs that the page itself asked for (browser-internal requests have no origin), and
    /// whether any event of the log mentions evil.example at all.
    private struct NetSummary: Decodable {
        let pageRequests: [String]
        let mentionsEvil: Bool
    }

    private static func summarise(netLog path: String) throws -> NetSummary {
        let script = """
            import json, sys
            log = json.load(open(sys.argv[1], encoding="utf-8"))
            names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
            page, evil = [], False
            for event in log.get("events", []):
                params = event.get("params", {})
                if "evil.example" in json.dumps(params): evil = True
                # The job's start (it names the URL and who asked); its end has only the result.
                start = names.get(event["type"]) == "URL_REQUEST_START_JOB" and "url" in params
                if start and params.get("initiator") != "not an origin":
                    page.append(params.get("url", ""))
            print(json.dumps({"pageRequests": page, "mentionsEvil": evil}))
            """
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script, path])
        try #require(result.status == 0, "\(result.output)")
        return try JSONDecoder().decode(NetSummary.self, from: Data(result.output.utf8))
    }

    private static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-browser-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func dumpDOM(_ page: String, in folder: String, netLog: String? = nil) throws -> DOMSummary {
        let flags = ["--dump-dom"] + (netLog.map { ["--log-net-log=" + $0] } ?? [])
        let dom = try chromium(flags, page: page, in: folder)
        let path = folder + "/dom-" + UUID().uuidString + ".html"
        try Data(dom.utf8).write(to: URL(fileURLWithPath: path))
        return try summarise(dom: path)
    }

    /// Loads a page of a hostile pack in Chromium: no script element or event handler in its DOM,
    /// no element that loads or submits anything, no dangerous link, and no request but file://.
    private static func expectInert(_ page: String, in folder: String, screenshot: String) throws {
        let dom = try Self.dumpDOM(page, in: folder)
        #expect(dom.tags["script"] == nil, "script elements: \(dom.tags)")
        #expect(dom.handlers.isEmpty, "event handlers: \(dom.handlers)")
        #expect(dom.pwned.isEmpty, "a payload ran: \(dom.pwned)")
        for tag in ["iframe", "object", "embed", "img", "link", "base", "form", "button", "video", "audio", "source"] {
            #expect(dom.tags[tag] == nil, "<\(tag)> in the DOM")
        }
        // The page's own stylesheet and its print frame (the running header and footer).
        #expect(dom.tags["style"] == 2, "only the page's own style elements: \(dom.tags["style"] ?? 0)")
        #expect(dom.tags["meta"] == 4, "charset, CSP, referrer and viewport only: \(dom.tags["meta"] ?? 0)")
        #expect(dom.sources.isEmpty, "\(dom.sources)")
        for href in dom.hrefs {
            let scheme = href.lowercased().filter { !$0.isWhitespace }
            #expect(
                !["javascript:", "data:", "vbscript:", "file:", "//"].contains(where: { scheme.hasPrefix($0) }),
                "a dangerous link survived: \(href)")
        }
        #expect(!["mxss", "ns", "x"].contains(dom.title), "a payload set the title: \(dom.title)")

        let netLog = folder + "/net.json"
        _ = try Self.chromium(
            ["--log-net-log=" + netLog, "--screenshot=" + screenshot, "--window-size=1280,2400"], page: page,
            in: folder)
        let net = try Self.summarise(netLog: netLog)
        #expect(net.pageRequests.allSatisfy { $0.hasPrefix("file://") }, "the page requested: \(net.pageRequests)")
        #expect(!net.mentionsEvil, "the net log mentions evil.example")
        #expect(FileManager.default.fileExists(atPath: screenshot))
    }

    // MARK: - Tests

    @Test("the detectors see a script that runs and an image that loads (canary page)")
    func canary() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/canary.html"
        try Data(
            """
            <!DOCTYPE html><html><head><title>canary</title></head><body>
            <img src="https://evil.example/canary.png" onerror="void 0">
            <script>document.documentElement.setAttribute('data-pwned', 'canary')</script>
            </body></html>
            """.utf8
        ).write(to: URL(fileURLWithPath: page))
        let dom = try Self.dumpDOM(page, in: folder, netLog: folder + "/net.json")
        #expect(dom.tags["script"] == 1)
        #expect(dom.handlers == ["img onerror"])
        #expect(dom.pwned == ["canary"])
        let net = try Self.summarise(netLog: folder + "/net.json")
        #expect(net.pageRequests.contains("https://evil.example/canary.png"), "\(net.pageRequests)")
        #expect(net.mentionsEvil)
    }

    /// Packs `fixture` into a new temporary folder: that folder, and the pack inside it. Exit 1
    /// (the hostile register has findings) still writes the pack.
    private static func pack(_ fixture: FixtureRegister) throws -> (folder: String, out: String) {
        let folder = try temporaryFolder()
        let out = folder + "/pack"
        let pack = try IsmsBinary.run(["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--out", out])
        try #require(pack.status == 0 || pack.status == 1, "\(pack.stdout)\(pack.stderr)")
        return (folder, out)
    }

    @Test("a register full of hostile payloads runs nothing and loads nothing in Chromium")
    func hostilePayloads() throws {
        let fixture = try Self.hostileRegister()
        let (folder, out) = try Self.pack(fixture)
        let page = out + "/index.html"
        let html = try String(contentsOfFile: page, encoding: .utf8)
        // The payloads did reach the page, as text.
        #expect(html.contains("&lt;script&gt;document.documentElement.setAttribute"))
        #expect(html.contains("invoice[U+202E]fdp.exe"))
        // The risk section is on the page, with its hostile texts as text.
        #expect(html.contains("<article class=\"record risk\" id=\"risk-R-1\">"))
        #expect(html.contains("risk description &lt;script&gt;"))
        // So are the management system's sections, their hostile texts as text.
        for anchor in ["objective-OBJ-H", "audit-IA-H", "nonconformity-NC-H", "review-MR-H", "incident-INC-H"] {
            #expect(html.contains("id=\"\(anchor)\""), "\(anchor) is on the page")
        }
        #expect(html.contains("<section id=\"clauses\">") && html.contains("<table class=\"audit-grid\">"))
        #expect(html.contains("<svg class=\"chart objective-chart\""))
        #expect(html.contains("nonconformity description &lt;script&gt;"))
        #expect(html.contains("breach reasoning &lt;script&gt;") && html.contains("<table class=\"breaches\">"))
        #expect(html.contains("<p>input improvement</p>\n<p>&lt;script&gt;document"))

        let screenshot = folder + "/index.png"
        try Self.expectInert(page, in: folder, screenshot: screenshot)
        print("BrowserTests: \(Self.payloadCount) hostile payloads in every text field; screenshot: \(screenshot)")
    }

    @Test("a page of a split listing is as inert as index.html")
    func pagedListing() throws {
        let fixture = try Self.hostileRegister()
        // More evidence records than index.html shows: the evidence listing gets pages of its own.
        for index in 0..<PackHTMLRenderer.recordsPerPage {
            let id = "ev-bulk-" + String(1000 + index)
            try fixture.write(
                "evidence/bulk/\(id).evidence.yaml",
                "id: \(id)\ntitle: Bulk \(index)\ncollected: 2026-03-01\nowner: Ops\nfiles: [\(id).txt]\nsupports: [ORG-1]\n"
            )
            try fixture.write("evidence/bulk/\(id).txt", "bulk \(index)\n")
        }
        let (folder, out) = try Self.pack(fixture)
        // ev-hostile sorts after the bulk records: on the second page.
        let page = out + "/evidence-002.html"
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("id=\"evidence-ev-hostile\""))
        #expect(html.contains("&lt;script&gt;document.documentElement.setAttribute"))
        #expect(html.contains("<a href=\"evidence-001.html\" rel=\"prev\">"))
        try Self.expectInert(page, in: folder, screenshot: folder + "/evidence-002.png")
        #expect(try IsmsBinary.run(["verify", out]).status == 0)
        print("BrowserTests: paged evidence listing checked; screenshot: \(folder)/evidence-002.png")
    }
}
