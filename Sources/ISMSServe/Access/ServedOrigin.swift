import Synchronization

/// The address the server answers to, known once the socket is bound (the port may be chosen by
/// the system). Only requests whose Host header names it are served, so that a web page that
/// rebinds its own domain name to 127.0.0.1 (DNS rebinding) gets nothing; only state-changing
/// requests whose Origin is it are accepted.
final class ServedOrigin: Sendable {
    private let host: String
    private let port = Mutex<Int?>(nil)

    init(host: String) { self.host = host }

    func bound(port: Int) { self.port.withLock { $0 = port } }

    var boundPort: Int? { port.withLock { $0 } }

    /// The host names a browser may use for this server: the one given, and `localhost` for the
    /// loopback address.
    private var names: [String] {
        let literal = host.contains(":") ? "[\(host)]" : host
        return host == "127.0.0.1" || host == "::1" ? [literal, "localhost"] : [literal]
    }

    /// `host:port` pairs the Host header may hold.
    var authorities: [String] {
        guard let port = boundPort else { return [] }
        return names.map { "\($0):\(port)" }
    }

    /// The origin of the printed URL.
    var origin: String { "http://" + (authorities.first ?? host) }

    func allows(authority: String?) -> Bool {
        guard let authority = authority?.lowercased() else { return false }
        return authorities.contains(authority)
    }

    /// A state-changing request must come from a page of this server: its Origin header names
    /// this server exactly. Every browser sends Origin with a form POST; one without it is
    /// refused too.
    func allows(origin: String?) -> Bool {
        guard let origin = origin?.lowercased() else { return false }
        return authorities.contains { "http://" + $0 == origin }
    }
}
