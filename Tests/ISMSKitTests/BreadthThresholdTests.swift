import ISMSKit
import ISMSTestSupport
import Testing

/// W302 and W207: one document marked as supporting everything, and one sentence copied into
/// every control, must not turn the check green unremarked (issue 16).
@Suite("W302 and W207: evidence and justifications spread over many controls")
struct BreadthThresholdTests {
    /// The fixture's settings with the thresholds at their defaults, or at the values given.
    private func settings(evidence: String? = nil, justification: String? = nil) -> String {
        FixtureRegister.settings
            .replacingOccurrences(
                of: "  controls-per-evidence: 200\n", with: evidence.map { "  controls-per-evidence: \($0)\n" } ?? ""
            )
            .replacingOccurrences(
                of: "  controls-per-justification: 200\n",
                with: justification.map { "  controls-per-justification: \($0)\n" } ?? "")
    }

    @Test("the baseline at the defaults: the policy that supports 93 controls, the justification on 93 controls")
    func defaults() throws {
        let fixture = try FixtureRegister()
        try fixture.write("isms.yaml", settings())
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code) == [.justificationRepeated, .evidenceTooBroad])
        #expect(
            findings.map(\.location.description) == [
                "controls/annex-a/A.5.1.yaml:4:1", "evidence/policy/ev-policy.evidence.yaml:6:1",
            ])
        #expect(findings.first?.message.contains("on 93 controls (A.5.1, A.5.2, A.5.3 and 90 more)") == true)
        #expect(
            findings.last?.message.contains("supports 93 controls, more than `defaults.controls-per-evidence` (10)")
                == true)
    }

    @Test("exactly at the threshold is fine; one more is a warning; clauses, processing and parties do not count")
    func boundary() throws {
        let fixture = try FixtureRegister()
        try fixture.write("isms.yaml", settings(evidence: "3", justification: "2"))
        let others = AnnexACatalog.controls.map(\.id).filter { !["A.5.1", "A.5.2", "A.5.3", "A.5.4"].contains($0) }
        try fixture.addEvidence("ev-policy", supports: others)
        // Three controls and two clauses: at the threshold.
        try fixture.addEvidence(
            "ev-three", folder: "evidence/three", file: "three.txt",
            supports: ["A.5.1", "A.5.2", "A.5.3", "clause-5.2", "clause-7.2"]
                + ClauseCatalog.documentedInformation.map(\.id))
        try fixture.addEvidence("ev-one", folder: "evidence/one", file: "one.txt", supports: ["A.5.4"])
        for (index, id) in AnnexACatalog.controls.map(\.id).enumerated() {
            let title = AnnexACatalog.byID[id]!.title
            try fixture.write(
                "controls/annex-a/\(id).yaml",
                FixtureRegister.control(id, title: title).replacingOccurrences(
                    of: "Needed for the fixture.", with: index < 2 ? "Shared reason." : "Reason \(index)."))
        }
        #expect(try fixture.codes().filter { $0 == "W302" || $0 == "W207" } == ["W302"])
        // A third control with the shared reason, and a fourth control for ev-three.
        try fixture.write(
            "controls/annex-a/A.8.1.yaml",
            FixtureRegister.control("A.8.1", title: "User endpoint devices").replacingOccurrences(
                of: "Needed for the fixture.", with: "shared   REASON."))
        let findings = try fixture.check().diagnostics.sorted.filter { $0.code == .justificationRepeated }
        #expect(findings.map(\.location.description) == ["controls/annex-a/A.5.1.yaml:4:1"])
        #expect(findings.first?.message.contains("on 3 controls (A.5.1, A.5.2, A.8.1)") == true)
    }

    @Test("a threshold that is no whole number of at least 1 is E104 at its value, and the default applies")
    func invalid() throws {
        let fixture = try FixtureRegister()
        try fixture.write("isms.yaml", settings(evidence: "ten", justification: "0"))
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code) == [.justificationRepeated, .evidenceTooBroad, .invalidValue, .invalidValue])
        #expect(findings.suffix(2).map(\.location.description) == ["isms.yaml:18:26", "isms.yaml:19:31"])
    }
}
