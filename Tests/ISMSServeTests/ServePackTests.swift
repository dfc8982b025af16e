import Foundation
import ISMSTestSupport
import Testing

/// Building the audit pack from the workbench: the page shows the stage while it runs, then the
/// pack (intact by `isms verify`) and the changes since the previous pack.
@Suite("isms serve: the audit pack")
struct ServePackTests {
    @Test func buildsThePackAndShowsTheChangesSinceThePreviousOne() throws {
        let register = try FixtureRegister()
        // Last cycle's pack, made before this cycle's as-of date.
        try register.write(
            "isms.yaml", FixtureRegister.settings.replacingOccurrences(of: "id: \"2026\"", with: "id: \"2025\""))
        let old = try IsmsBinary.run(["pack", "-C", register.root, "--as-of", "2026-05-01"])
        #expect(old.status == 0, "\(old.stderr)")
        try register.write("isms.yaml", FixtureRegister.settings)
        let control = "controls/annex-a/A.5.1.yaml"
        try register.write(
            control, try register.text(control).replacingOccurrences(of: "owner: CISO", with: "owner: Board"))

        let server = try ServeProcess(root: register.root)
        let editor = WorkbenchSession(server: server, token: server.editorToken ?? "")
        let before = try editor.get("/pack").body
        #expect(before.contains("reports/2025"))
        let started = try editor.post("/pack", fields: [("language", "en")])
        #expect(started.status == 200)
        var page = started.body
        let deadline = Date().addingTimeInterval(120)
        while !page.contains("id=\"pack-done\""), !page.contains("id=\"pack-failed\""), Date() < deadline {
            #expect(page.contains("http-equiv=\"refresh\""))
            Thread.sleep(forTimeInterval: 0.3)
            page = try editor.get("/pack").body
        }
        #expect(page.contains("id=\"pack-done\""), "\(page)")
        #expect(!page.contains("http-equiv=\"refresh\""))
        #expect(page.contains("reports/2026"))
        let changes = try #require(page.components(separatedBy: "id=\"pack-changes\">").dropFirst().first)
        #expect(changes.contains("A.5.1"))
        let verified = try IsmsBinary.run(["verify", register.root + "/reports/2026"])
        #expect(verified.status == 0, "\(verified.stdout) \(verified.stderr)")
    }

    @Test func theViewerCannotBuildAPack() throws {
        let register = try FixtureRegister()
        let server = try ServeProcess(root: register.root)
        let viewer = WorkbenchSession(server: server, token: server.viewerToken ?? "")
        let page = try viewer.get("/pack").body
        #expect(!page.contains("id=\"pack-form\""))
        let reply = try viewer.post("/pack", fields: [("language", "en")], csrf: try viewer.csrf(from: "/pack"))
        #expect(reply.status == 403)
        #expect(!FileManager.default.fileExists(atPath: register.root + "/reports"))
    }
}
