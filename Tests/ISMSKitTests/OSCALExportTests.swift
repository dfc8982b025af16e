import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("OSCAL assessment-results export: schema, content, JSON, determinism")
struct OSCALExportTests {
    // MARK: Valid against the official schema

    @Test("the baseline fixture exports valid OSCAL XML (libxml2 and xmllint)")
    func baselineValid() throws {
        let export = try OSCALFixtures.export(try FixtureRegister())
        let xml = export.text
        #expect(OSCALFixtures.validate(xml) == [])
        try OSCALFixtures.expectXmllintValid(xml)
        #expect(xml.contains("<assessment-results xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\" uuid=\""))
        #expect(xml.contains("<oscal-version>1.0.6</oscal-version>"))
        #expect(xml.contains("<published>2026-06-01T00:00:00Z</published>"))
        #expect(xml.contains("<last-modified>2026-06-01T00:00:00Z</last-modified>"))
        #expect(xml.contains("<start>2026-01-01T00:00:00Z</start>"))
        #expect(xml.contains("<end>2026-06-01T23:59:59Z</end>"))
        #expect(OSCALFixtures.count("<include-control control-id=\"a.", in: xml) == 93)
        #expect(OSCALFixtures.count("<finding uuid=", in: xml) == 93)
        #expect(OSCALFixtures.count("<status state=\"satisfied\" reason=\"pass\"/>", in: xml) == 93)
        #expect(OSCALFixtures.count("<observation uuid=", in: xml) == 1)
        #expect(OSCALFixtures.count("<related-observation ", in: xml) == 93)
        // The assessment-plan stand-in and the one evidence file.
        #expect(OSCALFixtures.count("<resource uuid=", in: xml) == 2)
        let digest = try FixtureRegister.sha256(of: FixtureRegister.policyText)
        #expect(xml.contains("<hash algorithm=\"SHA-256\">\(digest)</hash>"))
        #expect(xml.contains("<relevant-evidence href=\"evidence/policy/policy.txt\">"))
        #expect(xml.contains("<target type=\"objective-id\" target-id=\"a.5.1\">"))
        #expect(xml.contains("<target type=\"objective-id\" target-id=\"a.8.34\">"))
    }

    @Test("the example register exports valid OSCAL XML as of 2026-11-02")
    func exampleRegister() throws {
        let loaded = try RegisterLoader.load(root: IsmsBinary.repositoryRoot)
        let asOf = CalendarDate("2026-11-02")!
        let export = try OSCALExporter.export(loaded, asOf: asOf, format: .xml)
        let xml = export.text
        #expect(OSCALFixtures.validate(xml) == [])
        try OSCALFixtures.expectXmllintValid(xml)
        let content = PackContent(report: export.report, language: .en)
        let applicable = content.annexAControls.filter { $0.applicable == true }
        #expect(applicable.count > 50)
        #expect(OSCALFixtures.count("<finding uuid=", in: xml) == applicable.count)
        #expect(OSCALFixtures.count("<observation uuid=", in: xml) == content.evidence.count)
        #expect(xml.contains("<name>PSMS B.V.</name>"))
        #expect(xml.contains("<email-address>privacy@psms.nl</email-address>"))
        #expect(xml.contains("<end>2026-11-02T23:59:59Z</end>"))
        // Every state the example shows maps onto satisfied or not-satisfied.
        for control in applicable {
            let state = content.coverage(of: control.id)?.state ?? .missing
            let expected = state == .covered || state == .expiring ? "satisfied" : "not-satisfied"
            let target = "target-id=\"\(control.id.lowercased())\">"
            let after = try #require(xml.range(of: target)).upperBound
            let status = try #require(xml.range(of: "<status state=\"", range: after..<xml.endIndex)).upperBound
            #expect(xml[status...].hasPrefix(expected + "\""), "\(control.id) is \(state)")
        }
        // The JSON says the same.
        let json = try OSCALExporter.export(loaded, asOf: asOf, format: .json).text
        try OSCALFixtures.expectSameContent(xml: xml, json: json)
    }

