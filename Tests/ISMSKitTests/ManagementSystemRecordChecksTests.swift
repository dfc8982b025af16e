import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// Objectives, internal audits, nonconformities and management reviews on the fixture's as-of
/// date 2026-06-01: each test starts from `FixtureRegister.withManagementSystem()` and breaks one thing.
@Suite("Management system: objectives (W701, W702) and internal audits (E702, W703, W704)")
struct ObjectiveAndAuditChecksTests {
    @Test("W701: an active objective past its due date with the latest measurement below target")
    func objectiveMissed() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            ManagementSystemCheck.objective,
            ManagementSystemFixtures.objective(due: "2026-05-31").replacingOccurrences(
                of: "value: 96", with: "value: 94"))
        let finding = try ManagementSystemCheck.only(.objectiveMissed, in: fixture)
        #expect(finding.location.line == 9)
        #expect(finding.message.contains("latest measurement (94% on 2026-05-01)"), "\(finding.message)")
        #expect(finding.message.contains("the target (at-least 95%)"), "\(finding.message)")
    }

    @Test("W701 and not W702: past due and never measured; an achieved objective is not checked")
    func objectiveMissedUnmeasured() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        let unmeasured = ManagementSystemFixtures.objective(due: "2026-05-31").replacingOccurrences(
            of: "measurements:\n  - date: 2026-03-01\n    value: 92\n  - date: 2026-05-01\n    value: 96\n", with: "")
        try fixture.write(ManagementSystemCheck.objective, unmeasured)
        let finding = try ManagementSystemCheck.only(.objectiveMissed, in: fixture)
        #expect(finding.message.contains("never measured"))
        try fixture.write(
            ManagementSystemCheck.objective,
            unmeasured.replacingOccurrences(of: "status: active", with: "status: achieved"))
        #expect(try fixture.codes() == [])
    }

    @Test("W701 is not reported when the target is met by the due date")
    func objectiveMet() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(ManagementSystemCheck.objective, ManagementSystemFixtures.objective(due: "2026-05-31"))
        #expect(try fixture.codes() == [])
    }

    @Test("W702: no measurement within `measure.every`")
    func objectiveNotMeasured() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            ManagementSystemCheck.objective,
            ManagementSystemFixtures.objective().replacingOccurrences(
                of: "direction: at-least", with: "direction: at-least\n  every: 4 weeks"))
        let finding = try ManagementSystemCheck.only(.objectiveNotMeasured, in: fixture)
        #expect(finding.location.line == 11)
        #expect(finding.message.contains("last measured on 2026-05-01"))
        #expect(finding.message.contains("every 4 weeks"))
    }

    @Test("W702: by default once per management review interval, and never measured at all")
    func objectiveNeverMeasured() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            ManagementSystemCheck.objective,
            ManagementSystemFixtures.objective().replacingOccurrences(
                of: "measurements:\n  - date: 2026-03-01\n    value: 92\n  - date: 2026-05-01\n    value: 96\n",
                with: ""))
        let finding = try ManagementSystemCheck.only(.objectiveNotMeasured, in: fixture)
        #expect(finding.location.line == 3)
        #expect(finding.message.contains("has no measurement"))
        #expect(finding.message.contains("every 12 months"))
    }

    @Test("E702: the last performed audit is older than the audit interval")
    func auditOverdue() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            ManagementSystemCheck.audit, ManagementSystemFixtures.audit(planned: "2025-04-13", performed: "2025-04-15"))
        let finding = try ManagementSystemCheck.only(.internalAuditOverdue, in: fixture)
        #expect(finding.location.path == ManagementSystemCheck.audit)
        #expect(finding.location.line == 4)
        #expect(finding.message.contains("due by 2026-04-15"))
    }

    @Test("E702 follows `internal-audit.interval` in isms.yaml")
    func auditIntervalSetting() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write("isms.yaml", FixtureRegister.settings + "internal-audit:\n  interval: 1 month\n")
        let finding = try ManagementSystemCheck.only(.internalAuditOverdue, in: fixture)
        #expect(finding.message.contains("due by 2026-05-15"))
    }

    @Test("W703: clauses and controls no audit of the cycle covers, compressed into ranges")
    func programmeGap() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            ManagementSystemCheck.audit,
            ManagementSystemFixtures.audit(
                scope: "[clause-4, clause-5, clause-6, clause-8, clause-9.2.2, clause-10, A.5, A.7, A.8.1, A.8.5]"))
        let finding = try ManagementSystemCheck.only(.auditProgrammeGap, in: fixture)
        #expect(finding.location.path == ManagementSystemCheck.audit)
        #expect(finding.location.line == 6)
        #expect(finding.message.contains("clauses 7.1-7.5, 9.1, 9.3 and controls"), "\(finding.message)")
        #expect(finding.message.contains("`A.6.1`-`A.6.8`, `A.8.2`-`A.8.4`, `A.8.6`-`A.8.34`"), "\(finding.message)")
        #expect(finding.message.contains("2023-06-02 to 2026-06-01"), "\(finding.message)")
    }

    @Test("W703: a planned audit in the cycle counts; one outside it does not; excluded controls need no audit")
    func programmeCycle() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        // With a `cycle-start` the cycle runs 2025-01-01 to 2027-12-31, so a planned audit of 2026-10 is in it.
        try fixture.write("isms.yaml", FixtureRegister.settings + "internal-audit:\n  cycle-start: 2025-01-01\n")
        try fixture.write(
            ManagementSystemCheck.audit,
            ManagementSystemFixtures.audit(
                scope: "[clause-4, clause-5, clause-6, clause-7, clause-8, clause-9, clause-10, A.5, A.7, A.8]"))
        try fixture.write(
            "controls/audits/IA-2.yaml",
            ManagementSystemFixtures.audit("IA-2", planned: "2026-10-01", performed: nil, scope: "[A.6]"))
        #expect(try fixture.codes() == [])
        try fixture.write(
            "controls/audits/IA-2.yaml",
            ManagementSystemFixtures.audit("IA-2", planned: "2019-10-01", performed: nil, scope: "[A.6]"))
        #expect(
            try ManagementSystemCheck.only(.auditProgrammeGap, in: fixture).message.contains("controls `A.6.1`-`A.6.8`")
        )
        // Excluding A.6.1 and A.6.2 leaves a gap of six.
        for id in ["A.6.1", "A.6.2"] {
            try fixture.write(
                "controls/annex-a/\(id).yaml",
                FixtureRegister.control(
                    id, title: AnnexACatalog.control(id)!.title, applicable: false, extra: "review-by: 2027-01-01"))
        }
        #expect(
            try ManagementSystemCheck.only(.auditProgrammeGap, in: fixture).message.contains("controls `A.6.3`-`A.6.8`")
        )
    }

    @Test("W703: an applicable custom control is in the programme too, by its id")
    func programmeCustomControl() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write("controls/custom/ORG-2.yaml", FixtureRegister.control("ORG-2", title: "Own control"))
        try fixture.addEvidence("ev-own", folder: "evidence/own", file: "own.txt", supports: ["ORG-2"])
        let finding = try ManagementSystemCheck.only(.auditProgrammeGap, in: fixture)
        #expect(finding.message.contains("not cover control `ORG-2`:"), "\(finding.message)")
        try fixture.write(
            ManagementSystemCheck.audit,
            ManagementSystemFixtures.audit(
                scope:
                    "[clause-4, clause-5, clause-6, clause-7, clause-8, clause-9, clause-10, A.5, A.6, A.7, A.8, ORG-2]"
            ))
        #expect(try fixture.codes() == [])
    }

    @Test("W703: no audit dated in the cycle")
    func programmeEmpty() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            ManagementSystemCheck.audit, ManagementSystemFixtures.audit(planned: "2026-07-01", performed: nil))
        try fixture.write("isms.yaml", FixtureRegister.settings + "internal-audit:\n  cycle: 1 month\n")
        let finding = try ManagementSystemCheck.only(.auditProgrammeGap, in: fixture)
        #expect(finding.message.contains("no internal audit is dated in it"), "\(finding.message)")
        #expect(finding.message.contains("clauses 4.1-10.2 and controls `A.5.1`-`A.8.34`"), "\(finding.message)")
        #expect(finding.location.path == "isms.yaml")
        #expect(finding.location.line == 21)
    }

    @Test("W704: the auditor owns controls in the audit's scope, compared case-insensitively and trimmed")
    func auditorNotIndependent() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            "controls/annex-a/A.5.15.yaml",
            FixtureRegister.control("A.5.15", title: "Access control").replacingOccurrences(
                of: "owner: CISO", with: "owner: Internal Auditor"))
        try fixture.write(
            ManagementSystemCheck.audit, ManagementSystemFixtures.audit(auditor: "\"  internal auditor \""))
        let finding = try ManagementSystemCheck.only(.auditorNotIndependent, in: fixture)
        #expect(finding.location.line == 8)
        #expect(finding.message.contains("owns control `A.5.15` in its scope"), "\(finding.message)")
        try fixture.write(ManagementSystemCheck.audit, ManagementSystemFixtures.audit(auditor: "ciso"))
        #expect(
            try ManagementSystemCheck.only(.auditorNotIndependent, in: fixture).message.contains(
                "owns controls `A.5.1`-`A.5.14`, `A.5.16`-`A.8.34`"))
    }
}

