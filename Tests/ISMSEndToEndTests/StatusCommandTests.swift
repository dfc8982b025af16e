import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms status, end to end")
struct StatusCommandTests {
    @Test("plain output of the fixture matches the golden file, without escape sequences")
    func golden() throws {
        let fixture = try ReportFixture.make()
        let result = try IsmsBinary.run(["status", "-C", fixture.root, "--as-of", ReportFixture.asOf])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.unicodeScalars.contains { !$0.isASCII })
        #expect(Golden.mismatch(result.stdout, golden: "status-small.txt") == nil)
    }

    @Test("no colour when output is not a terminal, even without NO_COLOR")
    func pipe() throws {
        let fixture = try ReportFixture.make()
        let result = try IsmsBinary.run(
            ["status", "-C", fixture.root, "--as-of", ReportFixture.asOf], environment: ["NO_COLOR": ""])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("--within widens the window; it exits 0 although the check fails")
    func within() throws {
        let fixture = try ReportFixture.make()
        #expect(try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", ReportFixture.asOf]).status == 1)
        let result = try IsmsBinary.run([
            "status", "-C", fixture.root, "--as-of", ReportFixture.asOf, "--within", "400",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Evidence expiring within 400 days, by 2027-07-05"))
        let soon = try #require(result.stdout.range(of: "2026-06-14  ev-soon"))
        let policy = try #require(result.stdout.range(of: "2027-02-28  ev-policy"))
        let dpa = try #require(result.stdout.range(of: "2027-04-30  ev-dpa"))
        #expect(soon.lowerBound < policy.lowerBound && policy.lowerBound < dpa.lowerBound)
        #expect(try IsmsBinary.run(["status", "-C", fixture.root, "--within", "-1"]).status == 2)
        #expect(try IsmsBinary.run(["status", "-C", fixture.root, "--within", "soon"]).status == 2)
    }

    @Test("the example register: every section, exit 0")
    func exampleRegister() throws {
        let result = try IsmsBinary.run(["status", "-C", IsmsBinary.repositoryRoot, "--as-of", "2026-11-02"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("isms status: PSMS B.V. as of 2026-11-02\n"))
        for heading in [
            "Annex A coverage by theme", "  5 Organizational", "  8 Technological", "  Annex A ",
            "Applicable controls without current evidence", "Evidence expiring within 30 days, by 2026-12-01",
        ] {
            #expect(result.stdout.contains(heading), "\(heading)")
        }
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("help has an example")
    func help() throws {
        let help = try IsmsBinary.run(["status", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Example:") && help.stdout.contains("--within"))
    }
}
