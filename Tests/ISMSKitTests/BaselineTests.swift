import ISMSKit
import ISMSTestSupport
import Testing

@Suite("The valid fixture register")
struct BaselineTests {
    @Test("a complete register with current evidence has no findings")
    func cleanRegister() throws {
        let fixture = try FixtureRegister()
        let report = try fixture.check()
        #expect(report.diagnostics.findings.isEmpty, "\(report.diagnostics.sorted)")
        #expect(report.register.controls.count == 93)
        #expect(report.coverage["A.5.1"]?.state == .covered)
    }

    @Test("the Annex A catalog has 93 controls in four themes")
    func catalog() {
        #expect(AnnexACatalog.controls.count == 93)
        let counts = Dictionary(grouping: AnnexACatalog.controls, by: \.theme).mapValues(\.count)
        #expect(counts == [.organizational: 37, .people: 8, .physical: 14, .technological: 34])
        #expect(Set(AnnexACatalog.controls.map(\.id)).count == 93)
        #expect(AnnexACatalog.control("A.5.23")?.title == "Information security for use of cloud services")
        #expect(AnnexACatalog.control("A.8.34")?.title == "Protection of information systems during audit testing")
    }
}