@Suite("Management system: nonconformities (E703, E704, E705, W706) and management reviews (E706, W707, W708)")
struct NonconformityAndReviewChecksTests {
    static let openAction = "  - action: Label the two documents\n    owner: Security Officer\n    due: 2026-05-01\n"

    @Test("E703: a major nonconformity's corrective action past due; W706 for the other grades")
    func correctiveActionOverdue() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            ManagementSystemCheck.nonconformity,
            ManagementSystemFixtures.nonconformity(
                grade: "major", actions: Self.openAction, effectiveness: nil, closed: nil))
        let major = try ManagementSystemCheck.only(.majorCorrectiveActionOverdue, in: fixture)
        #expect(major.location.line == 12)
        #expect(major.message.contains("due on 2026-05-01"))
        for grade in ["minor", "observation", "opportunity"] {
            try fixture.write(
                ManagementSystemCheck.nonconformity,
                ManagementSystemFixtures.nonconformity(
                    grade: grade, actions: Self.openAction, effectiveness: nil, closed: nil))
            #expect(try ManagementSystemCheck.only(.correctiveActionOverdue, in: fixture).location.line == 12)
        }
    }

    @Test(
        "E704: a nonconformity closed without root cause, action or an effective review, naming what is missing",
        arguments: [
            ("root-cause: The template had no label field.\n", "", "without a `root-cause`: add it", 20),
            ("effective: true", "effective: false", "without an `effectiveness` review done by 2026-05-20", 21),
            ("date: 2026-05-20\n", "date: 2026-05-25\n", "without an `effectiveness` review", 21),
        ])
    func closedWithoutFollowUp(original: String, replacement: String, message: String, line: Int) throws {
        let fixture = try FixtureRegister.withManagementSystem()
        let closedLater = ManagementSystemFixtures.nonconformity().replacingOccurrences(of: original, with: replacement)
        try fixture.write(ManagementSystemCheck.nonconformity, closedLater)
        let finding = try ManagementSystemCheck.only(.closedWithoutFollowUp, in: fixture, asOf: "2026-06-01")
        #expect(finding.message.contains(message), "\(finding.message)")
        #expect(finding.location.line == line)
    }

    @Test("E704: everything missing is one finding; an observation closed without it is fine")
    func closedWithNothing() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        let bare = ManagementSystemFixtures.nonconformity(grade: "major", actions: "", effectiveness: nil)
            .replacingOccurrences(of: "root-cause: The template had no label field.\n", with: "")
        try fixture.write(ManagementSystemCheck.nonconformity, bare)
        let finding = try ManagementSystemCheck.only(.closedWithoutFollowUp, in: fixture)
        #expect(
            finding.message.contains(
                "major nonconformity NC-1 was closed on 2026-05-20 without a `root-cause`, a corrective action in `actions` and an `effectiveness` review"
            ), "\(finding.message)")
        try fixture.write(
            ManagementSystemCheck.nonconformity,
            bare.replacingOccurrences(of: "grade: major", with: "grade: observation"))
        #expect(try fixture.codes() == [])
    }

    @Test("E705: a major external-audit nonconformity with an action due after the planned audit")
    func majorOpenAtAudit() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        let late = "  - action: Relabel the archive\n    owner: Security Officer\n    due: 2026-12-01\n"
        try fixture.write(
            ManagementSystemCheck.nonconformity,
            ManagementSystemFixtures.nonconformity(
                grade: "major", source: "external-audit", raisedIn: "Stage 2 audit 2025", actions: late,
                effectiveness: nil, closed: nil))
        let finding = try ManagementSystemCheck.only(.majorOpenAtAudit, in: fixture)
        #expect(finding.location.line == 5)
        #expect(
            finding.message.contains("due on 2026-12-01, after the planned audit of 2026-11-16"), "\(finding.message)")
        // A minor one, or one from an internal audit, is not E705.
        try fixture.write(
            ManagementSystemCheck.nonconformity,
            ManagementSystemFixtures.nonconformity(
                grade: "minor", source: "external-audit", raisedIn: "Stage 2 audit 2025", actions: late,
                effectiveness: nil, closed: nil))
        #expect(try fixture.codes() == [])
    }

    @Test("E705: a major external-audit nonconformity still open on the planned audit date")
    func majorOpenOnAuditDate() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            "isms.yaml",
            FixtureRegister.settings.replacingOccurrences(
                of: "planned-date: 2026-11-16", with: "planned-date: 2026-05-31"))
        try fixture.write(
            ManagementSystemCheck.nonconformity,
            ManagementSystemFixtures.nonconformity(
                grade: "major", source: "external-audit", raisedIn: "Stage 2 audit 2025",
                actions: "  - action: Relabel\n    owner: Security Officer\n    due: 2026-07-01\n", effectiveness: nil,
                closed: nil))
        let finding = try ManagementSystemCheck.only(.majorOpenAtAudit, in: fixture)
        #expect(finding.message.contains("still open on 2026-06-01"), "\(finding.message)")
    }

    @Test("E706: the last management review is older than the review interval")
    func reviewOverdue() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(ManagementSystemCheck.review, ManagementSystemFixtures.review(date: "2025-05-15"))
        let finding = try ManagementSystemCheck.only(.managementReviewOverdue, in: fixture)
        #expect(finding.location.path == ManagementSystemCheck.review)
        #expect(finding.location.line == 2)
        #expect(finding.message.contains("due by 2026-05-15"))
    }

    @Test("E706 is not reported when no review has been held yet: E700 for 9.3 only, unless evidence documents it")
    func reviewNotYetHeld() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(ManagementSystemCheck.review, ManagementSystemFixtures.review(date: "2026-07-01"))
        #expect(try fixture.codes() == [])
        try ManagementSystemCheck.policy(without: ["clause-9.3"], in: fixture)
        try ManagementSystemCheck.evidenceWithoutClauses(in: fixture)
        #expect(try ManagementSystemCheck.only(.clauseUndocumented, in: fixture).message.contains("clause 9.3"))
    }

    @Test("W707: one warning per review naming every missing or empty input")
    func reviewInputEmpty() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        var inputs = Dictionary(
            uniqueKeysWithValues: ManagementReview.Input.allCases.map { ($0, "Discussed: \($0.rawValue).") })
        inputs[.risks] = nil
        inputs[.improvement] = "  "
        try fixture.write(ManagementSystemCheck.review, ManagementSystemFixtures.review(inputs: inputs))
        let finding = try ManagementSystemCheck.only(.reviewInputEmpty, in: fixture)
        #expect(finding.location.line == 4)
        #expect(
            finding.message.contains(
                "`risks` (Results of risk assessment and status of the risk treatment plan (9.3.2 f)), `improvement` (Opportunities for continual improvement (9.3.2 g))"
            ), "\(finding.message)")
        #expect(!finding.message.contains("`monitoring`"))
    }

    @Test("W708: a review action past due and not done")
    func reviewActionOverdue() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            ManagementSystemCheck.review,
            ManagementSystemFixtures.review().replacingOccurrences(of: "due: 2026-09-30", with: "due: 2026-05-20"))
        let finding = try ManagementSystemCheck.only(.reviewActionOverdue, in: fixture)
        #expect(finding.location.line == 18)
        #expect(finding.message.contains("Write the retention schedule"))
        #expect(try fixture.codes(asOf: "2026-05-19") == [])
    }
}
