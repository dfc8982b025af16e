import ISMSKit
import ISMSTestSupport
import Testing

@Suite("E208, W206: an applicable control is implemented, or planned with a dated action")
struct ImplementationStatusTests {
    @Test("E208: an applicable control that is not-started, even with current evidence, at its status line")
    func notStarted() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.7.yaml",
            FixtureRegister.control("A.5.7", title: "Threat intelligence").replacingOccurrences(
                of: "status: implemented", with: "status: not-started"))
        #expect(try fixture.codes() == ["E208"])
        let finding = try #require(try fixture.findings(.applicableNotStarted).first)
        #expect(finding.location.path == "controls/annex-a/A.5.7.yaml" && finding.location.line == 5)
        // Excluded and not started is no finding.
        try fixture.write(
            "controls/annex-a/A.5.7.yaml",
            FixtureRegister.control(
                "A.5.7", title: "Threat intelligence", applicable: false, extra: "review-by: 2026-12-01"))
        #expect(try fixture.codes() == [])
    }

    @Test("W206: planned without a risk action; fine once a risk that names the control plans a dated action")
    func planned() throws {
        let planned = FixtureRegister.control("A.5.1", title: "Policies for information security")
            .replacingOccurrences(of: "status: implemented", with: "status: planned")
        let undated = try FixtureRegister.withRisks([RiskFixtures.risk()])
        try undated.write("controls/annex-a/A.5.1.yaml", planned)
        #expect(try undated.codes() == ["W206"])
        #expect(
            try undated.findings(.plannedWithoutAction).first?.message.contains("its risks `R-001` have none") == true)

        let dated = try FixtureRegister.withRisks([
            RiskFixtures.risk(extra: "planned:\n  - action: Write the policy\n    owner: CISO\n    due: 2026-09-30\n")
        ])
        try dated.write("controls/annex-a/A.5.1.yaml", planned)
        #expect(try dated.codes() == [])

        let noRisk = try FixtureRegister()
        try noRisk.write("controls/annex-a/A.5.1.yaml", planned)
        #expect(try noRisk.findings(.plannedWithoutAction).first?.message.contains("no risk names it") == true)
    }
}
