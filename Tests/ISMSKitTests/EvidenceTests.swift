import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("Evidence: E300-E307, W300, W301")
struct EvidenceTests {
    /// A fixture whose ORG-1 control is supported only by the evidence the test adds.
    private func fixtureWithOwnControl(freshness: String? = nil) throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/custom/org.yaml",
            FixtureRegister.control("ORG-1", title: "Own", extra: freshness.map { "freshness: \($0)" } ?? ""))
        return fixture
    }

    @Test("current until collected + freshness, then expired (E301) on the evidence's line")
    func expiry() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence("ev-org", folder: "evidence/org", collected: "2025-05-01", supports: ["ORG-1"])
        // 2025-05-01 + 12 months = 2026-05-01: not current on 2026-06-01.
        let findings = try fixture.findings(.evidenceExpired)
        #expect(findings.count == 1)
        #expect(findings.first?.location.path == "evidence/org/ev-org.evidence.yaml")
        #expect(findings.first?.location.line == 3)
        #expect(findings.first?.message.contains("expired on 2026-05-01") == true)
        #expect(try fixture.check().coverage["ORG-1"]?.state == .expired)
        #expect(try fixture.codes(asOf: "2026-04-30") == ["W300"])
        #expect(try fixture.codes(asOf: "2026-03-01").isEmpty)
    }

    @Test("the control's own freshness overrides the default")
    func controlFreshness() throws {
        let fixture = try fixtureWithOwnControl(freshness: "3 months")
        try fixture.addEvidence("ev-org", folder: "evidence/org", collected: "2026-03-01", supports: ["ORG-1"])
        #expect(try fixture.codes(asOf: "2026-06-01") == ["E301"])
        #expect(try fixture.codes(asOf: "2026-05-31") == ["W300"])
    }

    @Test("`expires` ends evidence earlier, and the finding points at it")
    func explicitExpiry() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence(
            "ev-org", folder: "evidence/org", collected: "2026-01-01", supports: ["ORG-1"], extra: "expires: 2026-05-15"
        )
        let finding = try fixture.findings(.evidenceExpired).first
        #expect(finding?.location.line == 9)
    }

    @Test(
        "`current-until-expires: true` keeps evidence current until `expires` beyond the freshness; W300 and E301 still come, at `expires`"
    )
    func currentUntilExpires() throws {
        let fixture = try fixtureWithOwnControl()
        // A processing agreement signed 2024-01-01 and valid until 2029-12-31: past its 12 months.
        try fixture.addEvidence(
            "ev-org", folder: "evidence/org", collected: "2024-01-01", supports: ["ORG-1"],
            extra: "expires: 2029-12-31\ncurrent-until-expires: true")
        #expect(try fixture.codes().isEmpty)
        #expect(try fixture.check().coverage["ORG-1"]?.current.first?.end == CalendarDate("2029-12-31"))
        // The baseline's own evidence has long expired by 2029: look at ORG-1's record only.
        func own(_ asOf: String) throws -> [Finding] {
            try fixture.check(asOf: asOf).diagnostics.sorted.filter { $0.location.path.hasPrefix("evidence/org/") }
        }
        let expiring = try own("2029-12-10")
        #expect(expiring.map(\.code) == [.evidenceExpiring])
        #expect(expiring.first?.location.line == 9, "points at `expires`")
        #expect(try own("2029-12-31").map(\.code) == [.evidenceExpired])
    }

    @Test("`current-until-expires: false` or absent: the earlier of `expires` and the freshness, as before")
    func currentUntilExpiresOff() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence(
            "ev-org", folder: "evidence/org", collected: "2024-01-01", supports: ["ORG-1"],
            extra: "expires: 2029-12-31\ncurrent-until-expires: false")
        #expect(try fixture.codes() == ["E301"])
    }

    @Test("E101: `current-until-expires: true` without `expires`, at the key's line, with the fix")
    func currentUntilExpiresWithoutExpires() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence(
            "ev-org", folder: "evidence/org", collected: "2026-01-01", supports: ["ORG-1"],
            extra: "current-until-expires: true")
        let findings = try fixture.findings(.missingKey)
        #expect(findings.count == 1)
        #expect(findings.first?.location.line == 9)
        #expect(findings.first?.message.contains("add `expires: YYYY-MM-DD`") == true)
        // Not current beyond the freshness on that account.
        #expect(try fixture.check().register.evidence.first { $0.id == "ev-org" }?.currentUntilExpires == false)
    }

    @Test("newer evidence replaces expired evidence: no finding")
    func replaced() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence("ev-old", folder: "evidence/old", collected: "2025-01-01", supports: ["ORG-1"])
        try fixture.addEvidence("ev-new", folder: "evidence/new", collected: "2026-02-01", supports: ["ORG-1"])
        #expect(try fixture.codes().isEmpty)
    }

    @Test("W300: expiring within the warning window")
    func expiring() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence("ev-org", folder: "evidence/org", collected: "2025-06-20", supports: ["ORG-1"])
        let findings = try fixture.findings(.evidenceExpiring)
        #expect(findings.first?.message.contains("in 19 days") == true)
        #expect(try fixture.check().coverage["ORG-1"]?.state == .expiring)
    }

    @Test("E302: collected after the as-of date")
    func future() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence("ev-org", folder: "evidence/org", collected: "2026-07-01", supports: ["ORG-1"])
        // Future evidence does not count: the control has none.
        #expect(try fixture.codes() == ["E200", "E302"])
    }

    @Test("E300: a file that does not exist")
    func missingFile() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence("ev-org", folder: "evidence/org", supports: ["ORG-1"])
        try fixture.remove("evidence/org/policy.txt")
        let findings = try fixture.findings(.evidenceFileMissing)
        #expect(
            findings.first?.location == SourceLocation(path: "evidence/org/ev-org.evidence.yaml", line: 5, column: 9))
        #expect(try fixture.codes() == ["E200", "E300"])
    }

    @Test("E303: `..`, absolute paths and symbolic links out of the register are never opened")
    func leavesRegister() throws {
        let fixture = try fixtureWithOwnControl()
        let outside = FileManager.default.temporaryDirectory.path + "/isms-outside-\(UUID().uuidString).txt"
        try Data("secret".utf8).write(to: URL(fileURLWithPath: outside))
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createDirectory(
            atPath: fixture.root + "/evidence/org", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root + "/evidence/org/link.txt", withDestinationPath: outside)
        try fixture.write(
            "evidence/org/ev-org.evidence.yaml",
            """
            id: ev-org
            title: Escapes
            collected: 2026-03-01
            owner: CISO
            files: ["../../../etc/passwd", "/etc/passwd", "link.txt"]
            supports: [ORG-1]
            sha256:
              link.txt: \(String(repeating: "0", count: 64))
            """)
        let findings = try fixture.findings(.pathLeavesRegister)
        #expect(findings.count == 3)
        #expect(findings.allSatisfy { $0.message.contains("not opened") })
        // No hash was computed: the pin would otherwise be reported as a mismatch.
        #expect(try fixture.findings(.checksumMismatch).isEmpty)
    }

    @Test("E304: a file that no longer matches its pin")
    func checksumMismatch() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence("ev-org", folder: "evidence/org", supports: ["ORG-1"])
        try fixture.write("evidence/org/policy.txt", "tampered\n")
        let findings = try fixture.findings(.checksumMismatch)
        #expect(findings.first?.location.line == 8)
        #expect(try fixture.codes() == ["E200", "E304"])
    }

    @Test("E305: supports an unknown id, with the closest id")
    func unknownSupport() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence("ev-org", folder: "evidence/org", supports: ["ORG-1", "ORG-2"])
        let finding = try fixture.findings(.supportsUnknownID).first
        #expect(finding?.message.contains("did you mean `ORG-1`?") == true)
        #expect(finding?.location.line == 6)
    }

    @Test("E306: a folder or FIFO named as evidence is refused without blocking")
    func notRegular() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence("ev-org", folder: "evidence/org", supports: ["ORG-1"])
        try fixture.remove("evidence/org/policy.txt")
        #expect(mkfifo(fixture.root + "/evidence/org/policy.txt", 0o644) == 0)
        let findings = try fixture.findings(.evidenceFileNotRegular)
        #expect(findings.first?.message.contains("FIFO") == true)
    }

    @Test("E306: a symbolic link loop is reported, not followed forever")
    func symlinkLoop() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence("ev-org", folder: "evidence/org", supports: ["ORG-1"])
        try fixture.remove("evidence/org/policy.txt")
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root + "/evidence/org/policy.txt", withDestinationPath: "loop.txt")
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root + "/evidence/org/loop.txt", withDestinationPath: "policy.txt")
        #expect(try fixture.codes().contains("E306"))
    }

    @Test("E307: a pin for a file that is not listed")
    func pinForUnlisted() throws {
        let fixture = try fixtureWithOwnControl()
        try fixture.addEvidence(
            "ev-org", folder: "evidence/org", supports: ["ORG-1"],
            extra: "# nothing\n")
        let path = "evidence/org/ev-org.evidence.yaml"
        let text = try String(contentsOfFile: fixture.root + "/" + path, encoding: .utf8)
        try fixture.write(
            path,
            text.replacingOccurrences(
                of: "sha256:\n", with: "sha256:\n  other.txt: \(String(repeating: "a", count: 64))\n"))
        #expect(try fixture.codes() == ["E307"])
    }

    @Test("W301: a file under evidence/ that no record names")
    func orphan() throws {
        let fixture = try FixtureRegister()
        try fixture.write("evidence/stray/notes.txt", "stray")
        let findings = try fixture.findings(.orphanEvidenceFile)
        #expect(findings.map(\.location.path) == ["evidence/stray/notes.txt"])
    }
}
