import HTTPTypes
import Hummingbird

/// Responses the workbench sends: pages, its own assets, redirects and refusals.
enum PageResponse {
    static func html(_ markup: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: markup)))
    }

    static func text(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// 303 to a path of this server (never to another site: `//host` and schemes are refused).
    static func redirect(_ path: String, cookie: String? = nil) -> Response {
        let target = path.hasPrefix("/") && !path.hasPrefix("//") && !path.contains("\\") ? path : "/"
        var headers: HTTPFields = [.location: target]
        if let cookie { headers[.setCookie] = cookie }
        return Response(status: .seeOther, headers: headers)
    }
}