    @Test("a register full of problems still exports valid XML, and says what it left out")
    func brokenRegister() throws {
        let fixture = try OSCALFixtures.broken()
        let export = try OSCALFixtures.export(fixture)
        let xml = export.text
        #expect(OSCALFixtures.validate(xml) == [])
        try OSCALFixtures.expectXmllintValid(xml)
        #expect(export.report.diagnostics.errorCount > 0)
        // A.5.2 undecided and A.7.4 excluded: 91 findings.
        #expect(OSCALFixtures.count("<finding uuid=", in: xml) == 91)
        #expect(!xml.contains("target-id=\"a.5.2\""))
        #expect(!xml.contains("target-id=\"a.7.4\""))
        #expect(xml.contains("Applicability undecided, so not reviewed: A.5.2."))
        // Year 0000 cannot be written in OSCAL 1.0.6: that record is left out, and said so.
        #expect(xml.contains("Evidence record ev-zero left out"))
        #expect(
            !xml.contains(
                OSCALUUID.make(organisation: "Fixture B.V.", audit: "2026", kind: "observation", key: "ev-zero")))
        #expect(export.notes.count == 2)
        // Missing and outside files are named but have no href and no resource.
        #expect(xml.contains("<prop name=\"problem\" ns=\"urn:isms:oscal\" value=\"missing\"/>"))
        #expect(xml.contains("<prop name=\"problem\" ns=\"urn:isms:oscal\" value=\"outside\"/>"))
        #expect(!xml.contains("passwd\""))
        // Expired and missing controls are not satisfied.
        #expect(OSCALFixtures.findingState("a.5.5", in: xml) == "not-satisfied")  // only unusable evidence
        #expect(OSCALFixtures.findingState("a.5.8", in: xml) == "not-satisfied")  // expired
        #expect(OSCALFixtures.findingState("a.5.9", in: xml) == "satisfied")  // expiring
        #expect(OSCALFixtures.findingState("a.5.1", in: xml) == "satisfied")
        let json = try OSCALFixtures.export(fixture, format: .json).text
        try OSCALFixtures.expectSameContent(xml: xml, json: json)
    }

    @Test("isms.yaml that cannot be read is refused with a message")
    func unreadableSettings() throws {
        let fixture = try FixtureRegister()
        try fixture.write("isms.yaml", "organisation: [\n")
        #expect(throws: OSCALExportError.self) { try OSCALFixtures.export(fixture) }
    }

    @Test("an as-of date OSCAL 1.0.6 cannot express is refused")
    func unrepresentableAsOf() throws {
        let fixture = try FixtureRegister()
        #expect(throws: OSCALExportError.self) { try OSCALFixtures.export(fixture, asOf: "3001-01-01") }
    }

    @Test("an as-of date before the audit period gives a result without an end")
    func asOfBeforePeriod() throws {
        let export = try OSCALFixtures.export(try FixtureRegister(), asOf: "2025-12-01")
        #expect(OSCALFixtures.validate(export.text) == [])
        #expect(!export.text.contains("<end>"))
    }

    @Test("with no applicable Annex A control the selection is include-all minus every control")
    func noApplicableControls() throws {
        let fixture = try FixtureRegister(baseline: false)
        try fixture.write("isms.yaml", FixtureRegister.settings)
        try fixture.write(
            "controls/annex-a/A.5.1.yaml", FixtureRegister.control("A.5.1", title: "Policies", applicable: false))
        let xml = try OSCALFixtures.export(fixture).text
        #expect(OSCALFixtures.validate(xml) == [])
        #expect(xml.contains("<include-all/>"))
        #expect(OSCALFixtures.count("<exclude-control ", in: xml) == 93)
        #expect(OSCALFixtures.count("<finding ", in: xml) == 0)
    }

    // MARK: Escaping

    @Test("hostile register text stays text in XML and JSON, and both stay valid")
    func hostileText() throws {
        let hostile = #"<b>x</b> ]]> &amp; \"q\" 'a' * _ [l](u) \u0001 \uFFFE end"#
        let fixture = try FixtureRegister(baseline: false)
        try fixture.write(
            "isms.yaml",
            FixtureRegister.settings
                .replacingOccurrences(of: "name: Fixture B.V.", with: "name: \"Org \(hostile)\"")
                .replacingOccurrences(
                    of: "address: Teststraat 1, 1234 AB Utrecht", with: "address: \"\\n \(hostile)\\n\""
                )
                .replacingOccurrences(of: "scope: The fixture's websites.", with: "scope: \"Line one\\nline two\""))
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            """
            id: A.5.1
            title: "\(hostile)"
            applicable: true
            justification: "  \(hostile)\\r\\n second line  "
            status: implemented
            owner: "\\t\(hostile)"

            """)
        try fixture.addEvidence("ev-h", folder: "evidence/h dir#1", file: "één %20 a&b.txt", supports: ["A.5.1"])
        let record = try String(contentsOfFile: fixture.root + "/evidence/h dir#1/ev-h.evidence.yaml", encoding: .utf8)
        try fixture.write(
            "evidence/h dir#1/ev-h.evidence.yaml",
            record.replacingOccurrences(of: "title: Evidence ev-h", with: "title: \"\(hostile)\""))
        let export = try OSCALFixtures.export(fixture)
        let xml = export.text
        #expect(OSCALFixtures.validate(xml) == [])
        try OSCALFixtures.expectXmllintValid(xml)
        #expect(!xml.contains("<b>"))
        #expect(xml.contains("&lt;b&gt;x&lt;/b&gt; ]]&gt; &amp;amp; &quot;q&quot; &apos;a&apos;"))
        // Percent-encoded UTF-8 in the href; the hash is the file's.
        #expect(xml.contains("href=\"evidence/h%20dir%231/%C3%A9%C3%A9n%20%2520%20a%26b.txt\""))

        let json = try OSCALFixtures.export(fixture, format: .json).text
        let root = try OSCALFixtures.parse(json)
        let results = try #require(root["results"] as? [[String: Any]])
        let observation = try #require((results.first?["observations"] as? [[String: Any]])?.first)
        // JSON markup is Markdown: the title comes back with Markdown's punctuation escaped.
        let title = try #require(observation["title"] as? String)
        #expect(title.hasPrefix(#"\<b\>x\</b\> \]\]\> \&amp; "q" 'a' \* \_ \[l\](u) "#))
        #expect(title.contains("\u{FFFD}"))
        #expect(!title.contains("\u{1}"))
        let party = try #require(
            ((root["metadata"] as? [String: Any])?["parties"] as? [[String: Any]])?.first)
        let name = try #require(party["name"] as? String)
        #expect(name == #"Org <b>x</b> ]]> &amp; "q" 'a' * _ [l](u) "# + "\u{FFFD} \u{FFFD} end")
        try OSCALFixtures.expectSameContent(xml: xml, json: json)
    }

    // MARK: Identifiers

    @Test("UUIDs are RFC 4122 version 5, as Python's uuid.uuid5 computes them")
    func uuidVersion5() {
        // python3 -c "import uuid; ns = uuid.uuid5(uuid.NAMESPACE_URL, 'urn:isms:oscal'); print(ns,
        //   uuid.uuid5(ns, 'Fixture B.V.\n2026\nfinding\nA.5.1'))"
        #expect(OSCALUUID.namespace == "6b676c17-f922-5372-a771-0ab505ee2cec")
        #expect(
            OSCALUUID.make(organisation: "Fixture B.V.", audit: "2026", kind: "finding", key: "A.5.1")
                == "5542bbea-6060-5bbe-af34-445add47dc9b")
    }

    @Test("every UUID is unique, version 5 and stable; each finding's UUID is named by its control")
    func uuidsInDocument() throws {
        let xml = try OSCALFixtures.export(try OSCALFixtures.small()).text
        let declared = OSCALFixtures.matches(#" uuid="([0-9a-f-]{36})""#, in: xml)
        #expect(declared.count == Set(declared).count)
        for uuid in declared {
            #expect(uuid.wholeMatch(of: #/[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/#) != nil)
        }
        #expect(
            xml.contains(
                "<finding uuid=\""
                    + OSCALUUID.make(organisation: "Fixture B.V.", audit: "2026", kind: "finding", key: "A.5.1")))
        // Every reference points at something declared.
        let declaredSet = Set(declared)
        for reference in OSCALFixtures.matches(##"(?:observation-uuid="|href="#)([0-9a-f-]{36})""##, in: xml) {
            #expect(declaredSet.contains(reference))
        }
        // A later as-of date changes dates, not identities.
        let later = try OSCALFixtures.export(try OSCALFixtures.small(), asOf: "2026-07-01").text
        #expect(OSCALFixtures.matches(#" uuid="([0-9a-f-]{36})""#, in: later) == declared)
    }

    // MARK: Determinism, JSON and golden file

    @Test("two exports give identical bytes, in XML and in JSON")
    func deterministic() throws {
        let fixture = try OSCALFixtures.broken()
        for format in OSCALFormat.allCases {
            let first = try OSCALFixtures.export(fixture, format: format).text
            let second = try OSCALFixtures.export(fixture, format: format).text
            #expect(first == second)
        }
    }

    @Test("the JSON is OSCAL's shape and carries what the XML carries")
    func jsonShape() throws {
        let fixture = try OSCALFixtures.small()
        let xml = try OSCALFixtures.export(fixture).text
        let json = try OSCALFixtures.export(fixture, format: .json).text
        let root = try OSCALFixtures.parse(json)
        let metadata = try #require(root["metadata"] as? [String: Any])
        #expect(metadata["oscal-version"] as? String == "1.0.6")
        #expect(metadata["last-modified"] as? String == "2026-06-01T00:00:00Z")
        let importAP = try #require(root["import-ap"] as? [String: Any])
        #expect((importAP["href"] as? String)?.hasPrefix("#") == true)
        let result = try #require((root["results"] as? [[String: Any]])?.first)
        let selection = try #require(
            ((result["reviewed-controls"] as? [String: Any])?["control-selections"] as? [[String: Any]])?.first)
        let included = (selection["include-controls"] as? [[String: Any]])?.compactMap { $0["control-id"] as? String }
        #expect(included == ["a.5.1"])
        let finding = try #require((result["findings"] as? [[String: Any]])?.first)
        let target = try #require(finding["target"] as? [String: Any])
        #expect(target["type"] as? String == "objective-id")
        #expect((target["status"] as? [String: Any])?["state"] as? String == "satisfied")
        let observations = try #require(result["observations"] as? [[String: Any]])
        #expect(observations.count == 2)
        #expect(observations.allSatisfy { ($0["methods"] as? [String]) == ["EXAMINE"] })
        let resources = try #require((root["back-matter"] as? [String: Any])?["resources"] as? [[String: Any]])
        let hashes = resources.compactMap {
            (($0["rlinks"] as? [[String: Any]])?.first?["hashes"] as? [[String: Any]])?.first
        }
        #expect(hashes.count == 2)
        #expect(hashes.allSatisfy { $0["algorithm"] as? String == "SHA-256" })
        try OSCALFixtures.expectSameContent(xml: xml, json: json)
    }

    @Test("a small register's OSCAL XML matches the golden file")
    func golden() throws {
        let xml = try OSCALFixtures.export(try OSCALFixtures.small()).text
        #expect(Golden.mismatch(xml, golden: "oscal-small.xml") == nil)
        #expect(OSCALFixtures.validate(xml) == [])
    }

    @Test("schema/oscal_assessment-results_schema.xsd is the official OSCAL 1.0.6 schema")
    func schemaCopy() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: OSCALFixtures.schemaPath))
        #expect(Digest.sha256([UInt8](bytes)) == "ade31e8748ecea2d5c5612d159cfc314aeed7c9a1dd0f1998f3f17c295d3293b")
        #expect(OSCALFixtures.schema.contains("targetNamespace=\"\(OSCALExporter.namespace)\""))
        #expect(OSCALFixtures.schema.contains("version=\"\(OSCALExporter.oscalVersion)\""))
    }
}

