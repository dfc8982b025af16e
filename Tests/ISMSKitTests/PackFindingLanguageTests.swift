import ISMSTestSupport
import Testing

@testable import ISMSKit

/// The pack's findings section speaks the pack's language; `isms check` stays English.
@Suite("Pack findings in the pack's language")
struct PackFindingLanguageTests {
    /// The baseline broken in four ways: a missing Annex A control (E201, and E305 for the evidence
    /// that supports it), an unknown key (E103), an exclusion without a review date (W204) and a file
    /// no evidence record names (W301).
    static func fixture() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.remove("controls/annex-a/A.5.2.yaml")
        try fixture.write(
            "controls/annex-a/A.5.3.yaml",
            FixtureRegister.control("A.5.3", title: AnnexACatalog.byID["A.5.3"]!.title, extra: "titel: x"))
        try fixture.write(
            "controls/annex-a/A.5.4.yaml",
            FixtureRegister.control("A.5.4", title: AnnexACatalog.byID["A.5.4"]!.title, applicable: false))
        try fixture.write("evidence/policy/extra.txt", "not named\n")
        return fixture
    }

    @Test("a Dutch pack shows every message in Dutch, an English one the text of isms check")
    func languages() throws {
        let fixture = try Self.fixture()
        let dutch = try HTMLFixtures.content(fixture, .nl)
        let findings = dutch.report.diagnostics.sorted
        #expect(
            Set(findings.map(\.code))
                == [
                    .annexAControlMissing, .supportsUnknownID, .unknownKey, .exclusionWithoutReviewDate,
                    .orphanEvidenceFile,
                ])
        let dutchPage = PackHTMLRenderer.render(dutch)
        let englishPage = PackHTMLRenderer.render(try HTMLFixtures.content(fixture, .en))
        let checkText = TextFindingFormatter().render(dutch.report)
        for finding in findings {
            #expect(finding.dutchMessage != finding.message)
            #expect(dutchPage.contains("<td>\(HTMLText.escape(finding.dutchMessage))</td>"), "\(finding.dutchMessage)")
            #expect(!dutchPage.contains(HTMLText.escape(finding.message)), "\(finding.message)")
            #expect(englishPage.contains("<td>\(HTMLText.escape(finding.message))</td>"), "\(finding.message)")
            #expect(checkText.contains(finding.message))
            #expect(!checkText.contains(finding.dutchMessage))
        }
        #expect(dutchPage.contains("ontbreekt in de Verklaring van Toepasselijkheid"))
        #expect(dutchPage.contains("onbekende sleutel `titel` in beheersmaatregel"))
    }

    @Test("pack.xml keeps the English message whatever the pack's language")
    func xmlStaysEnglish() throws {
        let fixture = try Self.fixture()
        let content = try HTMLFixtures.content(fixture, .nl)
        let xml = PackXMLRenderer.render(content)
        for finding in content.report.diagnostics.sorted {
            #expect(!xml.contains(finding.dutchMessage), "\(finding.dutchMessage)")
        }
    }
}
