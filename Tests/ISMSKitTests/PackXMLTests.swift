import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("pack.xml: rendering, schema, escaping, safe reading")
struct PackXMLTests {
    // MARK: Valid for any register

    @Test("the valid fixture's pack is valid (libxml2 and xmllint)")
    func validFixture() throws {
        let xml = try XMLFixtures.render(try FixtureRegister())
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)).isEmpty)
        try XMLFixtures.expectXmllintValid(xml)
        #expect(xml.contains("<summary errors=\"0\" warnings=\"0\">"))
        #expect(xml.contains("<total covered=\"93\" expiring=\"0\" expired=\"0\" missing=\"0\" not-applicable=\"0\"/>"))
    }

    @Test("a register full of errors still gives a valid pack, without dangling references")
    func brokenRegister() throws {
        let fixture = try XMLFixtures.broken()
        let content = try XMLFixtures.content(fixture)
        #expect(content.report.diagnostics.errorCount > 15)
        let xml = PackXMLRenderer.render(content)
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try XMLFixtures.expectXmllintValid(xml)
        // Every finding is in the pack.
        #expect(XMLFixtures.count("<finding ", in: xml) == content.report.diagnostics.findings.count)
        #expect(xml.contains("applicable=\"undecided\""))
        #expect(xml.contains("problem=\"missing\""))
        #expect(xml.contains("problem=\"outside\""))
        #expect(xml.contains("problem=\"unusable\""))
        #expect(xml.contains("collected=\"0000-01-01\""))
        // Unknown references are left out; a party sharing a control's id is left out.
        #expect(!xml.contains("ref=\"nowhere\""))
        #expect(!xml.contains("ref=\"ghost\""))
        #expect(XMLFixtures.count("id=\"shared\"", in: xml) == 1)
    }

    @Test("a register whose isms.yaml cannot be read gives a valid pack")
    func brokenSettings() throws {
        let fixture = try FixtureRegister()
        try fixture.write("isms.yaml", "organisation: [\n")
        let xml = try XMLFixtures.render(fixture)
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try XMLFixtures.expectXmllintValid(xml)
    }

    @Test("the example register's pack is valid")
    func exampleRegister() throws {
        let loaded = try RegisterLoader.load(root: IsmsBinary.repositoryRoot)
        let report = RegisterChecker.check(loaded, asOf: CalendarDate("2026-11-02")!, hashAll: true)
        let xml = PackXMLRenderer.render(PackContent(report: report, language: .nl))
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try XMLFixtures.expectXmllintValid(xml)
        #expect(XMLFixtures.count("<control id=\"A.", in: xml) == 93)
        #expect(xml.contains("language=\"nl\""))
        #expect(xml.contains("<processing-activity id="))
        #expect(xml.contains("<party id="))
    }

    // MARK: Determinism and golden file

    @Test("rendering is deterministic")
    func deterministic() throws {
        let fixture = try XMLFixtures.broken()
        let first = try XMLFixtures.render(fixture)
        let second = try XMLFixtures.render(fixture)
        #expect(first == second)
        let content = try XMLFixtures.content(fixture)
        #expect(PackXMLRenderer.render(content) == PackXMLRenderer.render(content))
    }

    @Test("a small register's pack.xml matches the golden file")
    func golden() throws {
        let xml = try XMLFixtures.render(try XMLFixtures.small(), asOf: "2026-06-01")
        #expect(Golden.mismatch(xml, golden: "pack-small.xml") == nil)
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
    }

    @Test("the schema built into the binary is schema/audit-pack.xsd byte for byte")
    func embeddedSchema() throws {
        let file = try String(contentsOfFile: XMLFixtures.schemaPath, encoding: .utf8)
        #expect(AuditPackSchema.text == file)
        #expect(AuditPackSchema.text.contains("targetNamespace=\"\(AuditPackSchema.namespace)\""))
    }

    // MARK: Escaping

    @Test("hostile text survives as text and the pack stays valid")
    func hostileText() throws {
        let fixture = try FixtureRegister()
        let hostile = #"<script>alert(1)</script> ]]> &amp; \"double\" 'single' \u0001 \uFFFE end"#
        let expected = "<script>alert(1)</script> ]]> &amp; \"double\" 'single' \u{FFFD} \u{FFFD} end"
        try fixture.write(
            "controls/custom/h.yaml",
            """
            id: H-1
            title: "\(hostile)"
            applicable: true
            justification: "\(hostile)"
            status: implemented
            owner: "\(hostile)"
            narrative: "\(hostile)\\nline two\\r\\nline three"
            processing: [p-1]

            """)
        try fixture.write(
            "controls/processing/p.yaml",
            """
            id: p-1
            name: "\(hostile)"
            purposes: ["\(hostile)"]
            legal-basis: contract
            data-subjects: [Customers]
            data-categories: [Name]
            special-categories: []
            recipients: [party-1]
            transfers: []
            retention: 1 year
            controls: [H-1]
            automated-decisions: false

            """)
        try fixture.write(
            "controls/parties/party.yaml",
            """
            id: party-1
            name: "\(hostile)"
            role: recipient
            country: NL
            services: ["\(hostile)"]

            """)
        try fixture.addEvidence("ev-h", folder: "evidence/h", supports: ["H-1", "p-1", "party-1"])
        // An attribute value with tab, CR and LF: the evidence owner.
        let record = try String(contentsOfFile: fixture.root + "/evidence/h/ev-h.evidence.yaml", encoding: .utf8)
        try fixture.write(
            "evidence/h/ev-h.evidence.yaml",
            record.replacingOccurrences(of: "owner: CISO", with: "owner: \"a\\tb\\r\\nc \(hostile)\""))

        let xml = try XMLFixtures.render(fixture)
        #expect(!xml.contains("<script>"))
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        let file = try XMLFixtures.write(xml)
        defer { try? FileManager.default.removeItem(atPath: file) }
        try XMLFixtures.expectXmllintValid(xml)
        func expectText(_ path: String, _ want: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
            throws
        {
            let got = try XMLFixtures.xpath(path, in: file)
            #expect(got == want, sourceLocation: sourceLocation)
        }
        let control = "//*[local-name()='control'][@id='H-1']"
        try expectText("\(control)/*[local-name()='title']", expected)
        try expectText("\(control)/*[local-name()='justification']", expected)
        try expectText("\(control)/*[local-name()='owner']", expected)
        try expectText("\(control)/*[local-name()='narrative']", expected + "\nline two\r\nline three")
        let activity = "//*[local-name()='processing-activity'][@id='p-1']"
        try expectText("\(activity)/*[local-name()='name']", expected)
        try expectText("\(activity)/*[local-name()='purpose']", expected)
        let party = "//*[local-name()='party'][@id='party-1']"
        try expectText("\(party)/*[local-name()='name']", expected)
        try expectText("\(party)/*[local-name()='service']", expected)
        try expectText("//*[local-name()='record'][@id='ev-h']/@owner", "a\tb\r\nc " + expected)
    }

    @Test("escaping of text and attributes, and forbidden characters")
    func escaping() {
        #expect(XMLText.escapeText("a<b>&\"'\r") == "a&lt;b&gt;&amp;&quot;&apos;&#13;")
        #expect(XMLText.escapeText("tab\tnew\nline") == "tab\tnew\nline")
        #expect(XMLText.escapeAttribute("tab\tnew\nline\r") == "tab&#9;new&#10;line&#13;")
        #expect(XMLText.escapeText("\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}") == String(repeating: "\u{FFFD}", count: 6))
        #expect(XMLText.escapeText("\u{FFFE}\u{FFFF}\u{FFFD}\u{10FFFF}") == "\u{FFFD}\u{FFFD}\u{FFFD}\u{10FFFF}")
        #expect(XMLText.replacingForbidden("ok \u{7F} \u{85}") == "ok \u{7F} \u{85}")
        #expect(XMLText.escapeText("plain text") == "plain text")
    }

    // MARK: Reading safely

    @Test("the pack reader returns the evidence files with size and SHA-256")
    func reader() throws {
        let xml = try XMLFixtures.render(try FixtureRegister())
        let pack = try PackXMLReader.read(xml: Array(xml.utf8))
        #expect(pack.version == "1")
        #expect(pack.asOf == FixtureRegister.asOf)
        #expect(pack.asOfDate == CalendarDate(FixtureRegister.asOf))
        let digest = try FixtureRegister.sha256(of: FixtureRegister.policyText)
        #expect(
            pack.files == [
                PackXML.EvidenceFile(
                    path: "evidence/policy/policy.txt", size: Int64(FixtureRegister.policyText.utf8.count),
                    sha256: digest)
            ])
    }

    @Test("the pack reader refuses an invalid pack")
    func readerRefusesInvalid() throws {
        let xml = try XMLFixtures.render(try FixtureRegister())
            .replacingOccurrences(of: "size=\"", with: "size=\"-")
        #expect(throws: PackXMLError.self) { try PackXMLReader.read(xml: Array(xml.utf8)) }
    }

    @Test("schema violations are reported with their line numbers")
    func invalidDocument() throws {
        var lines = try XMLFixtures.render(try FixtureRegister()).components(separatedBy: "\n")
        let stateLine = try #require(lines.firstIndex { $0.contains("<control id=\"A.5.2\"") })
        lines[stateLine] = lines[stateLine].replacingOccurrences(of: "state=\"covered\"", with: "state=\"bogus\"")
        let supportsLine = try #require(lines.firstIndex { $0.contains("<supports ref=\"A.5.1\"/>") })
        lines[supportsLine] = lines[supportsLine].replacingOccurrences(of: "A.5.1\"", with: "nowhere\"")
        let messages = SchemaValidator.validate(xml: Array(lines.joined(separator: "\n").utf8))
        #expect(messages.contains { $0.line == stateLine + 1 && $0.message.contains("bogus") })
        #expect(messages.contains { $0.message.contains("nowhere") })
        #expect(messages.allSatisfy { $0.line > 0 })
    }

    @Test(
        "DOCTYPE, external entities and entity expansion are refused without expanding anything",
        arguments: XMLFixtures.doctypeDocuments)
    func refusesDoctype(document: String) throws {
        let start = ContinuousClock.now
        let messages = SchemaValidator.validate(xml: Array(document.utf8))
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(messages.count == 1)
        #expect(messages.first?.message.contains("DOCTYPE") == true)
        #expect(messages.first?.line ?? 0 >= 1)
        #expect(!messages.contains { $0.message.contains("root:") || $0.message.contains("lol") })
        let error = #expect(throws: PackXMLError.self) { try PackXMLReader.read(xml: Array(document.utf8)) }
        #expect(error?.description.contains("DOCTYPE") == true)
    }

    @Test("malformed XML gives a parse message with its line number")
    func malformed() throws {
        let messages = SchemaValidator.validate(xml: Array("<a>\n<b>\n</a>\n".utf8))
        #expect(!messages.isEmpty)
        #expect(messages.contains { $0.line == 3 })
        #expect(SchemaValidator.validate(xml: Array("<r>&undeclared;</r>".utf8)).first?.line == 1)
        #expect(SchemaValidator.validate(xml: [UInt8]()).first?.message == "the document is empty")
    }

    @Test("a parser warning is not an error; a namespace error is")
    func warningsAndNamespaces() {
        // libxml2 only warns that the namespace is relative; the schema then has no such root.
        let relative = SchemaValidator.validate(xml: Array("<audit-pack xmlns=\"relative\"/>".utf8))
        #expect(relative.count == 1)
        #expect(relative.first?.message.contains("No matching global declaration") == true)
        let unbound = SchemaValidator.validate(xml: Array("<p:audit-pack/>".utf8))
        #expect(unbound.first?.message.contains("not defined") == true)
    }

    @Test("validations on many threads at once keep their messages apart")
    func concurrent() async {
        await withTaskGroup(of: (Int, [[ValidationMessage]]).self) { group in
            for index in 0..<16 {
                group.addTask {
                    let document = "<audit-pack xmlns=\"urn:isms:audit-pack:1\" version=\"\(index + 2)\"/>"
                    return (index, (0..<25).map { _ in SchemaValidator.validate(xml: Array(document.utf8)) })
                }
            }
            for await (index, runs) in group {
                for messages in runs {
                    #expect(messages.count == 5)
                    #expect(messages.filter { $0.message.contains("The value '") }.count == 1)
                    #expect(messages.contains { $0.message.contains("The value '\(index + 2)'") })
                }
            }
        }
    }

    @Test("a document in another namespace is not a pack")
    func wrongNamespace() {
        let messages = SchemaValidator.validate(xml: Array("<audit-pack xmlns=\"urn:other\"/>".utf8))
        #expect(messages.count == 1)
        #expect(messages.first?.line == 1)
    }
}

