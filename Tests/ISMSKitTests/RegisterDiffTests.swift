import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

@Suite("What changed since the last audit: snapshots, their diff and its formats")
struct RegisterDiffTests {
    // MARK: Building snapshots by hand

    private static let oldDate = CalendarDate("2025-06-01")!
    private static let newDate = CalendarDate("2026-06-01")!

    private static func control(
        _ id: String, applicable: String = "true", justification: String = "Needed.", status: String? = "implemented",
        owner: String = "CISO", state: CoverageState = .covered
    ) -> RecordSnapshot {
        RecordSnapshot(
            kind: .control, id: id, name: "Control \(id)", state: state,
            values: [
                .applicable: [applicable], .justification: [justification], .status: status.map { [$0] } ?? [],
                .owner: [owner],
            ])
    }

    private static func activity(_ id: String, _ change: (inout [ChangedField: [String]]) -> Void = { _ in })
        -> RecordSnapshot
    {
        var values: [ChangedField: [String]] = [
            .name: ["Activity \(id)"], .purposes: ["Serve customers"], .legalBasis: ["contract"],
            .dataSubjects: ["Customers"], .dataCategories: ["Name", "Email"], .specialCategories: [],
            .recipients: ["host"], .transfers: ["US: SCC"], .retention: ["while customer"], .controls: ["A.5.34"],
            .automatedDecisions: ["false"], .minors: ["Not for children."], .source: ["Privacy statement"],
        ]
        change(&values)
        return RecordSnapshot(
            kind: .processingActivity, id: id, name: values[.name]?.first ?? "", state: .covered, values: values)
    }

    private static func party(_ id: String, country: String = "NL") -> RecordSnapshot {
        RecordSnapshot(
            kind: .party, id: id, name: "Party \(id)", state: .missing,
            values: [
                .name: ["Party \(id)"], .role: ["processor"], .country: [country], .services: ["Hosting"],
                .privacyURL: ["https://example.com/privacy"], .transferSafeguard: [],
            ])
    }

    private static func evidence(
        _ id: String, files: [(String, String?)] = [("evidence/a.txt", String(repeating: "a", count: 64))],
        current: Bool = true
    ) -> EvidenceSnapshot {
        EvidenceSnapshot(
            id: id, title: "Evidence \(id)", supports: ["A.5.1"],
            files: files.map { EvidenceSnapshot.File(path: $0.0, sha256: $0.1) },
            ends: current ? CalendarDate("2027-01-01") : CalendarDate("2026-01-10"), current: current)
    }

    private static func snapshot(
        _ date: CalendarDate, controls: [RecordSnapshot] = [], processing: [RecordSnapshot] = [],
        parties: [RecordSnapshot] = [], evidence: [EvidenceSnapshot] = []
    ) -> RegisterSnapshot {
        RegisterSnapshot(
            origin: .pack, asOf: date, auditID: String(date.year), controls: controls, processing: processing,
            parties: parties, evidence: evidence)
    }

    // MARK: The diff, one kind of change at a time

    @Test("identical snapshots have no changes")
    func nothingChanged() {
        let side = Self.snapshot(
            Self.oldDate, controls: [Self.control("A.5.1")], processing: [Self.activity("shop")],
            parties: [Self.party("host")], evidence: [Self.evidence("ev-1")])
        let diff = RegisterDiff(old: side, new: side)
        #expect(diff.isEmpty)
        #expect(diff.count == 0)
        #expect(diff.old.asOf == Self.oldDate)
        #expect(DiffTextRenderer.render(diff, old: "a", new: "b").hasSuffix("no changes\n"))
    }

    @Test("a control's applicability, justification, status and owner are each reported, old and new")
    func controlFields() throws {
        let old = Self.snapshot(Self.oldDate, controls: [Self.control("A.5.1")])
        let new = Self.snapshot(
            Self.newDate,
            controls: [
                Self.control(
                    "A.5.1", applicable: "false", justification: "Excluded now.", status: "not-started",
                    owner: "Security Officer", state: .notApplicable)
            ])
        let diff = RegisterDiff(old: old, new: new)
        let change = try #require(diff.controls.first)
        #expect(diff.controls.count == 1)
        #expect(change.change == .changed)
        #expect(change.fields.map(\.field) == [.applicable, .justification, .status, .owner])
        #expect(change.fields[0].old == ["true"] && change.fields[0].new == ["false"])
        #expect(change.fields[1].old == ["Needed."] && change.fields[1].new == ["Excluded now."])
        #expect(change.fields[2].old == ["implemented"] && change.fields[2].new == ["not-started"])
        #expect(change.fields[3].old == ["CISO"] && change.fields[3].new == ["Security Officer"])
        // Becoming not applicable is an applicability change, not a loss of coverage.
        #expect(diff.coverage.isEmpty)
    }

