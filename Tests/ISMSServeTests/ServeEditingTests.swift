import Foundation
import ISMSTestSupport
import Testing

/// Saves through the workbench are exact edits: only the edited keys' lines change, a file
/// changed on disk is never overwritten, a wrong value is refused, and the check runs again.
@Suite("isms serve: saving")
struct ServeEditingTests {
    let register: FixtureRegister
    let control = "controls/annex-a/A.5.1.yaml"

    init() throws {
        register = try FixtureRegister()
        // A comment and an odd spacing that an exact edit keeps.
        try register.write(
            control,
            "# Reviewed by the board.\n" + FixtureRegister.control("A.5.1", title: "Policies for information security")
                + "# end\n")
    }

    private func session(_ arguments: [String] = []) throws -> (ServeProcess, WorkbenchSession) {
        let server = try ServeProcess(root: register.root, arguments: arguments)
        return (server, WorkbenchSession(server: server, token: server.editorToken ?? ""))
    }

    /// The lines of `new` that differ from `old`, as (old, new) pairs; both have the same count.
    private func changedLines(_ old: String, _ new: String) -> [(String, String)] {
        let a = old.components(separatedBy: "\n")
        let b = new.components(separatedBy: "\n")
        guard a.count == b.count else { return [("<line count>", "\(a.count) → \(b.count)")] }
        return zip(a, b).filter { $0 != $1 }
    }

    @Test func aSaveChangesOnlyTheEditedKeysLine() throws {
        let (_, editor) = try session()
        let before = try register.text(control)
        let base = try FixtureRegister.sha256(of: before)
        let reply = try editor.post(
            "/record/control/A.5.1",
            fields: [
                ("base", base), ("action", "save"), ("f.owner", "Information Security Officer"),
                ("f.title", "Policies for information security"), ("f.status", "implemented"),
            ])
        #expect(reply.status == 200)
        #expect(reply.body.contains("notice saved"))
        let after = try register.text(control)
        let changed = changedLines(before, after)
        #expect(changed.count == 1)
        #expect(changed.first?.1 == "owner: Information Security Officer")
        #expect(after.hasPrefix("# Reviewed by the board.\n") && after.hasSuffix("# end\n"))
    }