/// Registers, renderings and the independent xmllint for the pack.xml tests.
enum XMLFixtures {
    /// Documents with a DOCTYPE: a plain one, an external entity, a network DTD, billion laughs.
    static let doctypeDocuments = [
        "<?xml version=\"1.0\"?>\n<!DOCTYPE audit-pack>\n<audit-pack xmlns=\"urn:isms:audit-pack:1\"/>\n",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n",
        "<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<r/>\n",
        billionLaughs,
    ]

    static var schemaPath: String { IsmsBinary.repositoryRoot + "/schema/audit-pack.xsd" }
    static let xmllint = "/usr/bin/xmllint"

    static func content(_ fixture: FixtureRegister, asOf: String = FixtureRegister.asOf) throws -> PackContent {
        let report = RegisterChecker.check(try fixture.load(), asOf: CalendarDate(asOf)!, hashAll: true)
        return PackContent(report: report, language: .en)
    }

    static func render(_ fixture: FixtureRegister, asOf: String = FixtureRegister.asOf) throws -> String {
        PackXMLRenderer.render(try content(fixture, asOf: asOf))
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// A register with many kinds of error at once.
    static func broken() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        // Applicability undecided, status and owner missing, an unknown processing reference.
        try fixture.write(
            "controls/annex-a/A.5.2.yaml",
            "id: A.5.2\ntitle: Roles\njustification: x\nprocessing: [ghost, p-1]\n")
        // A second record of an Annex A control, in the custom folder; a control the catalog lacks.
        try fixture.write("controls/custom/copy.yaml", FixtureRegister.control("A.5.3", title: "Copy"))
        try fixture.write("controls/custom/a999.yaml", FixtureRegister.control("A.9.99", title: "Invented"))
        // One id for a control, a processing activity and a party.
        try fixture.write("controls/custom/shared.yaml", FixtureRegister.control("shared", title: "Shared"))
        try fixture.write(
            "controls/processing/shared.yaml",
            ProcessingFixtures.activity(id: "shared", recipients: ["nowhere"], controls: ["ghost"]))
        try fixture.write("controls/parties/shared.yaml", ProcessingFixtures.party(id: "shared"))
        // A processing activity missing most keys, with unknown references and a transfer without safeguard.
        try fixture.write(
            "controls/processing/p1.yaml",
            """
            id: p-1
            name: Broken activity
            recipients: [nowhere, party-1, party-1]
            transfers: [{country: US}, {country: usa}]
            controls: [ghost, A.5.1, shared]
            automated-decisions: maybe

            """)
        try fixture.write(
            "controls/parties/p1.yaml", ProcessingFixtures.party(id: "party-1", role: "processor", country: "US"))
        try fixture.write("controls/parties/bad.yaml", "id: bad-party\nrole: friend\n")
        // Evidence: unknown supports, duplicate id, missing file, outside path, wrong pin, a folder, year 0000.
        try fixture.addEvidence(
            "ev-x", folder: "evidence/x", supports: ["A.5.2", "nowhere", "shared", "p-1", "party-1"])
        try fixture.addEvidence("ev-x", folder: "evidence/x2", supports: ["A.5.4"])
        try fixture.write(
            "evidence/bad/ev-bad.evidence.yaml",
            """
            id: ev-bad
            title: Bad files
            collected: 2026-02-01
            owner: CISO
            files: [gone.pdf, ../../../etc/passwd, pinned.txt, folder]
            supports: [A.5.5, ghost]
            sha256:
              pinned.txt: \(String(repeating: "0", count: 64))

            """)
        try fixture.write("evidence/bad/pinned.txt", "changed\n")
        try FileManager.default.createDirectory(
            atPath: fixture.root + "/evidence/bad/folder", withIntermediateDirectories: true)
        try fixture.addEvidence(
            "ev-zero", folder: "evidence/zero", collected: "0000-01-01", supports: ["A.5.6"],
            extra: "expires: 0000-02-29")
        try fixture.addEvidence("ev-future", folder: "evidence/future", collected: "2027-01-01", supports: ["A.5.7"])
        try fixture.write("evidence/stray.txt", "stray\n")
        return fixture
    }