    @Test("a status that appears or disappears is a change from or to nothing")
    func statusAppears() throws {
        let old = Self.snapshot(Self.oldDate, controls: [Self.control("A.5.1", status: nil)])
        let new = Self.snapshot(Self.newDate, controls: [Self.control("A.5.1", status: "planned")])
        let field = try #require(RegisterDiff(old: old, new: new).controls.first?.fields.first)
        #expect(field.field == .status)
        #expect(field.old == [] && field.new == ["planned"])
    }

    @Test("controls added and removed, in the Statement of Applicability's order")
    func controlsAddedRemoved() {
        let old = Self.snapshot(Self.oldDate, controls: [Self.control("A.5.10"), Self.control("ORG-2")])
        let new = Self.snapshot(
            Self.newDate, controls: [Self.control("ORG-10"), Self.control("A.5.2"), Self.control("A.5.10")])
        let diff = RegisterDiff(old: old, new: new)
        #expect(diff.controls.map(\.id) == ["A.5.2", "ORG-10", "ORG-2"])
        #expect(diff.controls.map(\.change) == [.added, .added, .removed])
        #expect(diff.controls.allSatisfy { $0.fields.isEmpty })
        #expect(diff.controls[2].name == "Control ORG-2")
    }

    @Test("coverage gained and lost between covered/expiring and expired/missing; other moves are not")
    func coverage() {
        let old = Self.snapshot(
            Self.oldDate,
            controls: [
                Self.control("A.5.1", state: .covered), Self.control("A.5.2", state: .missing),
                Self.control("A.5.3", state: .expiring), Self.control("A.5.4", state: .covered),
                Self.control("A.5.5", state: .notApplicable), Self.control("A.5.6", state: .expired),
            ],
            parties: [Self.party("host")])
        var party = Self.party("host")
        party.state = .covered
        let new = Self.snapshot(
            Self.newDate,
            controls: [
                Self.control("A.5.1", state: .expired), Self.control("A.5.2", state: .expiring),
                Self.control("A.5.3", state: .missing), Self.control("A.5.4", state: .expiring),
                Self.control("A.5.5", state: .covered), Self.control("A.5.6", state: .missing),
            ],
            parties: [party])
        let diff = RegisterDiff(old: old, new: new)
        #expect(diff.coverage.map(\.id) == ["A.5.1", "A.5.2", "A.5.3", "host"])
        #expect(diff.coverage.map(\.change) == [.lost, .gained, .lost, .gained])
        #expect(diff.coverage[0].old == .covered && diff.coverage[0].new == .expired)
        #expect(diff.coverage[3].record == .party)
    }