    @Test func theGridSavesDecisionsAndSetsAValueOnSelectedRows() throws {
        let (_, editor) = try session()
        let ids = ["A.5.2", "A.5.3", "A.5.4"]
        var before: [String: String] = [:]
        for id in ids + ["A.5.1"] { before[id] = try register.text("controls/annex-a/\(id).yaml") }
        let base = { (id: String) in try FixtureRegister.sha256(of: before[id]!) }
        let save = try editor.post(
            "/soa",
            fields: [
                ("action", "save"), ("r0.id", "A.5.1"), ("r0.base", try base("A.5.1")),
                ("r0.applicable", "true"), ("r0.justification", "Required by the board's policy."),
                ("r0.owner", "CISO"),
            ])
        #expect(save.body.contains("notice saved"))
        let a51 = changedLines(before["A.5.1"]!, try register.text(control))
        #expect(a51.map(\.1) == ["justification: Required by the board's policy."])

        var fields: [(String, String)] = [("action", "bulk"), ("bulk-key", "review-by"), ("bulk-value", "2027-06-30")]
        for (index, id) in ids.enumerated() {
            fields += [("r\(index).id", id), ("r\(index).base", try base(id)), ("r\(index).select", "1")]
        }
        fields += [
            ("r3.id", "A.5.5"),
            ("r3.base", try FixtureRegister.sha256(of: try register.text("controls/annex-a/A.5.5.yaml"))),
        ]
        let bulk = try editor.post("/soa", fields: fields)
        #expect(bulk.body.contains("notice saved"))
        for id in ids {
            let after = try register.text("controls/annex-a/\(id).yaml")
            #expect(
                after.hasPrefix(before[id]!.trimmingCharacters(in: .newlines))
                    || after.contains("review-by: 2027-06-30"))
            let added = after.components(separatedBy: "\n").filter {
                !before[id]!.components(separatedBy: "\n").contains($0)
            }
            #expect(added == ["review-by: 2027-06-30"], "\(id)")
        }
        #expect(!(try register.text("controls/annex-a/A.5.5.yaml")).contains("review-by"))
    }

    @Test func aFileChangedOnDiskIsNotOverwritten() throws {
        let (_, editor) = try session()
        let page = try editor.get("/record/control/A.5.1").body
        let base = try #require(
            page.range(of: "name=\"base\" value=\"").map { String(page[$0.upperBound...].prefix(64)) })
        // Somebody edits the file meanwhile.
        let theirs = try register.text(control).replacingOccurrences(of: "owner: CISO", with: "owner: Board")
        try register.write(control, theirs)
        let reply = try editor.post(
            "/record/control/A.5.1", fields: [("base", base), ("action", "save"), ("f.justification", "Mine.")])
        #expect(reply.body.contains("notice conflict"))
        #expect(reply.body.contains("+owner: Board") && reply.body.contains("-owner: CISO"))
        // Their change stays; what the person typed is still in the form.
        #expect(try register.text(control) == theirs)
        #expect(reply.body.contains("Mine."))
    }

    @Test func theCheckAfterASaveSeesItAndTheNewTitleIsShown() throws {
        // A custom control without evidence is a gap until it is excluded.
        try register.write("controls/custom/C-2.yaml", FixtureRegister.control("C-2", title: "Old title"))
        let (_, editor) = try session()
        let gaps = { () throws -> String in
            try editor.get("/").body.components(separatedBy: "id=\"gaps\"")[1].components(separatedBy: "</section>")[0]
        }
        #expect(try gaps().contains("C-2"))
        let path = "controls/custom/C-2.yaml"
        let reply = try editor.post(
            "/record/control/C-2",
            fields: [
                ("base", try FixtureRegister.sha256(of: try register.text(path))), ("action", "save"),
                ("f.title", "New title"), ("f.applicable", "false"), ("f.status", "not-started"),
            ])
        #expect(reply.body.contains("notice saved"), "\(reply.body.prefix(2000))")
        #expect(!(try gaps().contains("C-2")))
        let list = try editor.get("/records/control").body
        #expect(list.contains("New title") && !list.contains("Old title"))
        #expect(try editor.get("/soa?theme=own").body.contains("New title"))
    }

    @Test func aValueTheCheckRejectsIsRefused() throws {
        let (_, editor) = try session()
        let before = try register.text(control)
        let reply = try editor.post(
            "/record/control/A.5.1",
            fields: [("base", try FixtureRegister.sha256(of: before)), ("action", "save"), ("f.status", "done-ish")])
        #expect(reply.body.contains("notice refused"))
        #expect(try register.text(control) == before)
    }

    @Test func anUploadAddsEvidenceAndTheFindingGoes() throws {
        // A custom control without evidence is a gap.
        try register.write("controls/custom/C-9.yaml", FixtureRegister.control("C-9", title: "Backups are tested"))
        let (_, editor) = try session()
        let before = try editor.get("/").body
        #expect(before.contains("/record/control/C-9"))
        let reply = try editor.upload(
            "/evidence/add?for=C-9", fileName: Array("restore-test.txt".utf8), content: "restored 12 files\n",
            fields: [("collected", "2026-05-20"), ("title", "Restore test")])
        #expect(reply.body.contains("notice saved"), "\(reply.body.prefix(3000))")
        let record = try register.text("evidence/c-9/restore-test.evidence.yaml")
        #expect(record.contains("supports:") && record.contains("C-9") && record.contains("sha256"))
        #expect(try register.text("evidence/c-9/restore-test.txt") == "restored 12 files\n")
        let gaps = try editor.get("/").body
        let section = gaps.components(separatedBy: "id=\"gaps\"")[1].components(separatedBy: "</section>")[0]
        #expect(!section.contains("C-9"))
    }

    @Test func withCommitEachSaveIsACommit() throws {
        let git = { (arguments: [String]) throws -> String in
            try Shell.run("/usr/bin/git", ["-C", register.root] + arguments).output
        }
        _ = try git(["init", "-q"])
        _ = try git(["-c", "user.name=Test", "-c", "user.email=test@example.org", "add", "-A"])
        _ = try git(["-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "baseline"])
        _ = try git(["config", "user.name", "Compliance Lead"])
        _ = try git(["config", "user.email", "lead@example.org"])
        let (_, editor) = try session(["--commit"])
        let base = try FixtureRegister.sha256(of: try register.text(control))
        let reply = try editor.post(
            "/record/control/A.5.1", fields: [("base", base), ("action", "save"), ("f.owner", "Board")])
        #expect(reply.body.contains("committed as"))
        let log = try git(["log", "-1", "--format=%an %s", "--name-only"])
        #expect(log.contains("Compliance Lead A.5.1: owner"))
        #expect(log.contains(control))
        #expect(try git(["status", "--porcelain", "--", control]).isEmpty)
        let page = try editor.get("/record/control/A.5.1").body
        #expect(page.contains("A.5.1: owner"))
    }
}