    /// A register small enough for a golden file: two Annex A controls, one of each other kind.
    static func small() throws -> FixtureRegister {
        let fixture = try FixtureRegister(baseline: false)
        try fixture.write("isms.yaml", FixtureRegister.settings)
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            FixtureRegister.control(
                "A.5.1", title: "Policies for information security",
                extra: "processing: [newsletter]\nnarrative: |\n  The *board* approves the policy.\n  Every year.\n"))
        try fixture.write(
            "controls/annex-a/A.7.4.yaml",
            FixtureRegister.control("A.7.4", title: "Physical security monitoring", applicable: false))
        try fixture.write("controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own control"))
        try fixture.write(
            "controls/processing/newsletter.yaml",
            ProcessingFixtures.activity(
                id: "newsletter", basis: "consent", recipients: ["mailer"],
                transfers: "[{country: US, safeguard: DPF}]", controls: ["A.5.1"]))
        try fixture.write(
            "controls/parties/mailer.yaml",
            ProcessingFixtures.party(id: "mailer", role: "processor", country: "US", safeguard: "DPF"))
        try fixture.addEvidence("ev-policy", supports: ["A.5.1", "newsletter", "mailer"])
        try fixture.addEvidence(
            "ev-old", folder: "evidence/old", file: "old.txt", content: "Old.\n", collected: "2025-01-10",
            supports: ["A.5.1"])
        return fixture
    }

    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <lolz>&lol9;</lolz>

        """

    static func write(_ xml: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/isms-pack-" + UUID().uuidString + ".xml"
        try Data(xml.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Validates with xmllint (Debian libxml2-utils), independently of isms's own validator.
    static func expectXmllintValid(_ xml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try #require(FileManager.default.isExecutableFile(atPath: xmllint), "xmllint (libxml2-utils) is not installed")
        let file = try write(xml)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try run(xmllint, ["--noout", "--nonet", "--schema", schemaPath, file])
        #expect(result.status == 0, "\(result.output)", sourceLocation: sourceLocation)
    }

    /// The string value of an XPath expression, read back by xmllint.
    static func xpath(_ expression: String, in file: String) throws -> String {
        let result = try run(xmllint, ["--nonet", "--xpath", "string(\(expression))", file])
        #expect(result.status == 0, "\(result.output)")
        // xmllint ends the value with a newline of its own.
        return result.output.hasSuffix("\n") ? String(result.output.dropLast()) : result.output
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
