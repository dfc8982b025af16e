import ISMSTestSupport
import Testing

@testable import ISMSKit

@Suite("Findings in the register's natural order")
struct NaturalOrderTests {
    @Test("digits compare as numbers, the rest as bytes, and equal numbers written differently still differ")
    func order() {
        let sorted = [
            "controls/annex-a/A.5.10.yaml", "controls/annex-a/A.5.2.yaml", "controls/annex-a/A.8.1.yaml",
            "controls/annex-a/A.5.1.yaml", "controls/custom/ORG-10.yaml", "controls/custom/ORG-9.yaml",
            "controls/annex-a/A.5.02.yaml", "controls/annex-a/A.5.yaml", "evidence/b0010/x", "evidence/b0009/x",
        ].sorted(by: NaturalOrder.precedes)
        #expect(
            sorted == [
                "controls/annex-a/A.5.1.yaml", "controls/annex-a/A.5.02.yaml", "controls/annex-a/A.5.2.yaml",
                "controls/annex-a/A.5.10.yaml", "controls/annex-a/A.5.yaml", "controls/annex-a/A.8.1.yaml",
                "controls/custom/ORG-9.yaml", "controls/custom/ORG-10.yaml", "evidence/b0009/x", "evidence/b0010/x",
            ])
        #expect(NaturalOrder.precedes("clause 5.2 (Policy)", "clause 10.2 (Nonconformity)"))
        #expect(!NaturalOrder.precedes("same", "same"))
        #expect(NaturalOrder.precedes("a", "ab") && !NaturalOrder.precedes("ab", "a"))
        #expect(NaturalOrder.precedes("x99999999999999999999998", "x99999999999999999999999"), "no overflow")
    }

    @Test("isms check lists A.5.2 before A.5.10, and the clauses of E700 in the standard's order")
    func checkOrder() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.10.yaml",
            FixtureRegister.control("A.5.10", title: "Acceptable use", extra: "narative: typo"))
        try fixture.write(
            "controls/annex-a/A.5.2.yaml", FixtureRegister.control("A.5.2", title: "Roles", extra: "narative: typo"))
        try fixture.addEvidence("ev-policy", supports: AnnexACatalog.controls.map(\.id))
        let findings = try fixture.check().diagnostics.sorted
        let paths = findings.filter { $0.code == .unknownKey }.map(\.location.path)
        #expect(paths == ["controls/annex-a/A.5.2.yaml", "controls/annex-a/A.5.10.yaml"])
        let clauses = findings.filter { $0.code == .clauseUndocumented }.map { $0.message.split(separator: " ")[1] }
        // Every clause but 4.3 (met by isms.yaml's scope): the evidence now supports controls only.
        #expect(clauses == ["5.2", "6.1.2", "6.1.3", "6.2", "7.2", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "10.2"])
        #expect(clauses.last == "10.2" && clauses.first == "5.2")
    }
}
