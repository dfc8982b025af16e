import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("isms set, end to end")
struct SetCommandTests {
    /// A control written the way people write them: a comment, a flow list, a trailing comment.
    static let commented = """
        # Excluded: nothing is developed outside.
        id: A.8.30
        title: "Outsourced development"
        applicable: false
        justification: "Excluded: all development is in-house."  # assumption
        status: not-started
        owner: Development Lead
        review-by: 2027-09-30  # before the 2027 audit

        """

    private func fixture() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.write("controls/annex-a/A.8.30.yaml", Self.commented)
        try fixture.write(
            "controls/annex-a/A.7.4.yaml",
            FixtureRegister.control("A.7.4", title: "Physical security monitoring", applicable: false))
        return fixture
    }

    @Test("ID KEY VALUE pairs change only those keys' lines; the summary names each change")
    func byID() throws {
        let fixture = try fixture()
        let result = try IsmsBinary.run(
            ["set", "A.8.30", "owner", "CISO: Jan", "review-by", "2027-06-30", "-C", fixture.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                controls/annex-a/A.8.30.yaml: owner: Development Lead → CISO: Jan
                controls/annex-a/A.8.30.yaml: review-by: 2027-09-30 → 2027-06-30
                changed 1 record

                """)
        #expect(
            try fixture.text("controls/annex-a/A.8.30.yaml")
                == Self.commented.replacingOccurrences(of: "owner: Development Lead", with: "owner: \"CISO: Jan\"")
                .replacingOccurrences(of: "2027-09-30  #", with: "2027-06-30  #"))
        let check = try IsmsBinary.run(["check", "--as-of", FixtureRegister.asOf, "-C", fixture.root])
        #expect(!check.stdout.contains("error["), "\(check.stdout)")
    }

    @Test("--where selects records; --dry-run prints the unified diff (golden) and writes nothing")
    func dryRunDiff() throws {
        let fixture = try fixture()
        let before = try fixture.text("controls/annex-a/A.8.30.yaml")
        let result = try IsmsBinary.run(
            ["set", "--where", "applicable=false", "--set", "review-by=2027-06-30", "--dry-run", "-C", fixture.root])
        #expect(result.status == 0, "\(result.stderr)")
        if let problem = Golden.mismatch(result.stdout, golden: "set-where-dry-run.diff") { Issue.record("\(problem)") }
        #expect(try fixture.text("controls/annex-a/A.8.30.yaml") == before)
        // The diff is a real one: patch applies it to the files and gives what set writes.
        let copy = try FixtureRegister(baseline: false)
        for path in ["controls/annex-a/A.8.30.yaml", "controls/annex-a/A.7.4.yaml"] {
            try copy.write(path, try fixture.text(path))
        }
        let patch = try Shell.run("/usr/bin/patch", ["-p1", "-s"], in: copy.root, stdin: Data(result.stdout.utf8))
        #expect(patch.status == 0, "\(patch.output)")
        let written = try IsmsBinary.run(
            ["set", "--where", "applicable=false", "--set", "review-by=2027-06-30", "-C", fixture.root])
        #expect(written.status == 0)
        for path in ["controls/annex-a/A.8.30.yaml", "controls/annex-a/A.7.4.yaml"] {
            #expect(try copy.text(path) == fixture.text(path), "\(path)")
        }
    }

    @Test("a value the loader rejects, an unknown key or id: refused with what to do, nothing written")
    func refusals() throws {
        let fixture = try fixture()
        let before = try fixture.text("controls/annex-a/A.8.30.yaml")
        let cases: [([String], String)] = [
            (["set", "A.8.30", "status", "done"], "controls/annex-a/A.8.30.yaml:6:9: error[E104]: `status` is `done`"),
            (["set", "A.8.30", "applicable", "yes"], "`applicable` must be `true` or `false`, not `yes`"),
            (["set", "A.8.30", "review-by", "30-06-2027"], "`review-by` must be a date written YYYY-MM-DD"),
            (["set", "A.8.30", "stauts", "planned"], "unknown key `stauts` for a control; did you mean `status`?"),
            (["set", "A.8.300", "owner", "x"], "no record has the id `A.8.300`; did you mean `A.8.30`?"),
            (["set", "A.8.30", "--unset", "owner"], "`owner`"),
            (["set", "--where", "owner=*", "--kind", "contro", "--set", "owner=x"], "did you mean `control`?"),
            (["set", "--where", "ownr=x", "--set", "owner=x"], "did you mean `owner`?"),
            (["set", "A.8.30", "id", "A.8.31"], "`id` names the record"),
        ]
        for (arguments, message) in cases {
            let result = try IsmsBinary.run(arguments + ["-C", fixture.root])
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(try fixture.text("controls/annex-a/A.8.30.yaml") == before)
        }
        let usage = try IsmsBinary.run(["set", "A.8.30", "owner", "-C", fixture.root])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("KEY VALUE pairs"))
    }

    @Test("a placeholder value is refused: it would add E107")
    func placeholder() throws {
        let fixture = try fixture()
        let result = try IsmsBinary.run([
            "set", "A.8.30", "owner", RegisterTemplate.placeholder + ": the role)", "-C", fixture.root,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("E107"), "\(result.stderr)")
    }

    @Test("lists, Markdown of several lines and nested keys are written in their forms and read back")
    func forms() throws {
        let fixture = try fixture()
        let result = try IsmsBinary.run(
            [
                "set", "A.8.30", "requirements", "[AVG art. 32, \"NEN 7510, 2024\"]", "narrative",
                "Checked yearly.\n\n- supplier review\n", "-C", fixture.root,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try fixture.text("controls/annex-a/A.8.30.yaml")
        #expect(record.contains("requirements: [AVG art. 32, \"NEN 7510, 2024\"]\n"), "\(record)")
        // Where the documented order puts it: after `owner`, before `review-by`.
        #expect(
            record.contains(
                "owner: Development Lead\nnarrative: |\n  Checked yearly.\n\n  - supplier review\nreview-by:"),
            "\(record)")
        let control = try #require(fixture.load().register.controls.first { $0.id == "A.8.30" })
        #expect(control.requirements == ["AVG art. 32", "NEN 7510, 2024"])
        #expect(control.narrative == "Checked yearly.\n\n- supplier review\n")
    }

    @Test("a file changed on disk between reading and writing is never overwritten")
    func concurrentChange() throws {
        // Many records make the window between reading and writing wide enough to hit.
        let fixture = try fixture()
        let path = fixture.root + "/controls/annex-a/A.8.30.yaml"
        let saved = Self.commented + "# saved by a person meanwhile\n"
        // Delays spread over one whole run, so that some saves land while set is writing.
        let started = Date()
        try IsmsBinary.run(["set", "--where", "id=*", "--kind", "control", "--set", "owner=Warm", "-C", fixture.root])
        let runtime = UInt32(max(0.01, Date().timeIntervalSince(started)) * 1_000_000)
        var refused = 0
        defer { print("set refused \(refused) of 10 times because the file changed meanwhile") }
        for _ in 0..<10 {
            try fixture.write("controls/annex-a/A.8.30.yaml", Self.commented)
            let process = try IsmsBinary.start(
                ["set", "--where", "id=*", "--kind", "control", "--set", "owner=Changed", "-C", fixture.root])
            usleep(UInt32.random(in: 0...runtime))
            try Data(saved.utf8).write(to: URL(fileURLWithPath: path))
            process.waitUntilExit()
            let now = try String(contentsOfFile: path, encoding: .utf8)
            // Set wrote before the person saved (the save replaced it), set read the saved text
            // and edited it, or set refused: the person's text is never lost.
            #expect(now.contains("# saved by a person meanwhile"), "the person's save was lost:\n\(now)")
            if process.terminationStatus == 1 { refused += 1 }
        }
    }

    @Test("kill -9 during writes leaves every record old or new, never half written")
    func killed() throws {
        let fixture = try fixture()
        let old = try fixture.text("controls/annex-a/A.5.1.yaml")
        for round in 0..<10 {
            let owner = "Owner \(round)"
            let process = try IsmsBinary.start(
                ["set", "--where", "id=*", "--kind", "control", "--set", "owner=\(owner)", "-C", fixture.root])
            usleep(UInt32.random(in: 5_000...120_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for control in AnnexACatalog.controls where control.id != "A.8.30" && control.id != "A.7.4" {
                let now = try fixture.text("controls/annex-a/\(control.id).yaml")
                let fresh = FixtureRegister.control(control.id, title: control.title)
                #expect(
                    now == fresh || now.hasPrefix(fresh.components(separatedBy: "owner: ")[0] + "owner: Owner "),
                    "\(control.id) after kill in round \(round):\n\(now)")
            }
        }
        _ = old
    }
}
