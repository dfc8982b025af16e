import Foundation
import ISMSTestSupport
import Testing

/// Who gets in, and what is refused: each promise of docs/serve.md's security model, against
/// the built binary over a real socket.
@Suite("isms serve: access and refusals")
struct ServeSecurityTests {
    let register: FixtureRegister
    let server: ServeProcess

    init() throws {
        register = try FixtureRegister()
        server = try ServeProcess(root: register.root)
    }

    var editor: WorkbenchSession { WorkbenchSession(server: server, token: server.editorToken ?? "") }
    var viewer: WorkbenchSession { WorkbenchSession(server: server, token: server.viewerToken ?? "") }
    let control = "controls/annex-a/A.5.1.yaml"

    @Test func tokensHaveAtLeast128RandomBits() throws {
        let editor = try #require(server.editorToken)
        let viewer = try #require(server.viewerToken)
        #expect(editor.count == 64 && editor.allSatisfy(\.isHexDigit))
        #expect(viewer.count == 64 && viewer != editor)
        let again = try ServeProcess(root: register.root)
        #expect(again.editorToken != editor)
    }

    @Test func withoutASessionOnlyTheLoginPage() throws {
        for path in ["/", "/soa", "/record/control/A.5.1", "/records/evidence"] {
            let reply = try RawHTTP.request("GET", path, port: server.port)
            #expect(reply.status == 401)
            #expect(reply.body.contains("name=\"token\""))
            #expect(!reply.body.contains("Fixture B.V.") && !reply.body.contains("A.5.1"))
        }
        let forged = try RawHTTP.request(
            "GET", "/", port: server.port, headers: [("Cookie", "isms-session=" + String(repeating: "0", count: 64))])
        #expect(forged.status == 401)
    }

    @Test func theTokenBecomesAStrictHttpOnlyCookie() throws {
        let token = try #require(server.editorToken)
        let reply = try RawHTTP.request("GET", "/login?token=\(token)", port: server.port)
        #expect(reply.status == 303)
        #expect(reply.header("Location") == "/")
        let cookie = try #require(reply.header("Set-Cookie"))
        #expect(
            cookie.contains("isms-session=\(token)") && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict"))
        let wrong = try RawHTTP.request("GET", "/login?token=abc", port: server.port)
        #expect(wrong.status == 401 && wrong.body.contains("wrong-token") && wrong.header("Set-Cookie") == nil)
    }

