import Foundation
import HTTPTypes
import Hummingbird
import ISMSKit

/// The one place every request passes: the Host must be the one served, a request without a
/// valid session gets the login page and nothing else, a state-changing request must come from
/// this server's own pages (Origin) with the session's CSRF token and an editor's session, and
/// every response carries the security headers. Only then is the request routed.
struct WorkbenchResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let workbench: Workbench
    let tokens: AccessTokens
    let served: ServedOrigin
    let options: WorkbenchOptions
    /// A form without files is small; only uploads may be large.
    static let formLimit = 8 << 20
    static let sessionCookie = "isms-session"
    static let languageCookie = "isms-language"

    func respond(to request: Request, context: Context) async throws -> Response {
        var response = await guarded(request)
        SecurityHeaders.apply(to: &response.headers)
        return response
    }

    private func guarded(_ request: Request) async -> Response {
        guard served.allows(authority: request.head.authority) else {
            return PageResponse.text(
                "isms serve answers only to \(served.authorities.joined(separator: " or ")) (the Host header was not one of them)",
                status: .misdirectedRequest)
        }
        let segments = Self.segments(request.uri.path)
        let labels = await language(of: request)
        if request.method == .get, segments.count == 2, segments[0] == "assets" {
            switch segments[1] {
            case "workbench.css": return PageResponse.asset(WorkbenchAssets.stylesheet, type: "text/css; charset=utf-8")
            case "workbench.js":
                return PageResponse.asset(WorkbenchAssets.script, type: "text/javascript; charset=utf-8")
            default: return PageResponse.text("not found", status: .notFound)
            }
        }
        if segments == ["login"] { return await login(request, labels) }
        guard let session = request.cookies[Self.sessionCookie]?.value, let role = tokens.role(of: session) else {
            return PageResponse.html(LoginPage.render(labels, wrong: false), status: .unauthorized)
        }
        let query = FormFields(urlEncoded: request.uri.query ?? "")
        switch request.method {
        case .get, .head:
            return await get(segments, query: query, role: role, session: session, labels: labels, request: request)
        case .post:
            guard served.allows(origin: request.headers[.origin]) else {
                return PageResponse.text(
                    "refused: a change must come from a page of this server (the Origin header is missing or names another site)",
                    status: .forbidden)
            }
            guard role.mayWrite else { return PageResponse.text(labels.forbiddenWrite, status: .forbidden) }
            let form: PostedForm
            switch await PostedForm.read(request, uploadLimit: options.maxUploadBytes, formLimit: Self.formLimit) {
            case .success(let read): form = read
            case .failure(let refusal): return refusal.response
            }
            guard let csrf = form.fields["csrf"], tokens.csrfMatches(csrf, session: session) else {
                return PageResponse.text(
                    "refused: the form's CSRF token is missing or wrong; reload the page and try again",
                    status: .forbidden)
            }
            let handler = WorkbenchActions(
                workbench: workbench, context: await context(role, session, labels, request))
            return await handler.post(segments, query: query, form: form)
        default:
            return PageResponse.text("method not allowed", status: .methodNotAllowed)
        }
    }

    /// `GET /login?token=T` (the printed URL) or `POST /login` with the token field: the token
    /// becomes the session cookie (HttpOnly, SameSite=Strict) and the browser goes to the
    /// dashboard, so the token leaves the address bar.
    private func login(_ request: Request, _ labels: WorkbenchLabels) async -> Response {
        var token: String?
        switch request.method {
        case .get:
            token = FormFields(urlEncoded: request.uri.query ?? "")["token"]
            if token == nil { return PageResponse.html(LoginPage.render(labels, wrong: false)) }
        case .post:
            guard served.allows(origin: request.headers[.origin]) else {
                return PageResponse.text("refused: the login form must come from this server", status: .forbidden)
            }
            if case .success(let form) = await PostedForm.read(request, uploadLimit: 0, formLimit: 4096) {
                token = form.fields["token"]
            }
        default:
            return PageResponse.text("method not allowed", status: .methodNotAllowed)
        }
        guard let token, tokens.role(of: token) != nil else {
            return PageResponse.html(LoginPage.render(labels, wrong: true), status: .unauthorized)
        }
        return PageResponse.redirect(
            "/", cookie: "\(Self.sessionCookie)=\(token); Path=/; HttpOnly; SameSite=Strict")
    }

    private func get(
        _ segments: [String], query: FormFields, role: AccessRole, session: String, labels: WorkbenchLabels,
        request: Request
    ) async -> Response {
        if segments.count == 2, segments[0] == "language", let language = ReportLanguage(rawValue: segments[1]) {
            return PageResponse.redirect(
                query["back"] ?? "/", cookie: "\(Self.languageCookie)=\(language.rawValue); Path=/; SameSite=Strict")
        }
        let handler = WorkbenchActions(workbench: workbench, context: await context(role, session, labels, request))
        return await handler.get(segments, query: query)
    }

    private func context(_ role: AccessRole, _ session: String, _ labels: WorkbenchLabels, _ request: Request) async
        -> PageContext
    {
        let here = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        return PageContext(
            labels: labels, role: role, csrf: tokens.csrf(for: session), snapshot: await workbench.snapshot,
            here: request.method == .get ? here : "/")
    }

    /// The language cookie, else the register's own language.
    private func language(of request: Request) async -> WorkbenchLabels {
        if let chosen = request.cookies[Self.languageCookie]?.value, let language = ReportLanguage(rawValue: chosen) {
            return .of(language)
        }
        return .of(await workbench.snapshot.report.register.settings.language)
    }

    /// The path's segments, percent-decoded; a segment that does not decode stays as it is (and
    /// matches no route).
    static func segments(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map {
            String($0).removingPercentEncoding ?? String($0)
        }
    }
}
