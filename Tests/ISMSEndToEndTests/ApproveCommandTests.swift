import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms approve soa, end to end")
struct ApproveCommandTests {
    @Test("writes SOA-V1, then refuses an unchanged SoA, then writes SOA-V2 naming what changed")
    func writesAndIncrements() throws {
        let fixture = try FixtureRegister()
        let first = try IsmsBinary.run([
            "approve", "soa", "-C", fixture.root, "--by", "J. de Vries", "--role", "Directeur", "--on", "2026-05-01",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            first.stdout.hasPrefix(
                "wrote controls/approvals/SOA-V1.yaml: SoA version 1 approved by J. de Vries (Directeur) on 2026-05-01\n"
            ))
        let record = try fixture.text("controls/approvals/SOA-V1.yaml")
        #expect(
            record.contains(
                "\nid: SOA-V1\nversion: 1\napproved-by: J. de Vries\nrole: Directeur\napproved-on: 2026-05-01\n"))
        let soa = StatementOfApplicability(controls: try fixture.load().register.controls)
        #expect(record.contains("\nsha256: \(soa.sha256)\n"))
        #expect(first.stdout.contains("sha256 \(soa.sha256)"))

        let again = try IsmsBinary.run(["approve", "soa", "-C", fixture.root, "--by", "X", "--role", "Y"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("nothing written: the SoA is unchanged since version 1"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/controls/approvals/SOA-V2.yaml"))

        try fixture.write(
            "controls/annex-a/A.5.7.yaml",
            FixtureRegister.control("A.5.7", title: "Threat intelligence").replacingOccurrences(
                of: "status: implemented", with: "status: partial"))
        let check = try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(check.stdout.contains("warning[W208]"))
        #expect(check.stdout.contains("A.5.7 changed (status)"))

        // Without --on: today in the register's time zone (UTC in the fixture).
        let second = try IsmsBinary.run([
            "approve", "soa", "-C", fixture.root, "--by", "J. de Vries", "--role", "Directeur",
        ])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("wrote controls/approvals/SOA-V2.yaml: SoA version 2"))
        #expect(second.stdout.contains("changed since version 1: A.5.7 changed (status)"))
        let today = Instant(seconds: Int64(Date().timeIntervalSince1970), text: "").day(
            in: TimeZone(identifier: "UTC")!)
        #expect(try fixture.text("controls/approvals/SOA-V2.yaml").contains("approved-on: \(today)\n"))
        let clean = try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(!clean.stdout.contains("W208"))
    }

    @Test("a bad date or a missing option is a usage error naming the option; nothing is written")
    func usage() throws {
        let fixture = try FixtureRegister()
        let bad = try IsmsBinary.run([
            "approve", "soa", "-C", fixture.root, "--by", "B", "--role", "R", "--on", "2026-02-30",
        ])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--on"))
        let missing = try IsmsBinary.run(["approve", "soa", "-C", fixture.root, "--by", "B"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--role"))
        let empty = try IsmsBinary.run(["approve", "soa", "-C", fixture.root, "--by", " ", "--role", "R"])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("--by"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/controls/approvals"))
    }

    @Test("isms new does not write approvals: it points to isms approve soa")
    func newPointsHere() throws {
        let fixture = try FixtureRegister()
        let result = try IsmsBinary.run(["new", "soa-approval", "SOA-V1", "-C", fixture.root])
        #expect(result.status == 2)
        #expect(result.stderr.contains("isms approve soa --by NAME --role ROLE"))
    }

    @Test("refused (exit 1) while a control record cannot be read")
    func refusesBrokenControls() throws {
        let fixture = try FixtureRegister()
        try fixture.write("controls/annex-a/A.5.1.yaml", "id: A.5.1\ntitle: [unclosed\n")
        let result = try IsmsBinary.run(["approve", "soa", "-C", fixture.root, "--by", "B", "--role", "R"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("controls/annex-a/A.5.1.yaml"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/controls/approvals"))
    }

    @Test("the example register's SoA is approved and unchanged: no E209, no W208")
    func exampleRegisterApproved() throws {
        let result = try IsmsBinary.run(["check", "-C", IsmsBinary.repositoryRoot, "--as-of", "2026-11-02"])
        #expect(!result.stdout.contains("E209"))
        #expect(!result.stdout.contains("W208"))
    }
}
