import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An HTTP/1.1 client over a plain socket that sends exactly the bytes a test writes: a wrong
/// Host, a forged Origin, a file name with a NUL byte. It reads until the server closes.
enum RawHTTP {
    struct Reply {
        let status: Int
        let headers: [(String, String)]
        let body: String

        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
    }

    static func send(port: Int, _ request: [UInt8]) throws -> Reply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Problem(message: "socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Problem(message: "connect: \(errno)") }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Problem(message: "write") }
            sent += n
        }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Problem(message: "no reply: \(text)") }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        let headers = head.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return Reply(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// A request with `Connection: close`; `host` defaults to the server's own.
    static func request(
        _ method: String, _ path: String, port: Int, host: String? = nil, headers: [(String, String)] = [],
        body: [UInt8] = []
    ) throws -> Reply {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        return try send(port: port, Array(head.utf8) + body)
    }

    struct Problem: Error { let message: String }
}

/// A logged-in client of one `isms serve`: its cookie, the CSRF token of its pages, and the
/// Origin its forms send.
struct WorkbenchSession {
    let server: ServeProcess
    let token: String

    var cookie: String { "isms-session=\(token)" }

    func get(_ path: String) throws -> RawHTTP.Reply {
        try RawHTTP.request("GET", path, port: server.port, headers: [("Cookie", cookie)])
    }

    /// The CSRF token in the page at `path`.
    func csrf(from path: String = "/") throws -> String {
        let page = try get(path).body
        guard let range = page.range(of: "name=\"csrf\" value=\"") else { return "" }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    func post(
        _ path: String, fields: [(String, String)], origin: String? = nil, csrf: String? = nil
    ) throws -> RawHTTP.Reply {
        let token = try csrf ?? self.csrf()
        let body = ([("csrf", token)] + fields).map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(
            separator: "&")
        var headers = [("Cookie", cookie), ("Content-Type", "application/x-www-form-urlencoded")]
        if let origin = origin ?? Optional(server.origin), !origin.isEmpty { headers.append(("Origin", origin)) }
        return try RawHTTP.request("POST", path, port: server.port, headers: headers, body: Array(body.utf8))
    }

    /// A multipart upload of one file named `name` (raw bytes, so a NUL or `/` goes as it is).
    func upload(_ path: String, fileName: [UInt8], content: String, fields: [(String, String)]) throws
        -> RawHTTP.Reply
    {
        let boundary = "isms-test-boundary"
        var body: [UInt8] = []
        for (name, value) in [("csrf", try csrf())] + fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"".utf8)
        body += fileName
        body += Array("\"\r\nContent-Type: text/plain\r\n\r\n\(content)\r\n--\(boundary)--\r\n".utf8)
        return try RawHTTP.request(
            "POST", path, port: server.port,
            headers: [
                ("Cookie", cookie), ("Origin", server.origin),
                ("Content-Type", "multipart/form-data; boundary=\(boundary)"),
            ], body: body)
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
