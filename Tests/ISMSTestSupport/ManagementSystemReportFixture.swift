import Foundation
import ISMSKit

/// `ReportFixture.makeWithRisks()` (its audit cycle from 2025-01-01 to 2027-12-31) with the management system (`writeManagementSystem()`) and
/// more, for the pack's management-system sections: hostile text in an objective, a
/// nonconformity's description and a review input; on `FixtureRegister.asOf` (2026-06-01):
///
/// - OBJ-1 (training, at least 95 %) met by May's 96, serving A.6.3 and R-1;
/// - OBJ-2 (incidents, at most 2) not met by May's 3; OBJ-3 without measurements;
/// - IA-1 performed 2026-04-15 over every clause and theme, raising NC-1 and NC-2; IA-2 planned
///   for 2026-10-01 over clause 9 and theme A.8;
/// - NC-1 minor and closed; NC-2 major and open, its action overdue, the effectiveness review due;
/// - MR-1 held 2026-05-15 with every input but party feedback.
public enum ManagementSystemReportFixture {
    public static let hostileObjective = "Doel | \"gehaald\" <img src=x onerror=alert(11)>"
    public static let hostileDescription = "Twee documenten <iframe src=\"https://evil.example/\"></iframe> & meer"
    public static let hostileInput =
        "**Kansen**: <script>alert(12)</script> [klik](javascript:alert(13)) <img src=x onerror=alert(14)>"

    public static func make() throws -> FixtureRegister {
        let fixture = try ReportFixture.makeWithRisks()
        try fixture.write(
            "isms.yaml", RiskFixtures.settings + "internal-audit:\n  cycle: 3 years\n  cycle-start: 2025-01-01\n")
        try fixture.writeManagementSystem()
        try fixture.write(
            "controls/objectives/OBJ-1.yaml",
            ManagementSystemFixtures.objective(extra: "risks: [R-1]\n").replacingOccurrences(
                of: "objective: \"All staff complete the yearly security training\"",
                with: "objective: \(ReportFixture.yaml(hostileObjective))"))
        try fixture.write(
            "controls/objectives/OBJ-2.yaml",
            """
            id: OBJ-2
            objective: "At most two security incidents a quarter"
            measure:
              what: security incidents in the quarter
              target: 2
              unit: incidents
              direction: at-most
              every: 3 months
            owner: IT Lead
            due: 2026-12-31
            measurements:
              - date: 2026-04-01
                value: 1
              - date: 2026-05-01
                value: 3
                note: Two phishing reports and one lost laptop
              - date: 2026-07-01
                value: 0
            status: active
            controls: [A.5.7]

            """)
        try fixture.write(
            "controls/objectives/OBJ-3.yaml",
            """
            id: OBJ-3
            objective: "Suppliers reviewed every year"
            measure:
              what: share of suppliers reviewed
              target: 100
              unit: "%"
              direction: at-least
            owner: Security Officer
            measurements: []
            status: active

            """)
        try fixture.write(
            "controls/audits/IA-2.yaml",
            ManagementSystemFixtures.audit("IA-2", planned: "2026-10-01", performed: nil, scope: "[clause-9, A.8]")
                .replacingOccurrences(of: "Internal audit 2026", with: "Follow-up audit 2026"))
        try fixture.write(
            "controls/nonconformities/NC-1.yaml",
            ManagementSystemFixtures.nonconformity().replacingOccurrences(
                of: "description: Two documents had no classification label.",
                with: "description: \(ReportFixture.yaml(hostileDescription))"))
        try fixture.write(
            "controls/nonconformities/NC-2.yaml",
            ManagementSystemFixtures.nonconformity(
                "NC-2", grade: "major",
                actions: "  - action: Restore the backup test\n    owner: IT Lead\n    due: 2026-05-10\n",
                effectiveness: "  due: 2026-08-01\n", closed: nil
            ).replacingOccurrences(of: "Classification labels missing", with: "Backups not tested")
                .replacingOccurrences(of: "requirement: A.5.12", with: "requirement: clause-8.1"))
        var inputs = Dictionary(
            uniqueKeysWithValues: ManagementReview.Input.allCases.map { ($0, "Discussed: \($0.rawValue).") })
        inputs[.partyFeedback] = nil
        inputs[.improvement] = hostileInput
        try fixture.write("controls/reviews/MR-1.yaml", ManagementSystemFixtures.review(inputs: inputs))
        return fixture
    }
}
