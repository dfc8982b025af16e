import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms pack and isms verify, end to end")
struct PackCommandTests {
    /// A fixture with a second control whose evidence sits in awkwardly named files.
    private func fixture() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own control"))
        try fixture.addEvidence("ev-org", folder: "evidence/org dir", file: "scan “één”.txt", supports: ["ORG-1"])
        return fixture
    }

    private func pack(_ fixture: FixtureRegister, _ extra: [String] = []) throws -> IsmsBinary.Result {
        try IsmsBinary.run(["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf] + extra)
    }

    @Test("pack writes reports/<audit id>/ with pack.xml, index.html, evidence and a manifest")
    func layout() throws {
        let fixture = try fixture()
        let result = try pack(fixture)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let folder = fixture.root + "/reports/2026"
        for name in [
            "pack.xml", "index.html", "MANIFEST.sha256", "evidence/policy/policy.txt",
            "evidence/org dir/scan “één”.txt",
        ] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + name), "\(name)")
        }
        let manifest = try String(contentsOfFile: folder + "/MANIFEST.sha256", encoding: .utf8)
        #expect(manifest.split(separator: "\n").count == 4)
        // An independent tool agrees with the manifest.
        let sha = try Shell.run("/usr/bin/sha256sum", ["-c", "MANIFEST.sha256"], in: folder)
        #expect(sha.status == 0, "\(sha.output)")
        // No leftovers of the temporary folder.
        let reports = try FileManager.default.contentsOfDirectory(atPath: fixture.root + "/reports")
        #expect(reports == ["2026"])
    }

    @Test("a pack in the other language goes beside the first, not over it: reports/<id>-en (issue 15)")
    func languagesSideBySide() throws {
        let fixture = try fixture()
        // The fixture's report-language is en: its own pack is reports/2026, a Dutch one reports/2026-nl.
        #expect(try pack(fixture, ["--zip"]).status == 0)
        let dutch = try pack(fixture, ["--lang", "nl", "--zip"])
        #expect(dutch.status == 0, "\(dutch.stderr)")
        #expect(try pack(fixture, ["--lang", "en"]).status == 0)
        for name in ["2026", "2026-nl"] {
            let folder = fixture.root + "/reports/" + name
            #expect(try IsmsBinary.run(["verify", folder]).status == 0, "\(name)")
            #expect(try IsmsBinary.run(["verify", folder + ".zip"]).status == 0, "\(name).zip")
        }
        let english = try String(contentsOfFile: fixture.root + "/reports/2026/index.html", encoding: .utf8)
        let nl = try String(contentsOfFile: fixture.root + "/reports/2026-nl/index.html", encoding: .utf8)
        #expect(english.contains("<html lang=\"en\">") && nl.contains("<html lang=\"nl\">"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/reports/2026-en"))
    }

    @Test("pack finds last year's pack under reports/ by itself; --no-previous and --previous override it")
    func previousFound() throws {
        let fixture = try fixture()
        let lastYear = FixtureRegister.settings.replacingOccurrences(of: "id: \"2026\"", with: "id: \"2025\"")
        try fixture.write("isms.yaml", lastYear)
        // Last year's pack is written even though its check finds evidence from the future (exit 1).
        #expect(try IsmsBinary.run(["pack", "-C", fixture.root, "--as-of", "2025-11-02"]).status <= 1)
        // Decoys: a pack of this cycle's id, one dated after the as-of date, a link to last year's.
        try fixture.write("isms.yaml", lastYear.replacingOccurrences(of: "id: \"2025\"", with: "id: \"2027\""))
        #expect(try IsmsBinary.run(["pack", "-C", fixture.root, "--as-of", "2027-01-02"]).status <= 1)
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root + "/reports/link", withDestinationPath: fixture.root + "/reports/2025")
        try fixture.write("isms.yaml", FixtureRegister.settings)
        try fixture.write("controls/custom/org2.yaml", FixtureRegister.control("ORG-2", title: "Second own control"))
        try fixture.addEvidence("ev-org2", folder: "evidence/org2", file: "org2.txt", supports: ["ORG-2"])

        let found = try pack(fixture)
        #expect(found.status == 0, "\(found.stderr)")
        #expect(
            found.stdout.contains(
                "Comparing with the previous pack \(fixture.root)/reports/2025 (audit 2025, as of 2025-11-02)"))
        let html = try String(contentsOfFile: fixture.root + "/reports/2026/index.html", encoding: .utf8)
        #expect(html.contains("Compared with the audit pack as of <strong>2025-11-02</strong> (audit cycle 2025)"))
        #expect(html.contains("Second own control"))
        let xml = try String(contentsOfFile: fixture.root + "/reports/2026/pack.xml", encoding: .utf8)
        #expect(xml.contains("<control-change id=\"ORG-2\" name=\"Second own control\" change=\"added\"/>"))

        let none = try pack(fixture, ["--no-previous"])
        #expect(none.status == 0 && !none.stdout.contains("Comparing"))
        let plain = try String(contentsOfFile: fixture.root + "/reports/2026/index.html", encoding: .utf8)
        #expect(plain.contains("No comparison was made"))
        #expect(try pack(fixture, ["--no-previous", "--previous", "reports/2025"]).status == 2)

        // A damaged pack found under reports/ is not silently skipped: the run stops and says why.
        try fixture.write("reports/2025/evidence/policy/policy.txt", "changed\n")
        let damaged = try pack(fixture)
        #expect(damaged.status == 1)
        #expect(!damaged.stdout.contains("Wrote"))
        #expect(damaged.stderr.contains("the previous pack cannot be used"), "\(damaged.stderr)")
    }

    @Test("pack.xml validates with xmllint against schema/audit-pack.xsd")
    func xmllintAgrees() throws {
        guard Shell.has("/usr/bin/xmllint") else { return }
        let fixture = try fixture()
        #expect(try pack(fixture).status == 0)
        let result = try Shell.run(
            "/usr/bin/xmllint",
            [
                "--noout", "--nonet", "--schema", IsmsBinary.repositoryRoot + "/schema/audit-pack.xsd",
                fixture.root + "/reports/2026/pack.xml",
            ])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("GDPR cases (Art. 30(2), several bases, Art. 9(2), DPO): xmllint agrees, a second (cached) run is identical")
    func gdprCases() throws {
        let fixture = try FixtureRegister()
        try ProcessingFixtures.addGDPRCases(to: fixture)
        let first = try pack(fixture)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let folder = fixture.root + "/reports/2026"
        let xml = try String(contentsOfFile: folder + "/pack.xml", encoding: .utf8)
        let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(xml.contains("role=\"processor\"") && xml.contains("<dpo>"))
        #expect(html.contains("<section id=\"processor-processing\">"))
        if Shell.has("/usr/bin/xmllint") {
            let result = try Shell.run(
                "/usr/bin/xmllint",
                [
                    "--noout", "--nonet", "--schema", IsmsBinary.repositoryRoot + "/schema/audit-pack.xsd",
                    folder + "/pack.xml",
                ])
            #expect(result.status == 0, "\(result.output)")
        }
        // The second run reads the records from the record cache: the same pack, byte for byte.
        #expect(try pack(fixture).status == 0)
        #expect(try String(contentsOfFile: folder + "/pack.xml", encoding: .utf8) == xml)
        #expect(try String(contentsOfFile: folder + "/index.html", encoding: .utf8) == html)
    }

    @Test("two runs give byte-identical pack.xml, index.html, manifest and zip")
    func deterministic() throws {
        let fixture = try fixture()
        #expect(try pack(fixture, ["--zip"]).status == 0)
        let names = ["pack.xml", "index.html", "MANIFEST.sha256"]
        let first = try names.map { try Data(contentsOf: URL(fileURLWithPath: fixture.root + "/reports/2026/" + $0)) }
        let firstZip = try Data(contentsOf: URL(fileURLWithPath: fixture.root + "/reports/2026.zip"))
        #expect(try pack(fixture, ["--zip"]).status == 0)
        let second = try names.map { try Data(contentsOf: URL(fileURLWithPath: fixture.root + "/reports/2026/" + $0)) }
        let secondZip = try Data(contentsOf: URL(fileURLWithPath: fixture.root + "/reports/2026.zip"))
        #expect(first == second)
        #expect(firstZip == secondZip)
    }

    @Test("the pack is written even with errors, and the exit status is 1")
    func errorsStillPack() throws {
        let fixture = try fixture()
        try fixture.write(
            "controls/custom/bad.yaml", FixtureRegister.control("BAD-1", title: "<script>alert(1)</script>"))
        let result = try pack(fixture)
        #expect(result.status == 1)
        let xml = try String(contentsOfFile: fixture.root + "/reports/2026/pack.xml", encoding: .utf8)
        #expect(xml.contains("code=\"E200\""))
        #expect(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let html = try String(contentsOfFile: fixture.root + "/reports/2026/index.html", encoding: .utf8)
        #expect(!html.contains("<script>alert(1)"))
    }

    @Test("verify: an intact pack, folder and zip")
    func verifyIntact() throws {
        let fixture = try fixture()
        #expect(try pack(fixture, ["--zip"]).status == 0)
        let folder = try IsmsBinary.run(["verify", fixture.root + "/reports/2026"])
        #expect(folder.status == 0, "\(folder.stdout)")
        #expect(folder.stdout.contains("intact (4 files"))
        // The pack.xml SHA-256 that every printed page's footer shows, as the manifest lists it.
        let manifest = try String(contentsOfFile: fixture.root + "/reports/2026/MANIFEST.sha256", encoding: .utf8)
        let digest = try #require(manifest.split(separator: "\n").first { $0.hasSuffix("  pack.xml") }?.prefix(64))
        #expect(folder.stdout.contains("pack.xml: SHA-256 \(digest) (printed in the footer of every page)\n"))
        let html = try String(contentsOfFile: fixture.root + "/reports/2026/index.html", encoding: .utf8)
        #expect(html.contains("pack.xml: \(digest)"))
        let zip = try IsmsBinary.run(["verify", fixture.root + "/reports/2026.zip"])
        #expect(zip.status == 0, "\(zip.stdout)")
        #expect(zip.stdout.contains("pack.xml: SHA-256 \(digest)"))
    }

    @Test("verify: a flipped byte in an evidence copy names the file")
    func verifyTamperedEvidence() throws {
        let fixture = try fixture()
        #expect(try pack(fixture).status == 0)
        let path = fixture.root + "/reports/2026/evidence/policy/policy.txt"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[0] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: path))
        let result = try IsmsBinary.run(["verify", fixture.root + "/reports/2026"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("evidence/policy/policy.txt: SHA-256 differs"))
    }

    @Test("verify: an edited pack.xml, an added file and a missing file")
    func verifyEdited() throws {
        let fixture = try fixture()
        #expect(try pack(fixture).status == 0)
        let folder = fixture.root + "/reports/2026"
        let xml = try String(contentsOfFile: folder + "/pack.xml", encoding: .utf8)
        try Data(xml.replacingOccurrences(of: "Fixture B.V.", with: "Other B.V.").utf8).write(
            to: URL(fileURLWithPath: folder + "/pack.xml"))
        try Data("new".utf8).write(to: URL(fileURLWithPath: folder + "/evidence/extra.txt"))
        try FileManager.default.removeItem(atPath: folder + "/index.html")
        let result = try IsmsBinary.run(["verify", folder])
        #expect(result.status == 1)
        #expect(result.stdout.contains("pack.xml: SHA-256 differs"))
        #expect(result.stdout.contains("evidence/extra.txt: not in MANIFEST.sha256"))
        #expect(result.stdout.contains("index.html: missing"))
    }

    @Test("verify --against lists evidence that changed, appeared or disappeared")
    func verifyAgainst() throws {
        let fixture = try fixture()
        #expect(try pack(fixture).status == 0)
        try fixture.write("evidence/policy/policy.txt", "new policy\n")
        try fixture.write("evidence/new/scan.pdf", "pdf")
        try fixture.remove("evidence/org dir/scan “één”.txt")
        let result = try IsmsBinary.run(["verify", fixture.root + "/reports/2026", "--against", fixture.root])
        #expect(result.status == 0)
        #expect(result.stdout.contains("changed: evidence/policy/policy.txt"))
        #expect(result.stdout.contains("appeared: evidence/new/scan.pdf"))
        #expect(result.stdout.contains("disappeared: evidence/org dir/scan “één”.txt"))
    }

    @Test("verify refuses a zip whose entries leave the extraction folder")
    func zipSlip() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-zipslip-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = """
            import zipfile
            with zipfile.ZipFile('\(folder)/evil.zip', 'w') as z:
                z.writestr('MANIFEST.sha256', '')
                z.writestr('../escaped.txt', 'x')
            with zipfile.ZipFile('\(folder)/abs.zip', 'w') as z:
                z.writestr('/tmp/isms-abs-escape.txt', 'x')
            """
        #expect(try Shell.run("/usr/bin/env", ["python3", "-c", script]).status == 0)
        for name in ["evil.zip", "abs.zip"] {
            let result = try IsmsBinary.run(["verify", folder + "/" + name])
            #expect(result.status == 1)
            #expect(result.stdout.contains("leave the extraction folder"), "\(result.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/../escaped.txt"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/isms-abs-escape.txt"))
    }

    @Test("kill -9 at random points leaves the previous pack intact and nothing half-written under reports/")
    func killedMidway() throws {
        let fixture = try fixture()
        // A large evidence file makes the copy take long enough to be interrupted.
        let big = fixture.root + "/evidence/big/dump.bin"
        try FileManager.default.createDirectory(
            atPath: fixture.root + "/evidence/big", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        for _ in 0..<64 { try handle.write(contentsOf: Data(repeating: 0x5A, count: 1 << 20)) }
        try handle.close()
        try fixture.write(
            "evidence/big/big.evidence.yaml",
            "id: ev-big\ntitle: Dump\ncollected: 2026-03-01\nowner: Ops\nfiles: [dump.bin]\nsupports: [ORG-1]\n")
        #expect(try pack(fixture).status == 0)
        let manifest = fixture.root + "/reports/2026/MANIFEST.sha256"
        let before = try Data(contentsOf: URL(fileURLWithPath: manifest))
        try fixture.write("evidence/policy/extra.txt", "a new file changes the next pack\n")
        try fixture.write(
            "evidence/policy/extra.evidence.yaml",
            "id: ev-extra\ntitle: Extra\ncollected: 2026-03-01\nowner: Ops\nfiles: [extra.txt]\nsupports: [ORG-1]\n")
        var interrupted = 0
        for round in 0..<12 {
            let process = Process()
            process.executableURL = IsmsBinary.url
            process.arguments = ["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--zip"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(5_000 + (round * 37_000) % 300_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { interrupted += 1 }
            let now = try Data(contentsOf: URL(fileURLWithPath: manifest))
            // Either the old pack or a complete new one: never a mixture.
            let verify = try IsmsBinary.run(["verify", fixture.root + "/reports/2026"])
            #expect(verify.status == 0, "round \(round): \(verify.stdout)")
            if now == before { continue }
            #expect(String(decoding: now, as: UTF8.self).contains("extra.txt"))
        }
        #expect(interrupted > 0)
        let visible = try FileManager.default.contentsOfDirectory(atPath: fixture.root + "/reports").filter {
            !$0.hasPrefix(".")
        }
        #expect(Set(visible).isSubset(of: ["2026", "2026.zip"]))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: fixture.root + "/reports").allSatisfy {
                !$0.hasPrefix(".")
            })
        // The next run clears what the killed runs left in the workspace.
        #expect(try pack(fixture).status == 0)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: fixture.root + "/.isms/tmp")) ?? []
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
