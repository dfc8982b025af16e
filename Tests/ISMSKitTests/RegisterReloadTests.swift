import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// `RegisterLoader.reload` (what `isms serve` checks with after a save) gives the register a full
/// load gives, and declines what only a full load can tell.
@Suite("Reading saved records again")
struct RegisterReloadTests {
    @Test func aReloadEqualsAFullLoad() throws {
        let register = try FixtureRegister()
        try register.addEvidence("ev-extra", folder: "evidence/extra", file: "extra.txt", supports: ["A.5.2"])
        let loaded = try register.load()
        let asOf = CalendarDate(FixtureRegister.asOf)!
        let first = RegisterChecker.check(loaded, asOf: asOf)
        let control = "controls/annex-a/A.5.2.yaml"
        let evidence = "evidence/extra/ev-extra.evidence.yaml"
        try register.write(
            control,
            try register.text(control).replacingOccurrences(of: "owner: CISO", with: "owner: Board")
                .replacingOccurrences(of: "status: implemented", with: "status: planned"))
        // The saved evidence record now pins a digest its file does not have: only reading the
        // file again finds that.
        let digest = try FixtureRegister.sha256(of: FixtureRegister.policyText)
        try register.write(
            evidence,
            try register.text(evidence).replacingOccurrences(of: "collected: 2026-03-01", with: "collected: 2025-01-01")
                .replacingOccurrences(of: digest, with: String(repeating: "0", count: 64)))
        let reloaded = try #require(RegisterLoader.reload(loaded, paths: [control, evidence]))
        let full = try register.load()
        #expect(reloaded.register.controls == full.register.controls)
        #expect(reloaded.register.evidence == full.register.evidence)
        #expect(reloaded.register.controls.first { $0.id == "A.5.2" }?.owner == "Board")
        let a = RegisterChecker.check(reloaded, asOf: asOf).diagnostics.sorted
        let fullReport = RegisterChecker.check(full, asOf: asOf)
        let b = fullReport.diagnostics.sorted
        #expect(a == b)
        #expect(a != first.diagnostics.sorted)
        // The check that takes the unchanged evidence's inspection from the first one finds the
        // same, the saved evidence record's files looked at again.
        let reused = RegisterChecker.check(reloaded, asOf: asOf, reusing: first)
        #expect(reused.diagnostics.sorted == b)
        #expect(reused.coverage == fullReport.coverage)
        #expect(reused.files == fullReport.files)
        #expect(b.contains { $0.location.path == evidence && $0.severity == .error })
    }

    @Test func aFileThatIsNoRecordOrNoLongerReadsIsLeftToAFullLoad() throws {
        let register = try FixtureRegister()
        let loaded = try register.load()
        #expect(RegisterLoader.reload(loaded, paths: ["controls/annex-a/A.9.9.yaml"]) == nil)
        try register.write("controls/annex-a/A.5.3.yaml", "id: [unclosed\n")
        #expect(RegisterLoader.reload(loaded, paths: ["controls/annex-a/A.5.3.yaml"]) == nil)
    }
}
