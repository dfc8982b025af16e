import Foundation
import ISMSKit

/// Management-system records for fixture registers (objectives, internal audits,
/// nonconformities, management reviews): valid by default on `FixtureRegister.asOf`
/// (2026-06-01), which a test changes in one way.
public enum ManagementSystemFixtures {
    /// Staff trained: at least 95 %, measured in March (92) and May (96), due 2026-12-31.
    public static func objective(_ id: String = "OBJ-1", due: String = "2026-12-31", extra: String = "") -> String {
        """
        id: \(id)
        objective: "All staff complete the yearly security training"
        measure:
          what: share of staff trained this year
          target: 95
          unit: "%"
          direction: at-least
        owner: Security Officer
        due: \(due)
        measurements:
          - date: 2026-03-01
            value: 92
          - date: 2026-05-01
            value: 96
        status: active
        controls: [A.6.3]
        \(extra)
        """
    }

    /// Every clause 4 to 10 and all four Annex A themes, performed 2026-04-15 by an external
    /// auditor who owns no control, with its report `ev-audit`.
    public static func audit(
        _ id: String = "IA-1", planned: String = "2026-04-13", performed: String? = "2026-04-15",
        scope: String = "[clause-4, clause-5, clause-6, clause-7, clause-8, clause-9, clause-10, A.5, A.6, A.7, A.8]",
        auditor: String = "External auditor", extra: String = ""
    ) -> String {
        """
        id: \(id)
        title: "Internal audit 2026"
        planned: \(planned)
        \(performed.map { "performed: \($0)\nreport: ev-audit" } ?? "")
        scope: \(scope)
        criteria: ISO/IEC 27001:2022 and the ISMS policy
        auditor: \(auditor)
        \(extra)
        """
    }

    /// A minor nonconformity raised by IA-1, closed with root cause, a done action and an effective review.
    public static func nonconformity(
        _ id: String = "NC-1", grade: String = "minor", source: String = "internal-audit", raisedIn: String = "IA-1",
        actions: String =
            "  - action: Label the two documents\n    owner: Security Officer\n    due: 2026-05-01\n    done: 2026-04-28\n",
        effectiveness: String? =
            "  date: 2026-05-20\n  by: Security Officer\n  result: Sample of ten documents all labelled\n  effective: true\n",
        closed: String? = "2026-05-20", extra: String = ""
    ) -> String {
        var text = """
            id: \(id)
            title: "Classification labels missing"
            source: \(source)
            raised-in: \(raisedIn)
            grade: \(grade)
            requirement: A.5.12
            description: Two documents had no classification label.
            raised: 2026-04-15
            correction: The two documents were labelled.
            root-cause: The template had no label field.

            """
        if !actions.isEmpty { text += "actions:\n" + actions }
        if let effectiveness { text += "effectiveness:\n" + effectiveness }
        if let closed { text += "closed: \(closed)\n" }
        return text + extra
    }

    /// Every input of 9.3.2 given, one decision with an open action due 2026-09-30, minutes `ev-minutes`.
    public static func review(
        _ id: String = "MR-1", date: String = "2026-05-15",
        inputs: [ManagementReview.Input: String] = Dictionary(
            uniqueKeysWithValues: ManagementReview.Input.allCases.map { ($0, "Discussed: \($0.rawValue).") }),
        extra: String = ""
    ) -> String {
        let lines = ManagementReview.Input.allCases.compactMap { input in
            inputs[input].map { "  \(input.rawValue): \(ReportFixture.yaml($0))" }
        }
        return """
            id: \(id)
            date: \(date)
            attendees: [Management, Security Officer]
            inputs:
            \(lines.joined(separator: "\n"))
            decisions:
              - decision: Set retention periods
                actions:
                  - action: Write the retention schedule
                    owner: Security Officer
                    due: 2026-09-30
            minutes: ev-minutes
            \(extra)
            """
    }
}

extension FixtureRegister {
    /// The baseline plus one valid record of each management-system kind and the evidence they
    /// name (`ev-audit`, `ev-minutes`).
    public static func withManagementSystem() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.writeManagementSystem()
        return fixture
    }

    public func writeManagementSystem() throws {
        try write("controls/objectives/OBJ-1.yaml", ManagementSystemFixtures.objective())
        try write("controls/audits/IA-1.yaml", ManagementSystemFixtures.audit())
        try write("controls/nonconformities/NC-1.yaml", ManagementSystemFixtures.nonconformity())
        try write("controls/reviews/MR-1.yaml", ManagementSystemFixtures.review())
        try addEvidence(
            "ev-audit", folder: "evidence/audit", file: "audit-report.txt", content: "Internal audit report 2026.\n",
            collected: "2026-04-20", supports: ["clause-9.2"])
        try addEvidence(
            "ev-minutes", folder: "evidence/review", file: "minutes.txt", content: "Management review minutes.\n",
            collected: "2026-05-15", supports: ["clause-9.3"])
    }
}
