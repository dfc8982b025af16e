import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms diff and isms pack --previous, end to end")
struct DiffCommandTests {
    private static let asOf = FixtureRegister.asOf
    private static let justification = "Changed: <b>bold</b> & more"

    /// A register with a custom control, a processing activity, two parties and evidence that
    /// the year will change.
    private static func lastYear() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/ORG-1.yaml", FixtureRegister.control("ORG-1", title: "Own control"))
        try fixture.write(
            "controls/processing/shop.yaml", ProcessingFixtures.activity(id: "shop", recipients: ["host"]))
        try fixture.write("controls/parties/host.yaml", ProcessingFixtures.party(id: "host"))
        try fixture.write("controls/parties/cdn.yaml", ProcessingFixtures.party(id: "cdn"))
        try fixture.addEvidence(
            "ev-old", folder: "evidence/old", file: "old.txt", content: "old\n", collected: "2025-09-01",
            supports: ["ORG-1"])
        try fixture.addEvidence(
            "ev-replace", folder: "evidence/replace", file: "replace.txt", content: "first\n", supports: ["A.5.8"])
        return fixture
    }

    /// The year's changes: applicability, status, owner, justification, a new evidence file, a
    /// replaced file, an expired record, a processing activity's retention, a removed party.
    /// What `FixtureRegister.control` gives every control, kept so that only the changed keys differ.
    private static let requirements = "requirements: [Fixture policy]\n"

    private static func changeTheYear(_ fixture: FixtureRegister) throws {
        try fixture.write(
            "controls/annex-a/A.5.3.yaml",
            FixtureRegister.control("A.5.3", title: "Segregation of duties", applicable: false))
        try fixture.write(
            "controls/annex-a/A.5.4.yaml",
            ReportFixture.control(
                "A.5.4", title: "Management responsibilities", justification: "Needed for the fixture.",
                status: "partial") + Self.requirements)
        try fixture.write(
            "controls/annex-a/A.5.5.yaml",
            ReportFixture.control(
                "A.5.5", title: "Contact with authorities", justification: "Needed for the fixture.",
                owner: "Security Officer") + Self.requirements)
        try fixture.write(
            "controls/annex-a/A.5.6.yaml",
            ReportFixture.control("A.5.6", title: "Contact with special interest groups", justification: justification)
                + Self.requirements)
        try fixture.addEvidence(
            "ev-new", folder: "evidence/new", file: "new.txt", content: "new\n", collected: "2026-05-01",
            supports: ["A.5.7"])
        try fixture.addEvidence(
            "ev-replace", folder: "evidence/replace", file: "replace.txt", content: "second\n", supports: ["A.5.8"])
        try fixture.addEvidence(
            "ev-old", folder: "evidence/old", file: "old.txt", content: "old\n", collected: "2025-09-01",
            supports: ["ORG-1"], extra: "expires: 2026-05-01")
        try fixture.write(
            "controls/processing/shop.yaml",
            ProcessingFixtures.activity(id: "shop", recipients: ["host"], retention: "90 days"))
        try fixture.remove("controls/parties/cdn.yaml")
    }

    private static var expectedLines: [String] {
        get throws {
            let first = try FixtureRegister.sha256(of: "first\n")
            let second = try FixtureRegister.sha256(of: "second\n")
            return [
                "control A.5.3 applicable: true → false",
                "control A.5.3 status: implemented → not-started",
                // An excluded control of FixtureRegister.control names no requirement.
                #"control A.5.3 requirements: "Fixture policy" → (none)"#,
                "control A.5.4 status: implemented → partial",
                #"control A.5.5 owner: "CISO" → "Security Officer""#,
                #"control A.5.6 justification: "Needed for the fixture." → "Changed: <b>bold</b> & more""#,
                "control ORG-1 lost coverage: covered → expired",
                #"evidence ev-new added: "Evidence ev-new" (evidence/new/new.txt)"#,
                #"evidence ev-old expired: "Evidence ev-old", not current since 2026-05-01"#,
                "evidence ev-replace replaced: evidence/replace/replace.txt: \(first) → \(second)",
                #"processing-activity shop retention: "while customer" → "90 days""#,
                #"party cdn removed: "Party cdn""#,
                "12 changes",
            ]
        }
    }

    /// A fresh folder outside any register, removed by the caller.
    private static func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/isms-diff-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private static func pack(_ fixture: FixtureRegister, _ extra: [String]) throws -> IsmsBinary.Result {
        try IsmsBinary.run(["pack", "-C", fixture.root, "--as-of", asOf] + extra)
    }

    /// The change lines of a text report: everything after the heading line.
    private static func changeLines(_ output: String) -> [String] {
        Array(output.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast().map(String.init))
    }

    @Test("pack --previous: pack.xml validates and holds the changes, index.html shows them first, escaped")
    func packWithPrevious() throws {
        let work = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let fixture = try Self.lastYear()
        let first = try Self.pack(fixture, ["--out", work + "/2025", "--zip"])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        try Self.changeTheYear(fixture)

        for previous in [work + "/2025", work + "/2025.zip"] {
            let result = try Self.pack(fixture, ["--previous", previous])
            // The expired record is an error of the check (E301): the pack is written, exit 1.
            #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            let folder = fixture.root + "/reports/2026"
            let xml = try String(contentsOfFile: folder + "/pack.xml", encoding: .utf8)
            #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
            if Shell.has("/usr/bin/xmllint") {
                let lint = try Shell.run(
                    "/usr/bin/xmllint",
                    [
                        "--noout", "--nonet", "--schema", IsmsBinary.repositoryRoot + "/schema/audit-pack.xsd",
                        folder + "/pack.xml",
                    ])
                #expect(lint.status == 0, "\(lint.output)")
            }
            #expect(xml.contains("<changes previous-as-of=\"2026-06-01\" previous-audit=\"2026\">"))
            #expect(xml.contains("<field name=\"applicable\">\n        <old>true</old>\n        <new>false</new>"))
            #expect(xml.contains("<old>CISO</old>\n        <new>Security Officer</new>"))
            #expect(xml.contains("<new>Changed: &lt;b&gt;bold&lt;/b&gt; &amp; more</new>"))
            #expect(
                xml.contains(
                    "<coverage-change record=\"control\" id=\"ORG-1\" name=\"Own control\" change=\"lost\" old-state=\"covered\" new-state=\"expired\"/>"
                ))
            #expect(xml.contains("<evidence-change id=\"ev-new\" title=\"Evidence ev-new\" change=\"added\">"))
            #expect(
                xml.contains(
                    "<evidence-change id=\"ev-old\" title=\"Evidence ev-old\" change=\"expired\" ended=\"2026-05-01\">")
            )
            #expect(xml.contains("<file path=\"evidence/replace/replace.txt\" change=\"replaced\" old-sha256=\""))
            #expect(
                xml.contains(
                    "<field name=\"retention\">\n        <old>while customer</old>\n        <new>90 days</new>"))
            #expect(xml.contains("<party-change id=\"cdn\" name=\"Party cdn\" change=\"removed\"/>"))

            let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
            let changes = try #require(html.range(of: "<section id=\"changes\">"))
            #expect(changes.lowerBound < html.range(of: "<section id=\"summary\">")!.lowerBound)
            #expect(html.contains(". Changes since the previous audit</h2>"))
            #expect(html.contains("Changed: &lt;b&gt;bold&lt;/b&gt; &amp; more"))
            #expect(!html.contains("<b>bold</b>"))
            #expect(html.contains("Security Officer"))
            #expect(html.contains("90 days"))
            #expect(html.contains("Party cdn"))
            #expect(html.contains("evidence/new/new.txt"))

            // The new pack is itself intact.
            let verify = try IsmsBinary.run(["verify", folder])
            #expect(verify.status == 0, "\(verify.stdout)")
        }
    }

    @Test("isms diff pack↔pack, zip↔register and register↔register give the same lines; JSON and md")
    func diffSides() throws {
        let work = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let old = try Self.lastYear()
        let new = try Self.lastYear()
        #expect(try Self.pack(old, ["--out", work + "/old", "--zip"]).status == 0)
        try Self.changeTheYear(new)
        #expect(try Self.pack(new, ["--out", work + "/new"]).status == 1)
        let expected = try Self.expectedLines

        let packs = try IsmsBinary.run(["diff", work + "/old", work + "/new"])
        #expect(packs.status == 0, "\(packs.stderr)")
        #expect(
            packs.stdout.hasPrefix(
                "isms diff: \(work)/old (pack, as of 2026-06-01) → \(work)/new (pack, as of 2026-06-01)\n"))
        #expect(Self.changeLines(packs.stdout) == expected)

        let zipRegister = try IsmsBinary.run(["diff", work + "/old.zip", new.root, "--as-of", Self.asOf])
        #expect(zipRegister.status == 0, "\(zipRegister.stderr)")
        #expect(zipRegister.stdout.contains("→ \(new.root) (register, as of 2026-06-01)\n"))
        #expect(Self.changeLines(zipRegister.stdout) == expected)

        let registers = try IsmsBinary.run(["diff", old.root, new.root, "--as-of", Self.asOf])
        #expect(registers.status == 0, "\(registers.stderr)")
        #expect(Self.changeLines(registers.stdout) == expected)

        // A register compared with its own pack: nothing changed.
        let same = try IsmsBinary.run(["diff", work + "/new", new.root, "--as-of", Self.asOf])
        #expect(same.status == 0)
        #expect(same.stdout.hasSuffix("\nno changes\n"))

        let json = try IsmsBinary.run(["diff", work + "/old.zip", work + "/new", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "isms-diff")
        // One change per line of the text form.
        #expect(object["changes"] as? Int == 12)
        #expect((object["controls"] as? [Any])?.count == 4)
        #expect((object["coverage"] as? [Any])?.count == 1)
        #expect((object["evidence"] as? [Any])?.count == 3)
        let parties = try #require(object["parties"] as? [[String: Any]])
        #expect(parties.first?["id"] as? String == "cdn")
        #expect(parties.first?["change"] as? String == "removed")

        let markdown = try IsmsBinary.run(["diff", work + "/old", work + "/new", "--format", "md"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Changes since the previous audit\n"))
        #expect(
            markdown.stdout.contains(
                "| A.5.6 | Contact with special interest groups | changed | justification | Needed for the fixture. | Changed: &lt;b>bold&lt;/b> &amp; more |"
            ))
    }

    @Test("unreadable sides exit 2: nothing there, neither pack nor register, a tampered pack, a link out of it")
    func unreadableSides() throws {
        let work = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let fixture = try Self.lastYear()
        #expect(try Self.pack(fixture, ["--out", work + "/old"]).status == 0)

        let missing = try IsmsBinary.run(["diff", work + "/nothing", fixture.root])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist"))

        try FileManager.default.createDirectory(atPath: work + "/empty", withIntermediateDirectories: true)
        let empty = try IsmsBinary.run(["diff", work + "/empty", fixture.root])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("neither an audit pack"))

        let usage = try IsmsBinary.run(["diff", work + "/old", fixture.root, "--format", "xml"])
        #expect(usage.status == 2)

        // A pack whose evidence copy is now a link to a file outside it is refused, unread.
        let copy = work + "/linked"
        try FileManager.default.copyItem(atPath: work + "/old", toPath: copy)
        try FileManager.default.removeItem(atPath: copy + "/evidence/old/old.txt")
        try FileManager.default.createSymbolicLink(
            atPath: copy + "/evidence/old/old.txt", withDestinationPath: "/etc/passwd")
        let linked = try IsmsBinary.run(["diff", copy, fixture.root])
        #expect(linked.status == 2)
        #expect(linked.stderr.contains("not an intact audit pack"))
        #expect(linked.stderr.contains("symbolic link"))

        // A tampered pack.xml is refused by diff, and by pack --previous before anything is written.
        let tampered = work + "/tampered"
        try FileManager.default.copyItem(atPath: work + "/old", toPath: tampered)
        let xml = try String(contentsOfFile: tampered + "/pack.xml", encoding: .utf8)
        try Data(xml.replacingOccurrences(of: "<owner>CISO</owner>", with: "<owner>Nobody</owner>").utf8)
            .write(to: URL(fileURLWithPath: tampered + "/pack.xml"))
        let diff = try IsmsBinary.run(["diff", tampered, fixture.root])
        #expect(diff.status == 2)
        #expect(diff.stderr.contains("pack.xml: SHA-256 differs"))
        let pack = try Self.pack(fixture, ["--previous", tampered])
        #expect(pack.status == 1)
        #expect(pack.stderr.contains("the previous pack cannot be used"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/reports/2026"))
    }
}
