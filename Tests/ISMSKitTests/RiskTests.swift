import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// The risk register against the risk method, on the fixture's as-of date 2026-06-01. Each test
/// starts from a valid register with one valid risk and breaks one thing.
@Suite("Risks: E600-E611, W600 and the SoA's trace to risks (E207, W205)")
struct RiskTests {
    @Test("a valid risk register has no findings, and its records are read in full")
    func valid() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(
                extra: """
                    description: A password is phished.
                    assets: [customer platform]
                    threat: Phishing
                    vulnerability: Passwords alone
                    affects: [confidentiality, integrity]
                    planned:
                      - action: Enforce MFA
                        owner: IT Lead
                        due: 2026-09-30
                    review-by: 2027-01-31
                    example: true

                    """)
        ])
        #expect(try fixture.codes().isEmpty)
        let loaded = try fixture.load()
        let risk = try #require(loaded.register.risks.first)
        #expect(risk.affects == [.confidentiality, .integrity])
        #expect(risk.planned.map(\.due) == [CalendarDate("2026-09-30")])
        #expect(risk.acceptance?.level == "medium")
        let method = try #require(loaded.register.settings.riskMethod)
        #expect(method.level(risk.inherent!) == 2)
        #expect(method.levels[method.level(risk.residual!)!].key == "medium")
    }

    @Test("E600: risk records without a risk method")
    func methodMissing() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/risks/R-1.yaml", RiskFixtures.risk())
        let findings = try fixture.findings(.riskMethodMissing)
        #expect(findings.map(\.location.path) == ["isms.yaml"])
        #expect(try fixture.codes() == ["E600"])
    }

    @Test(
        "E601: a method that cannot be applied, at the line concerned",
        arguments: [
            (
                "possible: [low, medium, medium, high, high]", "possible: [low, medium, low, high, high]", 42,
                "not monotone"
            ),
            (
                "likely: [medium, medium, high, high, very-high]", "likely: [low, low, low, low, low]", 43,
                "not monotone"
            ),
            ("    rare: [low, low, low, medium, medium]\n", "", 39, "no row for likelihood `rare`"),
            (
                "unlikely: [low, low, medium, medium, high]", "unlikely: [low, low, medium, medium]", 41,
                "must list 5 levels"
            ),
            (
                "unlikely: [low, low, medium, medium, high]", "unlikly: [low, low, medium, medium, high]", 41,
                "did you mean `unlikely`"
            ),
            ("rare: [low, low, low, medium, medium]", "rare: [low, low, low, medum, medium]", 40, "not a risk level"),
            ("retain-up-to: low", "retain-up-to: lo", 47, "not a risk level"),
            ("      high: Top management\n", "", 49, "may accept a `high` risk"),
            (
                "    - {key: very-high, en: Very high, nl: Zeer hoog}\n", "", 42,
                "names `very-high`, which is not a risk level"
            ),
        ])
    func methodInvalid(original: String, replacement: String, line: Int, message: String) throws {
        let fixture = try FixtureRegister.withRisks()
        let settings = RiskFixtures.settings.replacingOccurrences(of: original, with: replacement)
        #expect(settings != RiskFixtures.settings)
        try fixture.write("isms.yaml", settings)
        let findings = try fixture.findings(.riskMethodInvalid)
        #expect(findings.count >= 1)
        #expect(
            findings.contains { $0.location.line == line && $0.message.contains(message) },
            "\(findings.map { "\($0.location.line ?? 0): \($0.message)" })")
        #expect(try fixture.codes().allSatisfy { $0 == "E601" })
    }

    @Test("E601: a scale of two steps")
    func scaleTooShort() throws {
        let fixture = try FixtureRegister.withRisks()
        var settings = RiskFixtures.settings
        for level in ["low", "medium"] {
            settings = settings.replacingOccurrences(
                of: "    - {key: \(level), en: \(level.capitalized), nl: \(level == "low" ? "Laag" : "Middel")}\n",
                with: "")
        }
        try fixture.write("isms.yaml", settings)
        let findings = try fixture.findings(.riskMethodInvalid)
        #expect(findings.map(\.message) == ["`risk.levels` has 2 steps; a scale has 3 to 6"])
    }

    @Test("E602: a rating or an accepted level off the scales, with the closest key")
    func offScale() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(residual: ("unlikley", "major")),
            RiskFixtures.risk(
                "R-002",
                acceptance: "  by: Security Officer\n  date: 2026-03-01\n  level: meduim\n  until: 2027-03-01\n"),
        ])
        let findings = try fixture.findings(.riskScaleValueUnknown)
        #expect(findings.count == 2)
        #expect(findings[0].message.contains("residual likelihood `unlikley`"))
        #expect(findings[0].message.hasSuffix("; did you mean `unlikely`?"))
        #expect(findings[0].location.line == 10)
        #expect(findings[1].message.contains("accepted level `meduim`"))
        #expect(try fixture.codes() == ["E602", "E602"])
    }

    @Test("E603: residual likelihood or impact above inherent")
    func residualAboveInherent() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(inherent: ("unlikely", "major"), residual: ("possible", "moderate"))
        ])
        let findings = try fixture.findings(.residualAboveInherent)
        #expect(
            findings.map(\.message) == [
                "risk R-001 has a residual likelihood `possible` above `unlikely` before treatment"
            ])
        #expect(try fixture.codes() == ["E603"])
    }

    @Test("E604: a residual level above the criteria and no acceptance; at the criteria none is needed")
    func residualNotAccepted() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(acceptance: nil),
            RiskFixtures.risk("R-002", residual: ("rare", "moderate"), acceptance: nil),
        ])
        let findings = try fixture.findings(.residualNotAccepted)
        #expect(findings.map(\.location.path) == ["controls/risks/R-1.yaml"])
        #expect(
            findings[0].message.contains(
                "residual level `medium`, above what may be retained without acceptance (`low`)"))
        #expect(try fixture.codes() == ["E604"])
    }

    @Test("E604 without a residual rating: the inherent level counts")
    func inherentCounts() throws {
        let fixture = try FixtureRegister.withRisks([RiskFixtures.risk(residual: nil, acceptance: nil)])
        #expect(try fixture.codes() == ["E604"])
    }

    @Test("E605: the risk grew after it was accepted")
    func acceptanceBelowResidual() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(
                residual: ("possible", "major"),
                acceptance: "  by: Top management\n  date: 2026-03-01\n  level: medium\n  until: 2027-03-01\n")
        ])
        let findings = try fixture.findings(.acceptanceBelowResidual)
        #expect(
            findings.map(\.message) == [
                "risk R-001 was accepted at `medium` but its residual level is now `high`: it grew after it was accepted"
            ])
        #expect(try fixture.codes() == ["E605"])
    }

    @Test("E606 and W600: an acceptance expired, or expiring within the warning window")
    func acceptanceExpiry() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(
                acceptance: "  by: Security Officer\n  date: 2025-03-01\n  level: medium\n  until: 2026-05-31\n"),
            RiskFixtures.risk(
                "R-002",
                acceptance: "  by: Security Officer\n  date: 2025-03-01\n  level: medium\n  until: 2026-06-20\n"),
            RiskFixtures.risk(
                "R-003",
                acceptance: "  by: Security Officer\n  date: 2025-03-01\n  level: medium\n  until: 2026-06-01\n"),
        ])
        #expect(
            try fixture.findings(.acceptanceExpired).map(\.message) == [
                "the acceptance of risk R-001 expired on 2026-05-31"
            ])
        #expect(
            try fixture.findings(.acceptanceExpiring).map(\.message) == [
                "the acceptance of risk R-002 expires on 2026-06-20 (in 19 days)",
                "the acceptance of risk R-003 expires on 2026-06-01 (in 0 days)",
            ])
        #expect(try fixture.codes() == ["E606", "W600", "W600"])
    }

    @Test("E607: accepted by a role the criteria do not name; a role for a higher level may accept")
    func acceptanceNotAuthorised() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(acceptance: "  by: Intern\n  date: 2026-03-01\n  level: medium\n  until: 2027-03-01\n"),
            RiskFixtures.risk(
                "R-002", acceptance: "  by: Top management\n  date: 2026-03-01\n  level: medium\n  until: 2027-03-01\n"),
        ])
        let findings = try fixture.findings(.acceptanceNotAuthorised)
        #expect(findings.map(\.location.path) == ["controls/risks/R-1.yaml"])
        #expect(
            findings[0].message.contains(
                "`Intern`, who may not accept a `medium` risk (the method names `Security Officer` or `Top management`)"
            ))
        #expect(try fixture.codes() == ["E607"])
    }

    @Test("E608: modify with no controls, once (not also as a missing key)")
    func modifyWithoutControls() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(controls: "[]"),
            RiskFixtures.risk("R-002").replacingOccurrences(of: "controls: [A.5.1]\n", with: ""),
            RiskFixtures.risk("R-003", treatment: "retain").replacingOccurrences(of: "controls: [A.5.1]\n", with: ""),
        ])
        let findings = try fixture.findings(.treatmentWithoutControls)
        #expect(findings.map(\.location.path) == ["controls/risks/R-1.yaml", "controls/risks/R-2.yaml"])
        #expect(findings.map(\.location.line) == [9, 8])
        #expect(try fixture.codes() == ["E608", "E608"])
    }

    @Test("E609 and E610: a risk treated by an unknown or an excluded control, reported on both")
    func controlInvalid() throws {
        let fixture = try FixtureRegister.withRisks([RiskFixtures.risk(controls: "[A.5.1, A.5.99, A.7.4]")])
        try fixture.write(
            "controls/annex-a/A.7.4.yaml",
            "id: A.7.4\ntitle: Physical security monitoring\napplicable: false\njustification: No premises.\nstatus: not-started\nowner: Facilities\nreview-by: 2027-01-01\n"
        )
        let invalid = try fixture.findings(.riskControlInvalid)
        #expect(
            invalid.map(\.message) == [
                "risk R-001 is treated by unknown control `A.5.99`; did you mean `A.5.19`?",
                "risk R-001 is treated by A.7.4 (Physical security monitoring), which the SoA excludes",
            ])
        let excluded = try fixture.findings(.excludedControlTreatsRisk)
        #expect(excluded.map(\.location.path) == ["controls/annex-a/A.7.4.yaml"])
        #expect(excluded[0].location.line == 3)
        let codes = try fixture.codes()
        #expect(codes == ["E610", "E609", "E609"], "\(codes)")
    }

    @Test("E611: a planned treatment action past its due date; due today is not yet late")
    func actionOverdue() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(
                extra:
                    "planned:\n  - action: Enforce MFA\n    owner: IT Lead\n    due: 2026-05-31\n  - action: Train staff\n    owner: HR\n    due: 2026-06-01\n"
            )
        ])
        let findings = try fixture.findings(.treatmentActionOverdue)
        #expect(findings.map(\.message) == ["treatment action of risk R-001 was due on 2026-05-31: Enforce MFA"])
        #expect(findings.map(\.location.line) == [20])
        #expect(try fixture.codes() == ["E611"])
    }

    @Test("W203: a risk past its review-by, or past identified plus the method's review cycle")
    func reviewOverdue() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(extra: "review-by: 2026-05-01\n"),
            RiskFixtures.risk("R-002").replacingOccurrences(
                of: "identified: 2026-03-01", with: "identified: 2025-05-31"),
            RiskFixtures.risk("R-003").replacingOccurrences(
                of: "identified: 2026-03-01", with: "identified: 2025-06-01"),
        ])
        let findings = try fixture.findings(.reviewOverdue)
        #expect(
            findings.map(\.message) == [
                "risk R-001 was to be reviewed by 2026-05-01 (`review-by`); the date has passed",
                "risk R-002 was to be reviewed by 2026-05-31 (`identified` plus the method's review cycle); the date has passed",
            ])
        #expect(try fixture.codes() == ["W203", "W203"])
    }

    @Test("E408 and E101: a risk names an unknown processing activity, or has no owner")
    func referencesAndOwner() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(extra: "processing: [newsleter]\n").replacingOccurrences(
                of: "owner: Security Officer\n", with: "")
        ])
        #expect(
            try fixture.findings(.processingUnknown).map(\.message) == [
                "risk R-001 concerns unknown processing `newsleter`"
            ])
        #expect(try fixture.findings(.missingKey).map(\.message) == ["risk R-001 has no `owner`"])
        #expect(try fixture.codes() == ["E101", "E408"])
    }

    @Test("a closed risk is kept for the record and not judged")
    func closed() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(
                controls: "[A.5.1, A.7.4]", acceptance: nil, status: "closed",
                extra: "planned:\n  - action: Old action\n    owner: IT Lead\n    due: 2025-01-01\n")
        ])
        try fixture.write(
            "controls/annex-a/A.7.4.yaml",
            "id: A.7.4\ntitle: Physical security monitoring\napplicable: false\njustification: No premises.\nstatus: not-started\nowner: Facilities\nreview-by: 2027-01-01\n"
        )
        #expect(try fixture.codes().isEmpty)
    }

    @Test("E207 and W205: an inclusion with no reason, or with only a justification; a risk or a requirement traces it")
    func inclusionTraced() throws {
        let fixture = try FixtureRegister.withRisks()
        let bare = FixtureRegister.control("A.5.2", title: "Information security roles and responsibilities")
            .replacingOccurrences(of: "justification: Needed for the fixture.\n", with: "")
            .replacingOccurrences(of: "requirements: [Fixture policy]", with: "")
        try fixture.write("controls/annex-a/A.5.2.yaml", bare)
        let justified = FixtureRegister.control("A.5.3", title: "Segregation of duties")
            .replacingOccurrences(of: "requirements: [Fixture policy]", with: "")
        try fixture.write("controls/annex-a/A.5.3.yaml", justified)
        // Traced by the risk alone (R-001 names A.5.1): neither justification nor requirements needed.
        let byRisk = FixtureRegister.control("A.5.1", title: "Policies for information security")
            .replacingOccurrences(of: "justification: Needed for the fixture.\n", with: "")
            .replacingOccurrences(of: "requirements: [Fixture policy]", with: "")
        try fixture.write("controls/annex-a/A.5.1.yaml", byRisk)
        #expect(
            try fixture.findings(.inclusionUnjustified).map(\.message) == [
                "A.5.2 is applicable, but no risk names it, it has no `requirements` and no `justification`"
            ])
        let untraced = try fixture.findings(.inclusionNotTraced)
        #expect(untraced.map(\.location.path) == ["controls/annex-a/A.5.3.yaml"])
        #expect(untraced.map(\.location.line) == [3])
        #expect(try fixture.codes() == ["E207", "W205"])
    }

    @Test("E205: an exclusion still needs its justification")
    func exclusionNeedsJustification() throws {
        let fixture = try FixtureRegister.withRisks()
        try fixture.write(
            "controls/annex-a/A.7.4.yaml",
            "id: A.7.4\ntitle: Physical security monitoring\napplicable: false\nstatus: not-started\nowner: Facilities\nreview-by: 2027-01-01\n"
        )
        #expect(try fixture.codes() == ["E205"])
    }
}
