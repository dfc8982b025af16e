import ISMSKit
import ISMSTestSupport
import Testing

@Suite("GDPR Art. 30 and parties: E400-E408, W400")
struct ProcessingTests {
    @Test("a complete processing activity has no findings")
    func complete() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/processing/p.yaml", ProcessingFixtures.activity(id: "p"))
        #expect(try fixture.codes().isEmpty)
    }

    @Test("E400, E401, E402: purposes, legal basis and retention are required")
    func required() throws {
        let fixture = try FixtureRegister()
        var text = ProcessingFixtures.activity(id: "p")
        text = text.replacingOccurrences(of: "purposes: [Serve customers]\n", with: "purposes: []\n")
        text = text.replacingOccurrences(of: "legal-basis: contract\n", with: "")
        text = text.replacingOccurrences(of: "retention: while customer\n", with: "")
        try fixture.write("controls/processing/p.yaml", text)
        #expect(try fixture.codes().sorted() == ["E400", "E401", "E402"])
    }

    @Test("E104: a legal basis outside GDPR Art. 6(1)")
    func unknownBasis() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/processing/p.yaml", ProcessingFixtures.activity(id: "p", basis: "legitimate-interest"))
        let finding = try fixture.findings(.invalidValue).first
        #expect(finding?.message.contains("did you mean `legitimate-interests`?") == true)
    }

    @Test("W400: retention undetermined")
    func undetermined() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/processing/p.yaml", ProcessingFixtures.activity(id: "p", retention: "undetermined"))
        #expect(try fixture.codes() == ["W400"])
    }

    @Test("E403: a processor without a current processing agreement")
    func processorWithoutAgreement() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/parties/chat.yaml", ProcessingFixtures.party(id: "chat", role: "processor"))
        try fixture.write("controls/processing/p.yaml", ProcessingFixtures.activity(id: "p", recipients: ["chat"]))
        #expect(try fixture.codes() == ["E403"])
        try fixture.addEvidence("ev-dpa", folder: "evidence/dpa", supports: ["chat"])
        #expect(try fixture.codes().isEmpty)
    }

    @Test("E404: transfers and parties outside the EEA need a safeguard")
    func safeguards() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/parties/us.yaml", ProcessingFixtures.party(id: "us", country: "US"))
        try fixture.write("controls/parties/no.yaml", ProcessingFixtures.party(id: "no", country: "NO"))
        try fixture.write(
            "controls/processing/p.yaml",
            ProcessingFixtures.activity(id: "p", transfers: "[{country: US}, {country: GB, safeguard: adequacy}]"))
        let findings = try fixture.findings(.transferWithoutSafeguard)
        #expect(findings.map(\.location.path) == ["controls/parties/us.yaml", "controls/processing/p.yaml"])
    }

    @Test("E405: consent without current evidence of the mechanism")
    func consent() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/processing/news.yaml", ProcessingFixtures.activity(id: "news", basis: "consent"))
        let finding = try fixture.findings(.consentWithoutEvidence).first
        #expect(finding?.location.line == 4)
        try fixture.addEvidence("ev-form", folder: "evidence/form", supports: ["news"])
        #expect(try fixture.codes().isEmpty)
    }

    @Test("E406: protecting controls must exist and be applicable")
    func protectingControls() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.7.4.yaml",
            FixtureRegister.control("A.7.4", title: "Physical security monitoring", applicable: false))
        try fixture.write(
            "controls/processing/p.yaml", ProcessingFixtures.activity(id: "p", controls: ["A.7.4", "A.5.99"]))
        let messages = try fixture.findings(.protectingControlInvalid).map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("excludes") })
        #expect(messages.contains { $0.contains("unknown control `A.5.99`") })
    }

    @Test("E407: recipients must be known parties")
    func unknownRecipient() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/parties/purechat.yaml", ProcessingFixtures.party(id: "purechat"))
        try fixture.write("controls/processing/p.yaml", ProcessingFixtures.activity(id: "p", recipients: ["purechatt"]))
        let finding = try fixture.findings(.recipientUnknown).first
        #expect(finding?.message.contains("did you mean `purechat`?") == true)
        #expect(finding?.location.line == 8)
    }

    @Test("E408: a control protecting an unknown processing activity")
    func unknownProcessing() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.34.yaml",
            FixtureRegister.control("A.5.34", title: "Privacy and protection of PII", extra: "processing: [newsleter]"))
        try fixture.write("controls/processing/newsletter.yaml", ProcessingFixtures.activity(id: "newsletter"))
        let finding = try fixture.findings(.processingUnknown).first
        #expect(finding?.message.contains("did you mean `newsletter`?") == true)
    }
}
