import HTTPTypes

/// The headers every response carries: the page may load only what this server serves (no
/// inline script, no other origin, no plugin), may not be framed, does not leak its URL (which
/// held the token at login) to another site, and is not cached. The referrer policy is
/// `same-origin`, not `no-referrer`: under `no-referrer` a browser sends `Origin: null` with a form
/// POST even to its own origin (the Fetch standard), and the Origin check would refuse every save.
enum SecurityHeaders {
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'"

    static func apply(to fields: inout HTTPFields) {
        fields[.contentSecurityPolicy] = contentSecurityPolicy
        fields[.xContentTypeOptions] = "nosniff"
        fields[.init("Referrer-Policy")!] = "same-origin"
        fields[.init("X-Frame-Options")!] = "DENY"
        fields[.init("Cross-Origin-Opener-Policy")!] = "same-origin"
        fields[.init("Cross-Origin-Resource-Policy")!] = "same-origin"
        fields[.cacheControl] = "no-store"
    }
}
