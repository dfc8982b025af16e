import ISMSKit
import ISMSTestSupport
import Testing

/// One mistake, one finding: a record that cannot be read or decoded still exists for every
/// reference to its id, for the SoA's completeness, and still names its files (issue 16).
@Suite("A record that fails to decode reports only its own defect")
struct UnreadableRecordTests {
    @Test("an invalid country in a party: no recipient or evidence ghost")
    func invalidCountry() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/parties/mailer.yaml", ProcessingFixtures.party(id: "mailer", country: "Netherlands"))
        try fixture.write(
            "controls/processing/newsletter.yaml",
            ProcessingFixtures.activity(id: "newsletter", recipients: ["mailer"]))
        try fixture.addEvidence(
            "ev-mailer", folder: "evidence/mailer", file: "terms.txt", supports: ["mailer", "newsletter"])
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code) == [.invalidValue])
        #expect(findings.first?.location.description == "controls/parties/mailer.yaml:4:10")
    }

    @Test("a YAML syntax error in A.7.12: the control is not missing from the SoA, nor unknown to evidence")
    func syntaxErrorInControl() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.7.12.yaml",
            FixtureRegister.control("A.7.12", title: "Cabling security").replacingOccurrences(
                of: "justification: Needed for the fixture.", with: "justification: Needed: for the fixture."))
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code) == [.yamlSyntax])
        #expect(findings.first?.location.path == "controls/annex-a/A.7.12.yaml")
    }

    @Test("a syntax error that hides even the id: the file name stands for an Annex A control's id")
    func syntaxErrorBeforeID() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/annex-a/A.7.12.yaml", "id: [A.7.12\ntitle: Cabling security\n")
        #expect(try fixture.codes() == ["E100"])
    }

    @Test("an invalid date in an evidence record: its files are not orphans, its controls not uncovered twice")
    func invalidDateInEvidence() throws {
        let fixture = try FixtureRegister()
        try fixture.addEvidence(
            "ev-cabling", folder: "evidence/cabling", file: "survey.txt", collected: "2026-13-01",
            supports: ["A.7.12"])
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code) == [.invalidValue])
        #expect(findings.first?.location.description == "evidence/cabling/ev-cabling.evidence.yaml:3:12")
    }

    @Test("the only evidence of a control fails to decode: the control is not reported as uncovered besides")
    func onlyEvidenceUnreadable() throws {
        let fixture = try FixtureRegister()
        try fixture.addEvidence(
            "ev-policy",
            supports: AnnexACatalog.controls.map(\.id).filter { $0 != "A.7.12" }
                + ClauseCatalog.documentedInformation.map(\.id))
        try fixture.addEvidence(
            "ev-cabling", folder: "evidence/cabling", file: "survey.txt", collected: "2026-13-01",
            supports: ["A.7.12"])
        #expect(try fixture.codes() == ["E104"])
        // Without the broken record, the control's gap is reported as ever.
        try fixture.remove("evidence/cabling")
        #expect(try fixture.codes() == ["E200"])
    }

    @Test("an evidence record whose files cannot be made out: no file beside it is called an orphan")
    func filesUnknown() throws {
        let fixture = try FixtureRegister()
        try fixture.write("evidence/cabling/survey.txt", "survey\n")
        try fixture.write("evidence/other/stray.txt", "stray\n")
        try fixture.write("evidence/cabling/ev-cabling.evidence.yaml", "id: ev-cabling\ntitle: Cabling: survey\n")
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code) == [.yamlSyntax, .orphanEvidenceFile])
        #expect(findings.last?.location.path == "evidence/other/stray.txt")
    }

    @Test("an evidence record with a syntax error still names its files, in flow and in block lists")
    func syntaxErrorInEvidence() throws {
        let fixture = try FixtureRegister()
        try fixture.write("evidence/cabling/survey.txt", "survey\n")
        try fixture.write("evidence/cabling/photo.txt", "photo\n")
        try fixture.write("evidence/cabling/stray.txt", "stray\n")
        try fixture.write(
            "evidence/cabling/ev-cabling.evidence.yaml",
            """
            id: ev-cabling
            title: Cabling: survey
            collected: 2026-03-01
            owner: CISO
            files:
              - survey.txt
              - "photo.txt"  # the cabinet
            supports: [A.7.12]

            """)
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code) == [.yamlSyntax, .orphanEvidenceFile])
        #expect(findings.last?.location.path == "evidence/cabling/stray.txt")
    }

    @Test("a reference to an id no record has, readable or not, is still reported")
    func realGhostStays() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/parties/mailer.yaml", ProcessingFixtures.party(id: "mailer", country: "Netherlands"))
        try fixture.write(
            "controls/processing/newsletter.yaml",
            ProcessingFixtures.activity(id: "newsletter", recipients: ["mailr"]))
        #expect(try fixture.codes() == ["E104", "E407"])
    }
}
