import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// Every command finds its register from the current folder up, as git finds a repository (issue 16).
@Suite("finding the register from a subfolder, end to end")
struct RegisterDiscoveryTests {
    /// A fixture with findings in two folders, so that the output carries paths, and a deep subfolder.
    private func fixture() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own control"))
        try fixture.write("controls/custom/broken.yaml", "id: [unclosed\n")
        try fixture.write("evidence/policy/deeper/still/.keep", "")
        return fixture
    }

    /// A folder in the temporary folder that no register encloses.
    private func outsideFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-outside-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(
        "check from a subfolder gives the exit status and standard output it gives from the root, in every format",
        arguments: ["text", "json", "sarif", "junit", "github"])
    func checkFromSubfolder(format: String) throws {
        let fixture = try fixture()
        let arguments = ["check", "--as-of", FixtureRegister.asOf, "--format", format, "--no-cache"]
        let fromRoot = try IsmsBinary.run(arguments, in: fixture.root)
        #expect(fromRoot.status == 1, "\(fromRoot.stderr)")
        #expect(fromRoot.stdout.contains("controls/custom/org.yaml"))
        for folder in ["controls", "controls/custom", "evidence/policy/deeper/still"] {
            let fromSubfolder = try IsmsBinary.run(arguments, in: fixture.root + "/" + folder)
            #expect(fromSubfolder.status == fromRoot.status, "\(folder): \(fromSubfolder.stderr)")
            #expect(fromSubfolder.stdout == fromRoot.stdout, "\(folder)")
            #expect(fromSubfolder.stderr == fromRoot.stderr, "\(folder)")
        }
    }

    @Test("status and soa work from a subfolder, as from the root")
    func reportsFromSubfolder() throws {
        let fixture = try fixture()
        for arguments in [
            ["status", "--as-of", FixtureRegister.asOf], ["soa", "--as-of", FixtureRegister.asOf, "--format", "md"],
        ] {
            let fromRoot = try IsmsBinary.run(arguments, in: fixture.root)
            let fromSubfolder = try IsmsBinary.run(arguments, in: fixture.root + "/controls/annex-a")
            #expect(fromSubfolder.status == fromRoot.status, "\(arguments[0]): \(fromSubfolder.stderr)")
            #expect(fromSubfolder.stdout == fromRoot.stdout, "\(arguments[0])")
            #expect(!fromSubfolder.stdout.isEmpty, "\(arguments[0])")
        }
    }

    @Test("pack from a subfolder writes into the register's reports/, not the current folder's")
    func packFromSubfolder() throws {
        let fixture = try FixtureRegister()
        let subfolder = fixture.root + "/controls/annex-a"
        let result = try IsmsBinary.run(["pack", "--as-of", FixtureRegister.asOf], in: subfolder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/reports/2026/pack.xml"))
        #expect(!FileManager.default.fileExists(atPath: subfolder + "/reports"))
        let sha = try Shell.run(
            "/usr/bin/sha256sum", ["-c", "--quiet", "MANIFEST.sha256"], in: fixture.root + "/reports/2026")
        #expect(sha.status == 0, "\(sha.output)")
    }

    @Test("evidence add from a subfolder takes the files from the current folder and writes into the register")
    func evidenceAddFromSubfolder() throws {
        let fixture = try FixtureRegister()
        try fixture.write("work/scan.txt", "scan results\n")
        let result = try IsmsBinary.run(
            [
                "evidence", "add", "scan.txt", "--supports", "A.5.15", "--collected", "2026-04-01", "--to",
                "evidence/scan",
            ],
            in: fixture.root + "/work")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "evidence/scan/scan.evidence.yaml\n")
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/evidence/scan/scan.txt"))
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/evidence/scan/scan.evidence.yaml"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/work/evidence"))
    }

    @Test("outside any register the error still suggests isms init, with status 2")
    func outsideAnyRegister() throws {
        let folder = try outsideFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for arguments in [["check"], ["status"], ["soa"], ["check", "-C", "."], ["pack"]] {
            let result = try IsmsBinary.run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("isms init"), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test("inside a register the error never suggests isms init: -C names a subfolder, and is taken exactly")
    func exactDirectoryInsideRegister() throws {
        let fixture = try fixture()
        for (arguments, folder) in [
            (["check", "-C", "controls"], fixture.root), (["status", "-C", "."], fixture.root + "/controls"),
            (["soa", "-C", fixture.root + "/evidence/policy"], fixture.root),
        ] {
            let result = try IsmsBinary.run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(!result.stderr.contains("isms init"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("inside the register at "), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        // -C with the register's own folder works from anywhere, including outside it.
        let outside = try outsideFolder()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let named = try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf], in: outside)
        let found = try IsmsBinary.run(["check", "--as-of", FixtureRegister.asOf], in: fixture.root + "/controls")
        #expect(named.status == 1 && named.stdout == found.stdout, "\(named.stderr)")
    }

    @Test("the nearest isms.yaml wins: a register inside another folder that holds one is found first")
    func nearestWins() throws {
        let outer = try fixture()
        let inner = outer.root + "/evidence/inner"
        try FileManager.default.createDirectory(atPath: inner + "/sub", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: outer.root + "/isms.yaml", toPath: inner + "/isms.yaml")
        let arguments = ["check", "--as-of", FixtureRegister.asOf, "--format", "json", "--no-cache"]
        let fromInner = try IsmsBinary.run(arguments, in: inner + "/sub")
        let direct = try IsmsBinary.run(arguments + ["-C", inner], in: outer.root)
        #expect(fromInner.stdout == direct.stdout)
        #expect(!fromInner.stdout.contains("controls/custom/org.yaml"))
    }

    @Test("init inside a register refuses, names the enclosing register and writes nothing")
    func initInsideRegister() throws {
        let fixture = try FixtureRegister()
        let before = try FileManager.default.subpathsOfDirectory(atPath: fixture.root).sorted()
        for (arguments, folder) in [
            (["init", "--org", "Nest B.V."], fixture.root + "/controls"),
            (["init", "nested", "--org", "Nest B.V."], fixture.root + "/evidence"),
            (["init", fixture.root + "/a/b/c", "--org", "Nest B.V."], NSTemporaryDirectory()),
        ] {
            let result = try IsmsBinary.run(arguments, in: folder)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("inside the register at \(RegisterLoader.absolute(fixture.root))"))
            #expect(result.stderr.contains("never makes a register inside another"), "\(result.stderr)")
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: fixture.root).sorted() == before)
        // In a fresh folder outside any register, init works as before.
        let outside = try outsideFolder()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let created = try IsmsBinary.run(["init", "--org", "Fresh B.V."], in: outside)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: outside + "/isms.yaml"))
        // At the root of an existing register, the old refusal stands.
        let again = try IsmsBinary.run(["init", "--org", "Fresh B.V."], in: outside)
        #expect(again.status == 1 && again.stderr.contains("already holds a register"), "\(again.stderr)")
    }
}
