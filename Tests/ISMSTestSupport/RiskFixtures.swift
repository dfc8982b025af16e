import Foundation
import ISMSKit

/// Risk records for fixture registers: a valid risk by default, which a test changes in one way.
public enum RiskFixtures {
    /// The fixture's settings with `isms init`'s risk method.
    public static let settings = FixtureRegister.settings.replacingOccurrences(
        of: "report-language: en\n", with: RiskMethodTemplate.section + "report-language: en\n")

    /// A risk treated by A.5.1, inherent possible × major (high), residual unlikely × major
    /// (medium), accepted at medium by the Security Officer until 2027-03-01.
    public static func risk(
        _ id: String = "R-001", treatment: String = "modify", controls: String = "[A.5.1]",
        inherent: (String, String) = ("possible", "major"), residual: (String, String)? = ("unlikely", "major"),
        acceptance: String? = "  by: Security Officer\n  date: 2026-03-01\n  level: medium\n  until: 2027-03-01\n",
        status: String = "treated", extra: String = ""
    ) -> String {
        var text = """
            id: \(id)
            title: "Stolen password"
            owner: Security Officer
            identified: 2026-03-01
            inherent:
              likelihood: \(inherent.0)
              impact: \(inherent.1)
            treatment: \(treatment)
            controls: \(controls)

            """
        if let residual { text += "residual:\n  likelihood: \(residual.0)\n  impact: \(residual.1)\n" }
        if let acceptance { text += "acceptance:\n" + acceptance }
        text += "status: \(status)\n" + extra
        return text
    }
}

extension FixtureRegister {
    /// A valid register with the default risk method and one valid risk (`RiskFixtures.risk()`).
    public static func withRisks(_ risks: [String] = [RiskFixtures.risk()]) throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.write("isms.yaml", RiskFixtures.settings)
        for (index, risk) in risks.enumerated() { try fixture.write("controls/risks/R-\(index + 1).yaml", risk) }
        return fixture
    }
}

extension ReportFixture {
    public static let hostileRiskTitle = "Klantgegevens | \"gelekt\" <script>alert(1)</script>"
    public static let formulaRiskTitle = "=cmd|' /C calc'!A0"

    /// `make()` with the default risk method and three risks: R-1 treated by A.5.1 and A.5.7 with
    /// an action and an acceptance ending within the warning window, R-2 retained below the
    /// criteria, and R-3 above the criteria without acceptance.
    public static func makeWithRisks() throws -> FixtureRegister {
        let fixture = try make()
        try fixture.write("isms.yaml", RiskFixtures.settings)
        try fixture.write(
            "controls/risks/R-1.yaml",
            RiskFixtures.risk(
                "R-1", controls: "[A.5.1, A.5.7]",
                acceptance: "  by: Security Officer\n  date: 2026-03-01\n  level: medium\n  until: 2026-06-20\n",
                extra: """
                    assets: [klantportaal, "back-ups"]
                    threat: Phishing
                    affects: [confidentiality]
                    planned:
                      - action: "MFA verplicht; e-mail: beheer@example.nl"
                        owner: IT Lead
                        due: 2026-09-30
                    processing: [newsletter]

                    """
            ).replacingOccurrences(of: "title: \"Stolen password\"", with: "title: \(yaml(hostileRiskTitle))"))
        try fixture.write(
            "controls/risks/R-2.yaml",
            RiskFixtures.risk(
                "R-2", treatment: "retain", controls: "[]", inherent: ("rare", "minor"), residual: nil,
                acceptance: nil
            ).replacingOccurrences(of: "title: \"Stolen password\"", with: "title: \(yaml(formulaRiskTitle))"))
        try fixture.write(
            "controls/risks/R-3.yaml",
            RiskFixtures.risk(
                "R-3", controls: "[A.5.2]", residual: ("likely", "severe"), acceptance: nil, status: "open"
            )
            .replacingOccurrences(
                of: "inherent:\n  likelihood: possible\n  impact: major",
                with: "inherent:\n  likelihood: likely\n  impact: severe"))
        return fixture
    }
}
