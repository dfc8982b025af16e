import ISMSKit
import ISMSTestSupport
import Testing

@Suite("Statement of Applicability: E200-E206, W201, W202")
struct StatementOfApplicabilityTests {
    @Test("E200: an applicable control without evidence fails the gate")
    func noEvidence() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own control"))
        let findings = try fixture.findings(.noCurrentEvidence)
        #expect(findings.count == 1)
        #expect(findings.first?.location == SourceLocation(path: "controls/custom/org.yaml", line: 1, column: 1))
        #expect(try fixture.check().diagnostics.fails(strict: false))
    }

    @Test("E200: an excluded control needs no evidence")
    func excludedNeedsNone() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own", applicable: false))
        #expect(try fixture.codes().isEmpty)
        #expect(try fixture.check().coverage["ORG-1"]?.state == .notApplicable)
    }

    @Test("E201: a missing Annex A control names the file to add")
    func missingControl() throws {
        let fixture = try FixtureRegister()
        try fixture.remove("controls/annex-a/A.7.4.yaml")
        let findings = try fixture.findings(.annexAControlMissing)
        #expect(findings.count == 1)
        #expect(findings.first?.location.path == "controls/annex-a/A.7.4.yaml")
        #expect(findings.first?.message.contains("Physical security monitoring") == true)
    }

    @Test("E202: an Annex A control described twice")
    func duplicated() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/copy.yaml", FixtureRegister.control("A.5.1", title: "Policies for information security"))
        let findings = try fixture.findings(.annexAControlDuplicated)
        #expect(findings.count == 1)
        #expect(try fixture.codes() == ["E202"])
    }

    @Test("E203: an id the catalog lacks, with the closest id")
    func notInCatalog() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/annex-a/A.5.38.yaml", FixtureRegister.control("A.5.38", title: "Invented"))
        let findings = try fixture.findings(.notInCatalog)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("did you mean") == true)
    }

    @Test("E204: applicability not decided")
    func applicabilityMissing() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.6.1.yaml",
            "id: A.6.1\ntitle: Screening\napplicable:\njustification: x\nstatus: planned\nowner: HR\n")
        #expect(try fixture.codes() == ["E204"])
    }

    @Test("E205: justification empty, for an exclusion too")
    func justificationMissing() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.6.2.yaml",
            "id: A.6.2\ntitle: Terms and conditions of employment\napplicable: false\njustification: \"  \"\nstatus: not-started\nowner: HR\n"
        )
        let findings = try fixture.findings(.justificationMissing)
        #expect(findings.count == 1)
        #expect(findings.first?.location.line == 4)
    }

    @Test("E206: a custom control may not take an Annex A id")
    func customWithAnnexID() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/a.yaml", FixtureRegister.control("A.99", title: "Mine"))
        try fixture.addEvidence("ev-a99", folder: "evidence/a99", supports: ["A.99"])
        #expect(try fixture.codes() == ["E206"])
    }

    @Test("W201: a title that differs from the catalog")
    func titleDiffers() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/annex-a/A.8.1.yaml", FixtureRegister.control("A.8.1", title: "Laptops"))
        let findings = try fixture.findings(.titleDiffersFromCatalog)
        #expect(findings.first?.message.contains("`User endpoint devices`") == true)
        #expect(findings.first?.severity == .warning)
        #expect(!(try fixture.check().diagnostics.fails(strict: false)))
        #expect(try fixture.check().diagnostics.fails(strict: true))
    }

    @Test("W202: not applicable yet implemented")
    func excludedButImplemented() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.7.4.yaml",
            "id: A.7.4\ntitle: Physical security monitoring\napplicable: false\njustification: No premises.\nstatus: implemented\nowner: Facilities\nreview-by: 2027-01-31\n"
        )
        let findings = try fixture.findings(.excludedButImplemented)
        #expect(findings.first?.location.line == 5)
        #expect(try fixture.codes() == ["W202"])
    }
}
