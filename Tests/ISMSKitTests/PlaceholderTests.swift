import ISMSKit
import ISMSTestSupport
import Testing

@Suite("E107: no placeholder reaches the audit")
struct PlaceholderTests {
    @Test("a placeholder in isms.yaml, in a control and in a list item is an error at its value")
    func reported() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "isms.yaml",
            FixtureRegister.settings.replacingOccurrences(
                of: "address: Teststraat 1, 1234 AB Utrecht", with: "address: \"(to fill in)\""))
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            FixtureRegister.control("A.5.1", title: "Policies for information security").replacingOccurrences(
                of: "owner: CISO", with: "owner: \"(to fill in: a role)\""))
        try fixture.write(
            "controls/reviews/MR-1.yaml",
            ManagementSystemFixtures.review().replacingOccurrences(
                of: "attendees: [Management, Security Officer]", with: "attendees: [Management, \"(to fill in)\"]"))
        let findings = try fixture.findings(.placeholderLeft)
        #expect(
            findings.map(\.location.description).sorted() == [
                "controls/annex-a/A.5.1.yaml:6:8", "controls/reviews/MR-1.yaml:3:25", "isms.yaml:3:12",
            ])
        #expect(findings.allSatisfy { $0.message.contains("still holds the placeholder `(to fill in)`") })
    }

    @Test("a register that isms init just wrote fails with every placeholder it holds; the example register has none")
    func initRegister() throws {
        let parent = try FixtureRegister(baseline: false)
        try RegisterInitializer.create(
            at: parent.root + "/new", organisation: "Nieuw B.V.", today: CalendarDate("2026-12-01")!)
        let loaded = try RegisterLoader.load(root: parent.root + "/new")
        let placeholders = loaded.findings.filter { $0.code == .placeholderLeft }
        // 93 control owners, six values of isms.yaml, and the owners and auditor of the example records.
        #expect(placeholders.count == 93 + 6 + 3)
        let example = try RegisterLoader.load(root: IsmsBinary.repositoryRoot)
        #expect(!example.findings.contains { $0.code == .placeholderLeft })
    }
}
