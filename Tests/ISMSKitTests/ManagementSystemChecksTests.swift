import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// Helpers shared by the management-system check suites: the fixture's records rewritten in one way.
enum ManagementSystemCheck {
    static let objective = "controls/objectives/OBJ-1.yaml"
    static let audit = "controls/audits/IA-1.yaml"
    static let nonconformity = "controls/nonconformities/NC-1.yaml"
    static let review = "controls/reviews/MR-1.yaml"

    /// ev-policy supporting every Annex A control and every documented clause except `clauses`.
    static func policy(without clauses: Set<String>, in fixture: FixtureRegister) throws {
        try fixture.addEvidence(
            "ev-policy",
            supports: AnnexACatalog.controls.map(\.id)
                + ClauseCatalog.documentedInformation.map(\.id).filter { !clauses.contains($0) })
    }

    /// ev-audit and ev-minutes as the fixture writes them, but supporting a control instead of a clause.
    static func evidenceWithoutClauses(in fixture: FixtureRegister) throws {
        try fixture.addEvidence(
            "ev-audit", folder: "evidence/audit", file: "audit-report.txt", content: "Internal audit report 2026.\n",
            collected: "2026-04-20", supports: ["A.5.35"])
        try fixture.addEvidence(
            "ev-minutes", folder: "evidence/review", file: "minutes.txt", content: "Management review minutes.\n",
            collected: "2026-05-15", supports: ["A.5.35"])
    }

    /// The one finding of `code`, after asserting that the register has exactly `codes`.
    static func only(
        _ code: FindingCode, in fixture: FixtureRegister, codes: [String]? = nil, asOf: String = FixtureRegister.asOf
    ) throws -> Finding {
        // Near the fixture's planned audit its SoA, never approved, is E209 (SoAApprovalTests).
        let found = try fixture.check(asOf: asOf).diagnostics.sorted.filter { $0.code != .soaNeverApproved }
        #expect(found.map(\.code.rawValue) == (codes ?? [code.rawValue]), "\(found)")
        return try #require(found.first { $0.code == code })
    }
}

@Suite("Management system: the valid fixture, E700 (clause undocumented) and E701 (unknown references)")
struct ManagementSystemChecksTests {
    @Test("the fixture's objective, audit, nonconformity and review have no findings")
    func valid() throws {
        #expect(try FixtureRegister.withManagementSystem().codes() == [])
        #expect(try FixtureRegister().codes() == [])
    }

    @Test(
        "E700: a clause whose evidence is gone and whose records are absent",
        arguments: ["clause-6.2", "clause-9.2", "clause-9.3", "clause-10.2", "clause-5.2", "clause-7.2"])
    func clauseUndocumented(id: String) throws {
        let fixture = try FixtureRegister()
        try ManagementSystemCheck.policy(without: [id], in: fixture)
        let finding = try ManagementSystemCheck.only(.clauseUndocumented, in: fixture)
        let clause = try #require(ClauseCatalog.clause(id))
        #expect(finding.location.path == "isms.yaml")
        #expect(finding.location.line == 1)
        #expect(finding.message.contains("clause \(clause.number) (\(clause.title))"))
        #expect(finding.message.contains("`supports: [\(id)]`"))
        let records: [String: String] = [
            "clause-6.2": "controls/objectives", "clause-9.2": "performed internal audit in controls/audits",
            "clause-9.3": "held management review in controls/reviews", "clause-10.2": "controls/nonconformities",
        ]
        if let records = records[id] {
            #expect(finding.message.contains(records), "\(finding.message)")
        } else {
            #expect(!finding.message.contains(", or "), "\(finding.message)")
        }
    }

