import Foundation

/// Texts placed in URLs the workbench makes: a path segment or a query value is percent-encoded
/// byte for byte outside the unreserved characters, so an id cannot add a segment or a query.
enum URLText {
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static func query(_ pairs: [(String, String)]) -> String {
        pairs.filter { !$0.1.isEmpty }.map { segment($0.0) + "=" + segment($0.1) }.joined(separator: "&")
    }
}
