import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

private let browserInstalled =
    FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
    && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
    && (try? Shell.run("/usr/bin/env", ["python3", "-c", "import selenium"]).status) == 0

/// `isms serve` in a real browser (issue 18): `serve_browser.py` drives headless Chromium with
/// Selenium through the printed URL, the SoA grid, a bulk edit, an evidence upload and a save
/// that meets a change made on disk; this suite asserts on what the script saw and, byte for
/// byte, on the register's files. A second register holds hostile texts in every field the pages
/// show, and none of them may run. Screenshots of every page visited are kept in
/// `.build/test-artefacts/serve/` for a person to look at.
///
/// Runs only where `scripts/setup --tests` installed chromium-driver and selenium.
@Suite(
    "isms serve in headless Chromium", .serialized,
    .enabled(if: browserInstalled, "chromedriver, chromium or python3's selenium is missing; skipped"))
struct ServeBrowserTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "serve_browser.py"
    ).path
    static let artefacts = IsmsBinary.repositoryRoot + "/.build/test-artefacts/serve"

    /// Runs the script against a running server and returns the JSON it wrote.
    private func drive(_ server: ServeProcess, root: String, mode: String) throws -> [String: Any] {
        let token = try #require(server.editorToken)
        // This run's screenshots only: none left from an earlier one (a failure's, say).
        for name in (try? FileManager.default.contentsOfDirectory(atPath: Self.artefacts)) ?? []
        where name.hasPrefix(mode + "-") {
            try FileManager.default.removeItem(atPath: Self.artefacts + "/" + name)
        }
        let results = FileManager.default.temporaryDirectory.path + "/isms-browser-" + UUID().uuidString + ".json"
        defer { try? FileManager.default.removeItem(atPath: results) }
        let run = try Shell.run(
            "/usr/bin/env",
            ["python3", Self.script, server.origin + "/login?token=" + token, root, Self.artefacts, results, mode])
        let data = try #require(
            FileManager.default.contents(atPath: results), "serve_browser.py wrote no results: \(run.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["error"] == nil, "serve_browser.py: \(json["error"] ?? "")")
        #expect(json["alert"] == nil, "an alert was opened: \(json["alert"] ?? "")")
        #expect(run.status == 0, "\(run.output)")
        // Every request went to this server. A `data:` URL is no request to a host: Chromium loads
        // its own date picker's icon as one; payloads that would load one are caught by the DOM
        // checks (no element with a `data:` source).
        let requests = json["requests"] as? [String] ?? []
        #expect(!requests.isEmpty)
        let elsewhere = requests.filter { !$0.hasPrefix(server.origin + "/") && !$0.hasPrefix("data:") }
        #expect(elsewhere.isEmpty, "requests to another host: \(elsewhere)")
        return json
    }

    /// Every file of the register but `.isms/`, with its SHA-256.
    private func listing(_ root: String) throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        while let path = enumerator.nextObject() as? String {
            if path == ".isms" || path.hasPrefix(".isms/") { continue }
            var directory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &directory),
                !directory.boolValue
            else { continue }
            files[path] = try FileDigest.compute(path: root + "/" + path).get().sha256
        }
        return files
    }

    /// The lines removed from `old` and the lines added in `new`, in order, when the lines both
    /// keep are the same sequence; nil when the kept lines moved.
    private func changedLines(_ old: String, _ new: String) -> (removed: [String], added: [String]) {
        let a = old.components(separatedBy: "\n")
        let b = new.components(separatedBy: "\n")
        // Longest common subsequence, small files.
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var removed: [String] = []
        var added: [String] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                i += 1
                j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                added.append(b[j])
                j += 1
            } else {
                removed.append(a[i])
                i += 1
            }
        }
        return (removed, added)
    }

    @Test("the grid, a bulk edit, an upload and a conflict, through real clicks; on disk exactly those lines")
    func workflow() throws {
        let register = try FixtureRegister()
        // A custom control without evidence: a gap on the dashboard until evidence is uploaded.
        try register.write("controls/custom/C-9.yaml", FixtureRegister.control("C-9", title: "Backups are tested"))
        let touched = ["A.5.1", "A.5.2", "A.5.3", "A.5.4", "A.6.1"].map { "controls/annex-a/\($0).yaml" }
        var before: [String: String] = [:]
        for path in touched { before[path] = try register.text(path) }
        let listingBefore = try listing(register.root)
        let server = try ServeProcess(root: register.root)
        let started = Date()
        let json = try drive(server, root: register.root, mode: "workflow")
        print("ServeBrowserTests.workflow: browser steps took \(Int(Date().timeIntervalSince(started))) s")

        // The login page first, then the dashboard with C-9 as a gap.
        let login = json["login"] as? [String: Any]
        #expect(login?["hasTokenField"] as? Bool == true)
        let loginText = login?["text"] as? String ?? ""
        #expect(loginText.contains("token") && !loginText.contains("Fixture B.V."), "\(loginText)")
        let dashboard = json["dashboardBefore"] as? [String: Any]
        #expect((dashboard?["url"] as? String)?.hasSuffix("/") == true, "the login redirects to the dashboard")
        #expect((dashboard?["gaps"] as? String ?? "").contains("C-9"), "C-9 is a gap before the upload")

        // Whatever the server answered, nothing the person did not change is changed, and the
        // change made on disk during the conflict step is there as it was written.
        let a61 = "controls/annex-a/A.6.1.yaml"
        #expect(
            try register.text(a61) == before[a61]!.replacingOccurrences(of: "owner: CISO", with: "owner: Board"),
            "the change made on disk is exactly what is there")
        let listingAfter = try listing(register.root)
        let evidence: Set = ["evidence/c-9/restore-test.txt", "evidence/c-9/restore-test.evidence.yaml"]
        let added = Set(listingAfter.keys).subtracting(listingBefore.keys)
        let changed = listingBefore.keys.filter { listingBefore[$0] != listingAfter[$0] }.sorted()
        #expect(added.isSubset(of: evidence), "\(added)")
        #expect(Set(listingBefore.keys).subtracting(listingAfter.keys).isEmpty)
        #expect(Set(changed).isSubset(of: touched), "\(changed)")

        let answer = { (step: String) -> [String: Any] in json[step] as? [String: Any] ?? [:] }
        for step in ["gridSave", "bulkSave", "upload", "conflict"] {
            #expect(!Self.refusedByOrigin(answer(step)), "\(step) was refused by the Origin check")
        }
        try expectSaves(json, register: register, before: before)
        #expect(added == evidence)
        #expect(changed == touched.sorted())

        let screenshots = json["screenshots"] as? [String] ?? []
        #expect(screenshots.count == 13)
        for path in screenshots { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
        print("ServeBrowserTests.workflow: screenshots \(screenshots.joined(separator: ", "))")
    }

    /// True when a step was answered with the Origin check's refusal: the bug this suite found,
    /// when `Referrer-Policy: no-referrer` made Chromium send `Origin: null` with every form POST.
    static func refusedByOrigin(_ answer: [String: Any]) -> Bool {
        answer["notice"] is NSNull && (answer["text"] as? String ?? "").contains("Origin header")
    }

    /// What the saves, the upload and the conflict showed, and the lines they wrote.
    private func expectSaves(_ json: [String: Any], register: FixtureRegister, before: [String: String]) throws {
        let answer = { (step: String) -> [String: Any] in json[step] as? [String: Any] ?? [:] }
        for step in ["gridSave", "bulkSave", "upload"] {
            #expect(answer(step)["notice"] as? String == "notice saved", "\(step): \(answer(step)["text"] ?? "")")
        }
        let rows = json["gridAfter"] as? [String: [String: String]] ?? [:]
        #expect(rows["A.5.1"]?["applicable"] == "false")
        #expect(rows["A.5.1"]?["justification"] == "Not applicable, no information is processed on paper.")
        for id in ["A.5.2", "A.5.3", "A.5.4"] { #expect(rows[id]?["review-by"] == "2027-06-30", "\(id)") }
        #expect(rows["A.5.5"]?["review-by"] == "")

        // The upload: the finding went.
        #expect((answer("upload")["evidence"] as? String ?? "").contains("Restore test"))
        let after = answer("dashboardAfter")
        #expect(!(after["gaps"] as? String ?? "C-9").contains("C-9"), "C-9 is no longer a gap")
        #expect(!(after["findings"] as? String ?? "").contains("C-9"))
        #expect((json["evidenceList"] as? String ?? "").contains("Restore test"))

        // The conflict: refused, with what changed on disk; what was typed is still in the form.
        let conflict = answer("conflict")
        #expect(conflict["notice"] as? String == "notice conflict", "\(conflict["text"] ?? "")")
        let diff = conflict["diff"] as? String ?? ""
        #expect(diff.contains("-owner: CISO") && diff.contains("+owner: Board"), "\(diff)")
        #expect(conflict["justification"] as? String == "Mine, typed in the browser.")

        // On disk: exactly the expected lines of each file the grid changed.
        let expected: [String: (removed: [String], added: [String])] = [
            "controls/annex-a/A.5.1.yaml": (
                ["applicable: true", "justification: Needed for the fixture."],
                ["applicable: false", "justification: Not applicable, no information is processed on paper."]
            ),
            "controls/annex-a/A.5.2.yaml": ([], ["review-by: 2027-06-30"]),
            "controls/annex-a/A.5.3.yaml": ([], ["review-by: 2027-06-30"]),
            "controls/annex-a/A.5.4.yaml": ([], ["review-by: 2027-06-30"]),
        ]
        for (path, lines) in expected {
            let changed = changedLines(before[path]!, try register.text(path))
            #expect(changed.removed == lines.removed, "\(path)")
            #expect(changed.added == lines.added, "\(path)")
        }
        #expect(try register.text("evidence/c-9/restore-test.txt") == "restored 12 files\n")
        let record = try register.text("evidence/c-9/restore-test.evidence.yaml")
        #expect(record.contains("C-9") && record.contains("Restore test") && record.contains("sha256"))
    }

    // MARK: Hostile texts

    /// A subset of `BrowserTests`' payloads (in another test target): markup, attribute breaks,
    /// raw-text breaks, remote loads, Markdown links and images with dangerous schemes, and
    /// direction overrides.
    static let htmlPayloads = [
        "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
        "<img src=\"https://evil.example/img.png\" onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
        "\"><svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\">",
        "'><body onload=\"document.documentElement.setAttribute('data-pwned','body')\">",
        "</title><script>document.documentElement.setAttribute('data-pwned','title')</script>",
        "</textarea></noscript></xmp><script>document.documentElement.setAttribute('data-pwned','raw')</script>",
        "<iframe src=\"https://evil.example/frame\" srcdoc=\"<script>parent.document.title='x'</script>\"></iframe>",
        "<link rel=\"stylesheet\" href=\"https://evil.example/style.css\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/refresh\">",
        "<base href=\"https://evil.example/\">",
        "<p style=\"background:url(https://evil.example/bg.png)\">styled</p>",
        "<a href=\"javascript:document.documentElement.setAttribute('data-pwned','href')\">js</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"document.title='mxss'\">",
        "<noscript><p title=\"</noscript><img src=x onerror=document.title='ns'>\"></noscript>",
        "x\" onclick=\"alert(1)\" data-x=\"",
        "x' onclick='alert(1)' data-x='",
    ]

    static let markdownPayloads = [
        "[click](javascript:document.documentElement.setAttribute('data-pwned','md'))",
        "[case](JaVaScRiPt:alert(1)) [tab](java\tscript:alert(1)) [space]( javascript:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![pixel](https://evil.example/pixel.png) ![svg](data:image/svg+xml,<svg onload=alert(1)>)",
        "<javascript:alert(1)> <data:text/html,<script>alert(1)</script>>",
    ]

    static let textPayloads = ["invoice\u{202E}fdp.exe", "\u{2066}isolated\u{2069} \u{202B}embedded\u{202C}"]

    static func hostile(_ label: String, markdown: Bool = false) -> String {
        let all = [label] + htmlPayloads + textPayloads + (markdown ? markdownPayloads : [])
        return ReportFixture.yaml(all.joined(separator: markdown ? "\n\n" : " "))
    }

    /// A page after loading: nothing a payload would do when it ran, or load when it were markup.
    private func expectInert(_ state: [String: Any], _ name: String) {
        #expect(state["pwned"] is NSNull, "\(name): data-pwned \(state["pwned"] ?? "")")
        let title = state["title"] as? String ?? ""
        #expect(
            !["x", "mxss", "ns"].contains(title) && title.hasSuffix(" · isms workbench"), "\(name): title \(title)")
        #expect(state["scripts"] as? [String] == ["/assets/workbench.js"], "\(name): \(state["scripts"] ?? "")")
        #expect((state["onAttributes"] as? [String])?.isEmpty == true, "\(name): \(state["onAttributes"] ?? "")")
        #expect(state["iframes"] as? Int == 0, "\(name): an iframe, object, embed, base or meta refresh")
        let dangerous = (state["links"] as? [String] ?? []).filter {
            let link = $0.lowercased().trimmingCharacters(in: .whitespaces)
            return ["javascript:", "data:", "vbscript:"].contains { link.hasPrefix($0) }
                || link.contains("evil.example")
        }
        #expect(dangerous.isEmpty, "\(name): \(dangerous)")
    }

    @Test("hostile record texts run nothing on the dashboard, the grid, a record page, the lists and the preview")
    func hostileTextsRunNothing() throws {
        let register = try FixtureRegister()
        try register.write(
            "controls/custom/ORG-1.yaml",
            """
            id: ORG-1
            title: \(Self.hostile("title"))
            applicable: true
            justification: \(Self.hostile("justification"))
            status: implemented
            owner: \(Self.hostile("owner"))
            narrative: \(Self.hostile("narrative", markdown: true))

            """)
        // Evidence whose own file name is markup, and a record of hostile text.
        let fileName = "x\"><img src=x onerror=alert(1)> javascript:alert(1).txt"
        try register.write("evidence/hostile/\(fileName)", "evidence\n")
        try register.write(
            "evidence/hostile/ev-hostile.evidence.yaml",
            """
            id: ev-hostile
            title: \(Self.hostile("evidence title"))
            collected: 2026-03-01
            owner: \(Self.hostile("evidence owner"))
            files: [\(ReportFixture.yaml(fileName))]
            supports: [ORG-1, A.5.1]

            """)
        let server = try ServeProcess(root: register.root)
        let json = try drive(server, root: register.root, mode: "hostile")
        let pages = json["pages"] as? [String: [String: Any]] ?? [:]
        #expect(
            Set(pages.keys)
                == [
                    "dashboard", "soa", "record-org1", "records-control", "record-evidence", "records-evidence",
                    "preview",
                ])
        for (name, state) in pages where name != "preview" { expectInert(state, name) }
        // The narrative's Markdown is rendered only in the preview, which is a POST.
        #expect(!Self.refusedByOrigin(json["previewAnswer"] as? [String: Any] ?? [:]))
        expectInert(pages["preview"] ?? [:], "preview")
        let previewText = json["previewText"] as? String ?? ""
        #expect(previewText.contains("narrative"))
        // The same checks see a page on which script did run and add markup.
        let canary = json["canary"] as? [String: Any] ?? [:]
        #expect(canary["pwned"] as? String == "canary")
        #expect(canary["onAttributes"] as? [String] == ["DIV onclick"])
        #expect((canary["scripts"] as? [String])?.contains("inline: 1") == true)
        #expect(canary["iframes"] as? Int == 1)
        let screenshots = json["screenshots"] as? [String] ?? []
        #expect(screenshots.count == 7)
        print("ServeBrowserTests.hostile: screenshots \(screenshots.joined(separator: ", "))")
    }
}