    @Test func aWrongHostHeaderGetsNothing() throws {
        for host in ["evil.example", "evil.example:\(server.port)", "127.0.0.1:1"] {
            let reply = try RawHTTP.request(
                "GET", "/", port: server.port, host: host, headers: [("Cookie", editor.cookie)])
            #expect(reply.status == 421)
            #expect(!reply.body.contains("Fixture"))
        }
        #expect(
            try RawHTTP.request(
                "GET", "/", port: server.port, host: "localhost:\(server.port)", headers: [("Cookie", editor.cookie)]
            ).status == 200)
    }

    @Test func aPostFromAnotherOriginOrWithoutOneIsRefused() throws {
        let before = try register.text(control)
        let base = try FixtureRegister.sha256(of: before)
        for origin in ["http://evil.example", "null", ""] {
            let reply = try editor.post(
                "/record/control/A.5.1", fields: [("base", base), ("f.owner", "Mallory")], origin: origin)
            #expect(reply.status == 403)
        }
        #expect(try register.text(control) == before)
    }

    @Test func aPostWithoutTheRightCSRFTokenIsRefused() throws {
        let before = try register.text(control)
        let base = try FixtureRegister.sha256(of: before)
        for csrf in ["", "0123", String(repeating: "a", count: 64)] {
            let reply = try editor.post(
                "/record/control/A.5.1", fields: [("base", base), ("f.owner", "Mallory")], csrf: csrf)
            #expect(reply.status == 403)
        }
        // A CSRF token of the viewer's session is no use in the editor's.
        let viewersToken = try viewer.csrf()
        let reply = try editor.post(
            "/record/control/A.5.1", fields: [("base", base), ("f.owner", "Mallory")], csrf: viewersToken)
        #expect(reply.status == 403)
        #expect(try register.text(control) == before)
    }

    @Test func theViewerCannotWrite() throws {
        let before = try register.text(control)
        let base = try FixtureRegister.sha256(of: before)
        let page = try viewer.get("/record/control/A.5.1")
        #expect(page.status == 200 && page.body.contains("id=\"read-only\""))
        #expect(!page.body.contains("value=\"save\""))
        let csrf = try viewer.csrf(from: "/record/control/A.5.1")
        let reply = try viewer.post(
            "/record/control/A.5.1", fields: [("base", base), ("f.owner", "Mallory")], csrf: csrf)
        #expect(reply.status == 403)
        let check = try viewer.post("/check", fields: [], csrf: csrf)
        #expect(check.status == 403)
        #expect(try register.text(control) == before)
    }

    @Test func readOnlyModeHasNoEditorToken() throws {
        let readOnly = try ServeProcess(root: register.root, arguments: ["--read-only"])
        #expect(readOnly.editorToken == nil)
        let token = try #require(readOnly.viewerToken)
        let session = WorkbenchSession(server: readOnly, token: token)
        let base = try FixtureRegister.sha256(of: try register.text(control))
        let reply = try session.post("/record/control/A.5.1", fields: [("base", base), ("f.owner", "Mallory")])
        #expect(reply.status == 403)
    }

    @Test(arguments: [Array("../../x".utf8), Array("a\u{0}b.txt".utf8), Array(".hidden".utf8), Array("dir/x.txt".utf8)])
    func anUploadNamedOutsideItsFolderIsRefused(name: [UInt8]) throws {
        let reply = try editor.upload(
            "/evidence/add?for=A.5.1", fileName: name, content: "payload\n", fields: [("collected", "2026-05-01")])
        #expect(reply.status == 200)
        #expect(reply.body.contains("notice refused"))
        let parent = (register.root as NSString).deletingLastPathComponent
        #expect(!FileManager.default.fileExists(atPath: parent + "/x"))
        #expect(!FileManager.default.fileExists(atPath: register.root + "/evidence/x"))
        #expect(!FileManager.default.fileExists(atPath: register.root + "/evidence/a.5.1"))
    }

    @Test func anUploadOverTheLimitIsRefused() throws {
        let small = try ServeProcess(root: register.root, arguments: ["--max-upload", "1"])
        let session = WorkbenchSession(server: small, token: small.editorToken ?? "")
        let reply = try session.upload(
            "/evidence/add?for=A.5.1", fileName: Array("big.txt".utf8),
            content: String(repeating: "x", count: 2 << 20), fields: [("collected", "2026-05-01")])
        #expect(reply.status == 413)
    }

    @Test func everyResponseCarriesTheSecurityHeaders() throws {
        let replies = [
            try RawHTTP.request("GET", "/", port: server.port), try editor.get("/"), try editor.get("/no/such/page"),
            try editor.get("/assets/workbench.css"),
        ]
        for reply in replies {
            let policy = try #require(reply.header("Content-Security-Policy"))
            #expect(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"))
            #expect(!policy.contains("unsafe-inline"))
            #expect(reply.header("X-Content-Type-Options") == "nosniff")
            #expect(reply.header("Referrer-Policy") == "same-origin")
        }
    }

    @Test func hostileRecordTextIsEscaped() throws {
        try register.write(
            "controls/custom/C-1.yaml",
            FixtureRegister.control("C-1", title: "<script>alert(1)</script><img src=x onerror=alert(2)>"))
        let restarted = try ServeProcess(root: register.root)
        let session = WorkbenchSession(server: restarted, token: restarted.editorToken ?? "")
        for path in ["/record/control/C-1", "/records/control", "/soa?theme=own"] {
            let page = try session.get(path).body
            #expect(!page.contains("<script>alert"), "\(path)")
            #expect(!page.contains("<img src=x"), "\(path)")
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path)")
        }
    }
}