/// Registers, validation and comparison for the OSCAL tests.
enum OSCALFixtures {
    static var schemaPath: String { IsmsBinary.repositoryRoot + "/schema/oscal_assessment-results_schema.xsd" }
    static let schema: String = (try? String(contentsOfFile: schemaPath, encoding: .utf8)) ?? ""
    static let xmllint = "/usr/bin/xmllint"

    static func export(_ fixture: FixtureRegister, asOf: String = FixtureRegister.asOf, format: OSCALFormat = .xml)
        throws -> OSCALExport
    {
        try OSCALExporter.export(try fixture.load(), asOf: CalendarDate(asOf)!, format: format)
    }

    /// libxml2's messages against the official schema, read from the repository.
    static func validate(_ xml: String) -> [String] {
        precondition(!schema.isEmpty, "cannot read \(schemaPath)")
        return SchemaValidator.validate(xml: Array(xml.utf8), schema: schema).map { "\($0.line): \($0.message)" }
    }

    static func expectXmllintValid(_ xml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try #require(Shell.has(xmllint), "xmllint (libxml2-utils) is not installed")
        let file = FileManager.default.temporaryDirectory.path + "/isms-oscal-\(UUID().uuidString).xml"
        try Data(xml.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try Shell.run(xmllint, ["--noout", "--nonet", "--schema", schemaPath, file])
        #expect(result.status == 0, "\(result.output)", sourceLocation: sourceLocation)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The first capture group of every match, in order.
    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The status state of the finding whose target is `token`.
    static func findingState(_ token: String, in xml: String) -> String? {
        guard let target = xml.range(of: "target-id=\"\(token)\">"),
            let status = xml.range(of: "<status state=\"", range: target.upperBound..<xml.endIndex)
        else { return nil }
        return String(xml[status.upperBound...].prefix { $0 != "\"" })
    }

    /// The `assessment-results` object of an OSCAL JSON document.
    static func parse(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let root = try #require(object as? [String: Any])
        #expect(root.keys.sorted() == ["assessment-results"])
        return try #require(root["assessment-results"] as? [String: Any])
    }

    /// The JSON parses and has the XML's UUIDs (declared and referenced), control tokens, hashes,
    /// evidence hrefs and number of findings, observations and resources.
    static func expectSameContent(
        xml: String, json: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let root = try parse(json)
        let uuidPattern = #"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"#
        #expect(
            Set(matches(uuidPattern, in: xml)) == Set(matches(uuidPattern, in: json)), sourceLocation: sourceLocation)
        #expect(root["uuid"] as? String == matches(#"<assessment-results [^>]*uuid="([^"]+)""#, in: xml).first)
        let result = try #require((root["results"] as? [[String: Any]])?.first)
        let findings = result["findings"] as? [[String: Any]] ?? []
        let observations = result["observations"] as? [[String: Any]] ?? []
        let resources = (root["back-matter"] as? [String: Any])?["resources"] as? [[String: Any]] ?? []
        #expect(findings.count == count("<finding uuid=", in: xml), sourceLocation: sourceLocation)
        #expect(observations.count == count("<observation uuid=", in: xml), sourceLocation: sourceLocation)
        #expect(resources.count == count("<resource uuid=", in: xml), sourceLocation: sourceLocation)
        let tokens = findings.compactMap { ($0["target"] as? [String: Any])?["target-id"] as? String }
        #expect(tokens == matches(#"target-id="([^"]+)""#, in: xml), sourceLocation: sourceLocation)
        let states = findings.compactMap {
            (($0["target"] as? [String: Any])?["status"] as? [String: Any])?["state"] as? String
        }
        #expect(states == matches(#"<status state="([^"]+)""#, in: xml), sourceLocation: sourceLocation)
        let hashes = resources.flatMap { resource in
            (resource["rlinks"] as? [[String: Any]] ?? []).flatMap { rlink in
                (rlink["hashes"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
            }
        }
        #expect(
            hashes == matches(#"<hash algorithm="SHA-256">([0-9a-f]{64})</hash>"#, in: xml),
            sourceLocation: sourceLocation)
        let hrefs = observations.flatMap { observation in
            (observation["relevant-evidence"] as? [[String: Any]] ?? []).compactMap { $0["href"] as? String }
        }
        #expect(hrefs == matches(#"<relevant-evidence href="([^"]+)""#, in: xml), sourceLocation: sourceLocation)
    }

    /// Two Annex A controls (one excluded), one custom control, two evidence records.
    static func small() throws -> FixtureRegister {
        let fixture = try FixtureRegister(baseline: false)
        try fixture.write("isms.yaml", FixtureRegister.settings)
        try fixture.write(
            "controls/annex-a/A.5.1.yaml", FixtureRegister.control("A.5.1", title: "Policies for information security"))
        try fixture.write(
            "controls/annex-a/A.7.4.yaml",
            FixtureRegister.control("A.7.4", title: "Physical security monitoring", applicable: false))
        try fixture.write("controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own control"))
        try fixture.addEvidence("ev-policy", supports: ["A.5.1", "ORG-1"])
        try fixture.addEvidence(
            "ev-old", folder: "evidence/old", file: "old.txt", content: "Old.\n", collected: "2025-01-10",
            supports: ["A.5.1"])
        return fixture
    }

    /// The baseline with one control undecided, one excluded, evidence missing, outside, unusable,
    /// expired, expiring and from year 0000.
    static func broken() throws -> FixtureRegister {
        let fixture = try FixtureRegister(baseline: false)
        try fixture.write("isms.yaml", FixtureRegister.settings)
        for control in AnnexACatalog.controls {
            try fixture.write(
                "controls/annex-a/\(control.id).yaml", FixtureRegister.control(control.id, title: control.title))
        }
        let covered = AnnexACatalog.controls.map(\.id).filter { !["A.5.5", "A.5.8", "A.5.9"].contains($0) }
        try fixture.addEvidence("ev-policy", supports: covered)
        try fixture.write("controls/annex-a/A.5.2.yaml", "id: A.5.2\ntitle: Roles\njustification: x\n")
        try fixture.write(
            "controls/annex-a/A.7.4.yaml", FixtureRegister.control("A.7.4", title: "Monitoring", applicable: false))
        try fixture.write(
            "evidence/bad/ev-bad.evidence.yaml",
            """
            id: ev-bad
            title: Bad files
            collected: 2026-02-01
            owner: CISO
            files: [gone.pdf, ../../../etc/passwd, pinned.txt]
            supports: [A.5.5]
            sha256:
              pinned.txt: \(String(repeating: "0", count: 64))

            """)
        try fixture.write("evidence/bad/pinned.txt", "changed\n")
        try fixture.addEvidence(
            "ev-expired", folder: "evidence/expired", file: "e.txt", collected: "2025-01-01", supports: ["A.5.8"])
        try fixture.addEvidence(
            "ev-expiring", folder: "evidence/expiring", file: "e.txt", collected: "2025-06-10", supports: ["A.5.9"])
        try fixture.addEvidence(
            "ev-zero", folder: "evidence/zero", collected: "0000-01-01", supports: ["A.5.6"],
            extra: "expires: 0000-02-29")
        return fixture
    }
}