    @Test("E700 is not reported when the records alone meet 6.2, 9.2, 9.3 and 10.2")
    func clausesMetByRecords() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try ManagementSystemCheck.policy(
            without: ["clause-6.2", "clause-9.2", "clause-9.3", "clause-10.2"], in: fixture)
        try ManagementSystemCheck.evidenceWithoutClauses(in: fixture)
        #expect(try fixture.codes() == [])
        let report = try fixture.check()
        let met = report.clauses.filter { ["6.2", "9.2", "9.3", "10.2"].contains($0.clause.number) }
        #expect(met.allSatisfy { $0.evidence.isEmpty && $0.isMet })
    }

    @Test("E700 for 9.2 when the only audit is planned, not performed, and nothing else documents it")
    func plannedAuditOnly() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(ManagementSystemCheck.audit, ManagementSystemFixtures.audit(performed: nil))
        // ev-audit still supports clause-9.2: the clause is documented, and with no performed audit
        // E702 says nothing either.
        #expect(try fixture.codes() == [])
        try ManagementSystemCheck.policy(without: ["clause-9.2"], in: fixture)
        try ManagementSystemCheck.evidenceWithoutClauses(in: fixture)
        let finding = try ManagementSystemCheck.only(.clauseUndocumented, in: fixture)
        #expect(finding.message.contains("clause 9.2 (Internal audit)"))
    }

    @Test(
        "E701: a management-system record names an unknown id, at its line",
        arguments: [
            (
                ManagementSystemCheck.objective,
                ManagementSystemFixtures.objective().replacingOccurrences(of: "[A.6.3]", with: "[A.6.33]"),
                "serves unknown control `A.6.33`: fix the id", 16
            ),
            (
                ManagementSystemCheck.objective, ManagementSystemFixtures.objective(extra: "risks: [R-9]"),
                "serves unknown risk `R-9`", 17
            ),
            (
                ManagementSystemCheck.audit,
                ManagementSystemFixtures.audit(
                    scope:
                        "[clause-4, clause-5, clause-6, clause-7, clause-8, clause-9, clause-10, clause-11, A.5, A.6, A.7, A.8]"
                ),
                "unknown clause `clause-11`", 6
            ),
            (
                ManagementSystemCheck.audit,
                ManagementSystemFixtures.audit(
                    scope:
                        "[clause-4, clause-5, clause-6, clause-7, clause-8, clause-9, clause-10, A.5, A.6, A.7, A.8, A.5.99]"
                ),
                "unknown control `A.5.99`", 6
            ),
            (
                ManagementSystemCheck.audit,
                ManagementSystemFixtures.audit().replacingOccurrences(of: "report: ev-audit", with: "report: ev-audti"),
                "unknown evidence `ev-audti`: fix the id; did you mean `ev-audit`?", 5
            ),
            (
                ManagementSystemCheck.nonconformity, ManagementSystemFixtures.nonconformity(raisedIn: "IA-2"),
                "was raised in unknown internal audit `IA-2`: fix the id; did you mean `IA-1`?", 4
            ),
            (
                ManagementSystemCheck.nonconformity,
                ManagementSystemFixtures.nonconformity(source: "management-review", raisedIn: "IA-1"),
                "was raised in unknown management review `IA-1`", 4
            ),
            (
                ManagementSystemCheck.nonconformity,
                ManagementSystemFixtures.nonconformity().replacingOccurrences(
                    of: "requirement: A.5.12", with: "requirement: clause-8.9"),
                "unknown requirement `clause-8.9`", 6
            ),
            (
                ManagementSystemCheck.review,
                ManagementSystemFixtures.review().replacingOccurrences(
                    of: "minutes: ev-minutes", with: "minutes: ev-minute"),
                "unknown evidence `ev-minute`: fix the id; did you mean `ev-minutes`?", 21
            ),
        ])
    func referenceUnknown(path: String, content: String, message: String, line: Int) throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(path, content)
        let finding = try ManagementSystemCheck.only(.managementReferenceUnknown, in: fixture)
        #expect(finding.message.contains(message), "\(finding.message)")
        #expect(finding.location.path == path)
        #expect(finding.location.line == line)
    }

    @Test("E701 accepts clause requirements, subclauses and themes in a scope, and free text from other sources")
    func referencesKnown() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            ManagementSystemCheck.nonconformity,
            ManagementSystemFixtures.nonconformity(source: "incident", raisedIn: "INC-2026-07")
                .replacingOccurrences(of: "requirement: A.5.12", with: "requirement: clause-8.1"))
        try fixture.write(
            ManagementSystemCheck.audit,
            ManagementSystemFixtures.audit(
                scope:
                    "[clause-4, clause-5, clause-6, clause-7, clause-8, clause-9.2.2, clause-9, clause-10, A.5, A.6, A.7, A.8, A.5.1]"
            ))
        #expect(try fixture.codes() == [])
    }
}
