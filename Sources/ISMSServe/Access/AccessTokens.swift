import Crypto
import Foundation

/// The secrets of one run of the server: the editor's token (none in read-only mode), the
/// viewer's token, and the key the CSRF tokens are derived from. Each is 256 random bits from the
/// system's generator, made new at every start and never written to disk.
struct AccessTokens: Sendable {
    let editor: String?
    let viewer: String
    private let csrfKey: SymmetricKey

    init(readOnly: Bool) {
        editor = readOnly ? nil : Self.random()
        viewer = Self.random()
        csrfKey = SymmetricKey(size: .bits256)
    }

    /// 32 bytes of `SystemRandomNumberGenerator` (getrandom on Linux) as 64 hex digits.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// The role a token gives, comparing in constant time so that timing tells nothing.
    func role(of token: String) -> AccessRole? {
        if let editor, Self.equal(token, editor) { return .editor }
        if Self.equal(token, viewer) { return .viewer }
        return nil
    }

    /// The CSRF token of a session: an HMAC of its cookie, so that it needs no storage and a
    /// page of one session is no use in another.
    func csrf(for session: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(("csrf:" + session).utf8), using: csrfKey)
        return code.map { String(format: "%02x", $0) }.joined()
    }

    func csrfMatches(_ given: String, session: String) -> Bool { Self.equal(given, csrf(for: session)) }

    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