    @Test("evidence added, removed, replaced (hash, file added, file removed) and expired")
    func evidence() throws {
        let a = String(repeating: "a", count: 64)
        let b = String(repeating: "b", count: 64)
        let old = Self.snapshot(
            Self.oldDate,
            evidence: [
                Self.evidence("ev-gone"), Self.evidence("ev-hash", files: [("evidence/h.txt", a)]),
                Self.evidence("ev-files", files: [("evidence/f1.txt", a), ("evidence/f2.txt", a)]),
                Self.evidence("ev-old"), Self.evidence("ev-same"),
                Self.evidence("ev-both", files: [("evidence/x.txt", a)]),
            ])
        let new = Self.snapshot(
            Self.newDate,
            evidence: [
                Self.evidence("ev-new"), Self.evidence("ev-hash", files: [("evidence/h.txt", b)]),
                Self.evidence("ev-files", files: [("evidence/f1.txt", a), ("evidence/f3.txt", b)]),
                Self.evidence("ev-old", current: false), Self.evidence("ev-same"),
                Self.evidence("ev-both", files: [("evidence/x.txt", b)], current: false),
            ])
        let diff = RegisterDiff(old: old, new: new)
        let summary = diff.evidence.map { "\($0.id) \($0.change.rawValue)" }
        #expect(
            summary == [
                "ev-both replaced", "ev-both expired", "ev-files replaced", "ev-gone removed", "ev-hash replaced",
                "ev-new added", "ev-old expired",
            ])
        let hash = try #require(diff.evidence.first { $0.id == "ev-hash" })
        #expect(hash.files == [RegisterDiff.FileChange(path: "evidence/h.txt", change: .replaced, old: a, new: b)])
        let files = try #require(diff.evidence.first { $0.id == "ev-files" })
        #expect(files.files.map(\.path) == ["evidence/f2.txt", "evidence/f3.txt"])
        #expect(files.files.map(\.change) == [.removed, .added])
        let added = try #require(diff.evidence.first { $0.id == "ev-new" })
        #expect(added.files.map(\.new) == [a])
        #expect(added.supports == ["A.5.1"])
        let expired = try #require(diff.evidence.first { $0.id == "ev-old" })
        #expect(expired.ended == CalendarDate("2026-01-10"))
        #expect(expired.files.isEmpty)
    }

    @Test("every field of a processing activity is compared", arguments: ChangedRecordKind.processingActivity.fields)
    func processingField(field: ChangedField) throws {
        let old = Self.snapshot(Self.oldDate, processing: [Self.activity("shop")])
        let new = Self.snapshot(
            Self.newDate, processing: [Self.activity("shop") { $0[field] = ($0[field] ?? []) + ["changed"] }])
        let change = try #require(RegisterDiff(old: old, new: new).processing.first)
        #expect(change.change == .changed)
        #expect(change.fields.map(\.field) == [field])
        #expect(change.fields.first?.new.last == "changed")
    }

    @Test("every field of a party is compared; parties added and removed by id")
    func parties() throws {
        for field in ChangedRecordKind.party.fields {
            var changed = Self.party("host")
            changed.values[field] = ["other"]
            let diff = RegisterDiff(
                old: Self.snapshot(Self.oldDate, parties: [Self.party("host")]),
                new: Self.snapshot(Self.newDate, parties: [changed]))
            #expect(diff.parties.first?.fields.map(\.field) == [field], "\(field)")
        }
        let diff = RegisterDiff(
            old: Self.snapshot(Self.oldDate, parties: [Self.party("b-host"), Self.party("a-cdn")]),
            new: Self.snapshot(Self.newDate, parties: [Self.party("c-mail"), Self.party("a-cdn", country: "US")]))
        #expect(
            diff.parties.map { "\($0.id) \($0.change.rawValue)" } == [
                "a-cdn changed", "b-host removed", "c-mail added",
            ])
        #expect(diff.parties[0].fields.first?.old == ["NL"])
        #expect(diff.parties[0].fields.first?.new == ["US"])
    }

    // MARK: Snapshots read from pack.xml

    @Test("a register and the pack made of it on the same date give the same snapshot")
    func registerMatchesItsPack() throws {
        let fixture = try ReportFixture.make()
        let content = try Self.content(fixture)
        let fromRegister = try SnapshotSource.register(fixture.root, asOf: CalendarDate(ReportFixture.asOf)!)
        let fromXML = try PackSnapshotReader.read(xml: Array(PackXMLRenderer.render(content).utf8), origin: .register)
        #expect(fromRegister == fromXML)
        #expect(RegisterDiff(old: fromRegister, new: fromXML).isEmpty)
        // The snapshot carries what the diff compares.
        let newsletter = try #require(fromXML.processing.first { $0.id == "newsletter" })
        #expect(newsletter.value(.transfers) == ["US: DPF"])
        #expect(newsletter.value(.purposes) == ["Send the newsletter, monthly", "Measure reach"])
        #expect(newsletter.value(.minors) == ["Not aimed at children under 16.\nParents may ask for deletion.\n"])
        let a52 = try #require(fromXML.controls.first { $0.id == "A.5.2" })
        #expect(a52.value(.justification) == [ReportFixture.trickyJustification])
        #expect(a52.value(.owner) == ["Directie, Security Officer"])
        #expect(fromXML.controls.first { $0.id == "A.5.8" }?.value(.applicable) == ["undecided"])
        let old = try #require(fromXML.evidence.first { $0.id == "ev-old" })
        #expect(!old.current)
        #expect(try #require(fromXML.evidence.first { $0.id == "ev-soon" }).current)
        #expect(fromXML.evidence.first { $0.id == "ev-policy" }?.files.first?.path == "evidence/policy/policy.txt")
        #expect(fromXML.auditID == "2026")
    }

    @Test("through pack.xml: a purpose's basis, the Art. 9(2) condition, the role and the controllers")
    func gdprFields() throws {
        let fixture = try FixtureRegister()
        try ProcessingFixtures.addGDPRCases(to: fixture)
        let asOf = CalendarDate(FixtureRegister.asOf)!
        let before = try SnapshotSource.register(fixture.root, asOf: asOf)
        let hosting = try #require(before.processing.first { $0.id == "hosting" })
        #expect(hosting.value(.role) == ["processor"])
        #expect(before.processing.first { $0.id == "personnel" }?.value(.role) == ["controller"])
        try fixture.write(
            "controls/processing/personnel.yaml",
            ProcessingFixtures.personnel(condition: "[employment, legal-claims]").replacingOccurrences(
                of: "    legal-basis: contract\n", with: "    legal-basis: legal-obligation\n"))
        try fixture.write(
            "controls/processing/hosting.yaml", ProcessingFixtures.asProcessor(id: "hosting", controllers: "[klant]"))
        let diff = RegisterDiff(old: before, new: try SnapshotSource.register(fixture.root, asOf: asOf))
        let personnel = try #require(diff.processing.first { $0.id == "personnel" })
        #expect(personnel.fields.map(\.field) == [.purposes, .specialCategoriesCondition])
        #expect(personnel.fields.first?.new.last == "Arbeidsovereenkomst uitvoeren (legal-obligation)")
        #expect(personnel.fields.last?.new == ["employment legal-claims"])
        #expect(diff.processing.first { $0.id == "hosting" }?.fields.map(\.field) == [.controllers])
        let html = PackHTMLRenderer.render(
            try PackTesting.content(fixture), changes: diff)
        #expect(html.contains("legal claims (GDPR Art. 9(2)(f))"))
    }

    @Test("incidents through pack.xml: added, removed, and a breach notified since; the pack with them validates")
    func incidents() throws {
        let fixture = try IncidentFixtures.register()
        let asOf = CalendarDate(FixtureRegister.asOf)!
        let before = try SnapshotSource.register(fixture.root, asOf: asOf)
        #expect(before.incidents.map(\.id) == ["INC-1", "INC-2", "INC-3", "INC-4"])
        #expect(before.incidents.first { $0.id == "INC-2" }?.value(.risk) == ["risk"])
        let notified = try #require(IncidentFixtures.records.first { $0.path.hasSuffix("INC-4.yaml") }).text
            .replacingOccurrences(
                of: "  reasoning: Addresses of private persons were visible to each other.\n",
                with:
                    "  reasoning: Addresses of private persons were visible to each other.\n  notified-authority: 2026-06-01T09:00+02:00\n"
            )
        try fixture.write("controls/incidents/INC-4.yaml", notified + "closed: 2026-06-01\n")
        try fixture.remove("controls/incidents/INC-1.yaml")
        try fixture.write(
            "controls/incidents/INC-6.yaml",
            "id: INC-6\ntitle: Door left open\naware: 2026-05-30T08:00Z\ncategory: physical\nseverity: low\n"
                + "description: The office door was found open.\npersonal-data-breach: false\n")
        let content = try PackTesting.content(fixture)
        let diff = RegisterDiff(old: before, new: try PackSnapshotReader.snapshot(of: content, origin: .pack))
        #expect(diff.incidents.map(\.id) == ["INC-1", "INC-4", "INC-6"])
        #expect(diff.incidents.map(\.change) == [.removed, .changed, .added])
        #expect(diff.incidents[1].fields.map(\.field) == [.notifiedAuthority, .closed])
        let xml = PackXMLRenderer.render(content, changes: diff)
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try Self.expectXmllintValid(xml)
        #expect(xml.contains("<incident-change id=\"INC-4\" name=\"Mailing list exposed\" change=\"changed\">"))
        #expect(DiffTextRenderer.render(diff, old: "old", new: "new").contains("INC-4"))
        let html = PackHTMLRenderer.render(content, changes: diff)
        #expect(html.contains("<h3>Incidents and personal-data breaches</h3>"))
    }

    @Test("pack.xml with changes is valid (libxml2 and xmllint), and a snapshot ignores its changes")
    func changesInPackXML() throws {
        let fixture = try ReportFixture.make()
        let before = try SnapshotSource.register(fixture.root, asOf: CalendarDate(ReportFixture.asOf)!)
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            ReportFixture.control(
                "A.5.1", title: "Policies for information security", justification: "<b>New</b> & \"quoted\"",
                status: "partial", owner: "Security Officer"))
        try fixture.remove("controls/parties/purechat.yaml")
        try fixture.addEvidence(
            "ev-fresh", folder: "evidence/fresh", file: "fresh.txt", content: "fresh\n", collected: "2026-05-20",
            supports: ["A.5.7"])
        let content = try Self.content(fixture)
        let after = try PackSnapshotReader.snapshot(of: content, origin: .pack)
        let diff = RegisterDiff(old: before, new: after)
        #expect(!diff.isEmpty)
        let xml = PackXMLRenderer.render(content, changes: diff)
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try Self.expectXmllintValid(xml)
        #expect(xml.contains("<changes previous-as-of=\"2026-06-01\" previous-audit=\"2026\">"))
        #expect(
            xml.contains("<control-change id=\"A.5.1\" name=\"Policies for information security\" change=\"changed\">"))
        #expect(xml.contains("<new>&lt;b&gt;New&lt;/b&gt; &amp; &quot;quoted&quot;</new>"))
        #expect(xml.contains("<party-change id=\"purechat\" name=\"Party purechat\" change=\"removed\"/>"))
        #expect(xml.contains("<coverage-change record=\"control\" id=\"A.5.7\""))
        #expect(xml.contains("<evidence-change id=\"ev-fresh\" title=\"Evidence ev-fresh\" change=\"added\">"))
        // Without changes the pack is exactly what it always was.
        #expect(!PackXMLRenderer.render(content).contains("<changes"))
        // Reading a pack that has changes gives the same snapshot as one without.
        #expect(try PackSnapshotReader.read(xml: Array(xml.utf8), origin: .pack) == after)
        // A kind of change the schema does not know is refused: the enumerations are strict.
        let forged = xml.replacingOccurrences(of: "change=\"removed\"/>", with: "change=\"renamed\"/>")
        #expect(!SchemaValidator.validate(xml: Array(forged.utf8)).isEmpty)
    }

    @Test("the page opens with the changes, escaped, in Dutch or English")
    func changesInHTML() throws {
        let fixture = try ReportFixture.make()
        let before = try SnapshotSource.register(fixture.root, asOf: CalendarDate(ReportFixture.asOf)!)
        try fixture.write(
            "controls/custom/ORG-10.yaml",
            ReportFixture.control("ORG-10", title: "Pipes | and <b>tags</b>", justification: "<script>x</script>"))
        let content = try Self.content(fixture)
        let diff = RegisterDiff(old: before, new: try PackSnapshotReader.snapshot(of: content, origin: .pack))
        let html = PackHTMLRenderer.render(content, changes: diff)
        #expect(html.contains("<section id=\"changes\">\n<h2>1. Changes since the previous audit</h2>"))
        #expect(html.contains("<li><a href=\"#changes\">1. Changes since the previous audit</a></li>"))
        #expect(
            try #require(html.range(of: "id=\"changes\"")).lowerBound < html.range(of: "id=\"summary\"")!.lowerBound)
        #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(!html.contains("<script>x"))
        #expect(html.contains("Compared with the audit pack as of <strong>2026-06-01</strong>"))
        let dutch = PackHTMLRenderer.render(
            PackContent(report: content.report, language: .nl), changes: RegisterDiff(old: before, new: before))
        #expect(dutch.contains(". Wijzigingen sinds de vorige audit</h2>"))
        #expect(dutch.contains("Geen wijzigingen sinds het vorige auditdossier."))
        // Without a previous pack the section says that no comparison was made.
        #expect(PackHTMLRenderer.render(content).contains("id=\"changes\""))
        try Self.expectWellFormed(html)
    }

    // MARK: Formats

    @Test(
        "through pack.xml: the scope, a control's narrative, requirements and review date, custom controls and data-subject requests; every form counts the same"
    )
    func widerComparison() throws {
        let fixture = try ReportFixture.make()
        try RequestFixtures.add(fixture, "dsr-1", RequestFixtures.request("DSR-2026-001", received: "2026-03-02"))
        try RequestFixtures.add(fixture, "dsr-2", RequestFixtures.request("DSR-2026-002", received: "2026-04-02"))
        let asOf = CalendarDate(ReportFixture.asOf)!
        let before = try SnapshotSource.register(fixture.root, asOf: asOf)
        #expect(before.settings.first?.value(.scope) == ["The fixture's websites."])
        #expect(before.requests.map(\.id) == ["DSR-2026-001", "DSR-2026-002"])

        try fixture.write(
            "isms.yaml",
            FixtureRegister.settings.replacingOccurrences(
                of: "scope: The fixture's websites.", with: "scope: The fixture's websites and its office."))
        let a51 = try fixture.text("controls/annex-a/A.5.1.yaml")
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            a51 + "narrative: Approved by the board.\nrequirements: [Contract with a customer]\nreview-by: 2027-01-31\n"
        )
        try fixture.write(
            "controls/custom/ORG-3.yaml",
            ReportFixture.control("ORG-3", title: "Own control three", justification: "Own."))
        try RequestFixtures.add(
            fixture, "dsr-1",
            RequestFixtures.request("DSR-2026-001", received: "2026-03-02", answered: "2026-03-20"))
        try fixture.remove("controls/requests/dsr-2.yaml")
        try RequestFixtures.add(fixture, "dsr-3", RequestFixtures.request("DSR-2026-003", received: "2026-05-02"))
        let content = try Self.content(fixture)
        let after = try PackSnapshotReader.snapshot(of: content, origin: .pack)
        let diff = RegisterDiff(old: before, new: after)

        #expect(diff.settings.first?.fields.map(\.field) == [.scope])
        let control = try #require(diff.controls.first { $0.id == "A.5.1" })
        #expect(control.fields.map(\.field) == [.requirements, .narrative, .reviewBy])
        #expect(diff.controls.contains { $0.id == "ORG-3" && $0.change == .added })
        #expect(diff.requests.map(\.id) == ["DSR-2026-001", "DSR-2026-002", "DSR-2026-003"])
        #expect(diff.requests.map(\.change) == [.changed, .removed, .added])
        #expect(diff.requests.first?.fields.map(\.field) == [.answered])

        // One count, one meaning: the lines of the text form, JSON's `changes`, Markdown's line.
        let text = DiffTextRenderer.render(diff, old: "old", new: "new")
        let lines = text.split(separator: "\n").dropFirst().dropLast()
        #expect(lines.count == diff.count)
        #expect(text.hasSuffix("\(diff.count) changes\n"))
        #expect(
            text.contains(
                #"settings isms.yaml scope: "The fixture's websites." → "The fixture's websites and its office.""#))
        #expect(text.contains("data-subject-request DSR-2026-001 answered: (none) → 2026-03-20"))
        let json = DiffJSONRenderer.render(diff, old: "old", new: "new")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["changes"] as? Int == diff.count)
        #expect((object["data-subject-requests"] as? [[String: Any]])?.count == 3)
        #expect(DiffMarkdownRenderer.render(diff, old: "old", new: "new").contains("- Changes: \(diff.count)\n"))

        let xml = PackXMLRenderer.render(content, changes: diff)
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try Self.expectXmllintValid(xml)
        #expect(xml.contains("<settings-change id=\"isms.yaml\" name=\"Fixture B.V.\" change=\"changed\">"))
        #expect(xml.contains("<request-change id=\"DSR-2026-003\" name=\"access\" change=\"added\"/>"))
        let html = PackHTMLRenderer.render(content, changes: diff)
        #expect(html.contains("<h3>Scope and standard (isms.yaml)</h3>"))
        #expect(html.contains("<h3>Data-subject requests</h3>"))
        #expect(html.contains("<p>\(diff.count) changes, counted as isms diff counts.</p>"))
    }

    @Test("a request received before the new audit period is not reported as removed")
    func requestsOfEarlierPeriods() throws {
        let fixture = try ReportFixture.make()
        try RequestFixtures.add(fixture, "old", RequestFixtures.request("DSR-2025-009", received: "2025-11-02"))
        try RequestFixtures.add(fixture, "new", RequestFixtures.request("DSR-2026-001", received: "2026-01-05"))
        // Last year's pack: the audit period of 2025.
        try fixture.write(
            "isms.yaml",
            FixtureRegister.settings.replacingOccurrences(of: "id: \"2026\"", with: "id: \"2025\"")
                .replacingOccurrences(of: "period-start: 2026-01-01", with: "period-start: 2025-01-01")
                .replacingOccurrences(of: "period-end: 2026-12-31", with: "period-end: 2025-12-31"))
        let before = try SnapshotSource.register(fixture.root, asOf: CalendarDate("2025-12-31")!)
        #expect(before.requests.map(\.id) == ["DSR-2025-009"])
        try fixture.write("isms.yaml", FixtureRegister.settings)
        let asOf = CalendarDate(ReportFixture.asOf)!
        let diff = RegisterDiff(old: before, new: try SnapshotSource.register(fixture.root, asOf: asOf))
        // DSR-2025-009 left this year's pack with its audit period; DSR-2026-001 is new.
        #expect(diff.requests.map(\.id) == ["DSR-2026-001"])
        #expect(diff.requests.map(\.change) == [.added])
    }

    @Test("a pack made without a previous pack says that no comparison was made")
    func noComparison() throws {
        let fixture = try ReportFixture.make()
        let html = PackHTMLRenderer.render(try Self.content(fixture))
        #expect(html.contains(". Changes since the previous audit</h2>\n<p>No comparison was made"))
    }

    @Test("text, JSON and Markdown show the same changes; values are quoted and escaped")
    func formats() throws {
        let old = Self.snapshot(
            Self.oldDate, controls: [Self.control("A.5.1")], parties: [Self.party("host")],
            evidence: [Self.evidence("ev-1")])
        let new = Self.snapshot(
            Self.newDate,
            controls: [Self.control("A.5.1", justification: "Line one\nline \"two\" | \u{202E}", owner: "CISO")],
            evidence: [Self.evidence("ev-1", files: [("evidence/a.txt", String(repeating: "c", count: 64))])])
        let diff = RegisterDiff(old: old, new: new)
        let text = DiffTextRenderer.render(diff, old: "old pack", new: "new")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "isms diff: old pack (pack, as of 2025-06-01) → new (pack, as of 2026-06-01)")
        #expect(lines.contains(#"control A.5.1 justification: "Needed." → "Line one\nline \"two\" | \u{202e}""#))
        #expect(
            lines.contains(
                "evidence ev-1 replaced: evidence/a.txt: \(String(repeating: "a", count: 64)) → \(String(repeating: "c", count: 64))"
            ))
        #expect(lines.contains(#"party host removed: "Party host""#))
        #expect(lines.last == "3 changes")

        let json = DiffJSONRenderer.render(diff, old: "old pack", new: "new")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "isms-diff")
        #expect(object["changes"] as? Int == 3)
        let controls = try #require(object["controls"] as? [[String: Any]])
        let fields = try #require(controls.first?["fields"] as? [[String: Any]])
        #expect(fields.first?["new"] as? [String] == ["Line one\nline \"two\" | \u{202E}"])
        #expect((object["old"] as? [String: Any])?["as-of"] as? String == "2025-06-01")
        #expect(json == DiffJSONRenderer.render(diff, old: "old pack", new: "new"))

        let markdown = DiffMarkdownRenderer.render(diff, old: "old pack", new: "new")
        #expect(
            markdown.contains(
                #"| A.5.1 | Control A.5.1 | changed | justification | Needed. | Line one<br>line "two" \| \\u{202e} |"#)
        )
        #expect(markdown.contains("## Third parties"))
        #expect(markdown.contains("| host | Party host | removed |  |  |  |"))
    }

    // MARK: Helpers

    private static func content(_ fixture: FixtureRegister) throws -> PackContent {
        let report = RegisterChecker.check(try fixture.load(), asOf: CalendarDate(ReportFixture.asOf)!, hashAll: true)
        return PackContent(report: report, language: .en)
    }

    private static func expectXmllintValid(_ xml: String) throws {
        guard Shell.has("/usr/bin/xmllint") else { return }
        let file = FileManager.default.temporaryDirectory.path + "/isms-diff-\(UUID().uuidString).xml"
        try Data(xml.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try Shell.run(
            "/usr/bin/xmllint",
            ["--noout", "--nonet", "--schema", IsmsBinary.repositoryRoot + "/schema/audit-pack.xsd", file])
        #expect(result.status == 0, "\(result.output)")
    }

    private static func expectWellFormed(_ html: String) throws {
        guard Shell.has("/usr/bin/xmllint") else { return }
        let file = FileManager.default.temporaryDirectory.path + "/isms-diff-\(UUID().uuidString).html"
        try Data(html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "").utf8).write(
            to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try Shell.run("/usr/bin/xmllint", ["--noout", "--nonet", file])
        #expect(result.status == 0, "\(result.output)")
    }
}
