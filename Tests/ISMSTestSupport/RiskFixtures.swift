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
