import ISMSKit
import ISMSTestSupport
import Testing

@Suite("Management-system records load from their folders")
struct ManagementSystemLoadingTests {
    @Test("the fixture's objective, audit, nonconformity and review load without findings")
    func fixtureLoads() throws {
        let loaded = try FixtureRegister.withManagementSystem().load()
        #expect(loaded.findings.isEmpty, "\(loaded.findings)")
        let register = loaded.register
        #expect(register.objectives.map(\.id) == ["OBJ-1"])
        #expect(register.objectives.first?.isMet(asOf: CalendarDate("2026-06-01")!) == true)
        #expect(register.objectives.first?.isMet(asOf: CalendarDate("2026-04-01")!) == false)
        #expect(register.audits.first?.scope.count == 11)
        #expect(register.audits.first?.report == "ev-audit")
        #expect(register.nonconformities.first?.effectiveness?.effective == true)
        #expect(register.nonconformities.first?.actions.first?.done == CalendarDate("2026-04-28"))
        #expect(register.findings(of: "IA-1").map(\.id) == ["NC-1"])
        let review = try #require(register.reviews.first)
        #expect(ManagementReview.Input.allCases.allSatisfy { review.input($0) != nil })
        #expect(review.decisions.first?.actions.first?.due == CalendarDate("2026-09-30"))
    }

    @Test(
        "a performed audit without its report, a reviewed effectiveness without its result, and a bad number are reported"
    )
    func requiredWhen() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write(
            "controls/audits/IA-1.yaml",
            ManagementSystemFixtures.audit().replacingOccurrences(of: "report: ev-audit", with: ""))
        try fixture.write(
            "controls/nonconformities/NC-1.yaml",
            ManagementSystemFixtures.nonconformity().replacingOccurrences(
                of: "  result: Sample of ten documents all labelled\n", with: ""))
        try fixture.write(
            "controls/objectives/OBJ-1.yaml",
            ManagementSystemFixtures.objective().replacingOccurrences(of: "target: 95", with: "target: 95%"))
        let findings = try fixture.load().findings
        #expect(findings.map(\.code.rawValue).sorted() == ["E101", "E101", "E104"], "\(findings)")
        #expect(findings.contains { $0.message.contains("`report`") })
        #expect(findings.contains { $0.message.contains("`result`") })
        #expect(findings.contains { $0.message.contains("must be a number") })
    }

    @Test("the clause catalog: 41 entries, 13 requiring documented information, ids that never collide with controls")
    func clauses() {
        #expect(ClauseCatalog.clauses.count == 41)
        #expect(
            ClauseCatalog.documentedInformation.map(\.number) == [
                "4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "10.2",
            ])
        #expect(ClauseCatalog.auditable.count == 23)
        #expect(ClauseCatalog.clause("clause-9.2")?.title == "Internal audit")
        #expect(ClauseCatalog.clauses.allSatisfy { AnnexACatalog.control($0.id) == nil })
        let nine = try! #require(ClauseCatalog.clause("clause-9"))
        #expect(ClauseCatalog.clause("clause-9.2.2")!.isWithin(nine))
        #expect(!ClauseCatalog.clause("clause-10.1")!.isWithin(ClauseCatalog.clause("clause-1") ?? nine))
    }

    @Test("evidence may support a clause; an id that is no clause of the catalog is E305 with the closest clause")
    func evidenceSupportsClauses() throws {
        let fixture = try FixtureRegister.withManagementSystem()
        #expect(try fixture.codes() == [])
        try fixture.addEvidence(
            "ev-audit", folder: "evidence/audit", file: "audit-report.txt", content: "Internal audit report 2026.\n",
            collected: "2026-04-20", supports: ["clause-9.2", "clause-9.22"])
        let findings = try fixture.findings(.supportsUnknownID)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("`clause-9.22`") == true)
        #expect(findings.first?.message.contains("no clause of `isms catalog --clauses`") == true)
        #expect(findings.first?.message.contains("did you mean `clause-9.2`") == true, "\(findings)")
        let coverage = try fixture.check().coverage["clause-9.2"]
        #expect(coverage?.state == .covered && coverage?.current.map(\.evidenceID).contains("ev-audit") == true)
    }
}
