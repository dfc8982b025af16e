import ISMSKit
import ISMSTestSupport
import Testing

@Suite("GDPR Art. 9(2), a basis per purpose and Art. 30(2): E409-E411")
struct ProcessingLawfulnessTests {
    @Test("E409: special categories without an Art. 9(2) condition, at `special-categories`")
    func specialCategoriesWithoutCondition() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/processing/personnel.yaml", ProcessingFixtures.personnel(condition: nil))
        let findings = try fixture.check().diagnostics.findings
        #expect(findings.map(\.code.rawValue) == ["E409"])
        #expect(findings.first?.location.line == 11)
        try fixture.write("controls/processing/personnel.yaml", ProcessingFixtures.personnel())
        #expect(try fixture.codes().isEmpty)
    }

    @Test("E104: an Art. 9(2) condition outside the list, with did-you-mean; a list of conditions is read")
    func unknownCondition() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/processing/personnel.yaml", ProcessingFixtures.personnel(condition: "[employmnet, legal-claims]"))
        let findings = try fixture.findings(.invalidValue)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("did you mean `employment`?") == true)
        #expect(findings.first?.location.line == 12)
        let activity = try fixture.load().register.processing.first
        #expect(activity?.specialCategoryConditions == [.legalClaims])
    }

    @Test("E405: explicit consent (Art. 9(2)(a)) needs evidence of the mechanism, at its line")
    func explicitConsent() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/processing/personnel.yaml", ProcessingFixtures.personnel(condition: "explicit-consent"))
        let findings = try fixture.check().diagnostics.findings
        #expect(findings.map(\.code.rawValue) == ["E405"])
        #expect(findings.first?.location.line == 12)
        try fixture.addEvidence("ev-consent", folder: "evidence/consent", supports: ["personnel"])
        #expect(try fixture.codes().isEmpty)
    }

    @Test("several bases: each purpose names its own, and the model keeps it")
    func basisPerPurpose() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/processing/personnel.yaml", ProcessingFixtures.personnel())
        #expect(try fixture.codes().isEmpty)
        let activity = try #require(try fixture.load().register.processing.first)
        #expect(activity.legalBases == [.contract, .legalObligation])
        #expect(activity.purposes.map(\.text) == ["Salarisadministratie", "Arbeidsovereenkomst uitvoeren"])
        #expect(activity.purposes.map { activity.basis(of: $0) } == [.legalObligation, .contract])
    }

    @Test("E410: a plain purpose when there are several bases, and a basis outside the list, at the purpose")
    func purposeBasisInvalid() throws {
        let fixture = try FixtureRegister()
        var text = ProcessingFixtures.personnel()
        text = text.replacingOccurrences(
            of: "  - purpose: Salarisadministratie\n    legal-basis: legal-obligation\n",
            with: "  - Salarisadministratie\n")
        text = text.replacingOccurrences(of: "    legal-basis: contract\n", with: "    legal-basis: consent\n")
        try fixture.write("controls/processing/personnel.yaml", text)
        let findings = try fixture.findings(.purposeBasisInvalid)
        #expect(findings.map(\.location.line) == [4, 5])
        #expect(findings.last?.message.contains("rests on `consent`") == true)
        // The purpose that names consent also brings the consent-evidence rule.
        #expect(try fixture.codes().sorted() == ["E405", "E410", "E410"])
    }

    @Test("a single basis as a list, and a purpose mapping on it, stay valid; consent in a purpose brings E405")
    func singleBasisForms() throws {
        let fixture = try FixtureRegister()
        var text = ProcessingFixtures.activity(id: "p", basis: "[consent]")
        text = text.replacingOccurrences(
            of: "purposes: [Serve customers]\n", with: "purposes:\n  - {purpose: Newsletter, legal-basis: consent}\n")
        try fixture.write("controls/processing/p.yaml", text)
        let findings = try fixture.check().diagnostics.findings
        #expect(findings.map(\.code.rawValue) == ["E405"])
        #expect(findings.first?.location.line == 5)
    }

    @Test("E401 stays: an empty list of bases")
    func emptyBases() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/processing/p.yaml", ProcessingFixtures.activity(id: "p", basis: "[]"))
        #expect(try fixture.codes() == ["E401"])
    }

    @Test("Art. 30(2): a processor's record needs no purposes, basis or retention")
    func processorRecord() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/processing/hosting.yaml", ProcessingFixtures.asProcessor(id: "hosting"))
        #expect(try fixture.codes().isEmpty)
        let activity = try #require(try fixture.load().register.processing.first)
        #expect(activity.role == .processor)
        #expect(activity.controllers == ["Klant B.V."])
        #expect(activity.processingCategories == ["Hosting", "Backup"])
    }

    @Test("E411: a processor's record without a controller, at `controllers` or `role`")
    func processorWithoutController() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/processing/hosting.yaml", ProcessingFixtures.asProcessor(id: "hosting", controllers: "[]"))
        var findings = try fixture.check().diagnostics.findings
        #expect(findings.map(\.code.rawValue) == ["E411"])
        #expect(findings.first?.location.line == 4)
        let text = ProcessingFixtures.asProcessor(id: "hosting").replacingOccurrences(
            of: "controllers: [Klant B.V.]\n", with: "")
        try fixture.write("controls/processing/hosting.yaml", text)
        findings = try fixture.check().diagnostics.findings
        #expect(findings.map(\.code.rawValue) == ["E411"])
        #expect(findings.first?.location.line == 3)
    }

    @Test("E101 and E104: a processor's record needs its categories; a controller's has no controllers")
    func roleKeys() throws {
        let fixture = try FixtureRegister()
        let text = ProcessingFixtures.asProcessor(id: "hosting").replacingOccurrences(
            of: "processing-categories: [Hosting, Backup]\n", with: "")
        try fixture.write("controls/processing/hosting.yaml", text)
        try fixture.write(
            "controls/processing/p.yaml", ProcessingFixtures.activity(id: "p") + "controllers: [Klant B.V.]\n")
        let findings = try fixture.check().diagnostics.findings
        #expect(findings.map(\.code.rawValue) == ["E101", "E104"])
        #expect(findings.last?.location.line == 15)
    }
}
