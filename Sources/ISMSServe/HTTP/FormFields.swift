import Foundation

/// The fields of a submitted form (`application/x-www-form-urlencoded`) or of a query string, in
/// order, repeated names kept. Untrusted: a field that does not decode is dropped, never guessed.
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(pairs: [(name: String, value: String)]) { self.pairs = pairs }

    init(urlEncoded text: String) {
        for piece in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            guard let value else { continue }
            pairs.append((name, value))
        }
    }

    /// `+` is a space, `%XX` a byte; the bytes must be UTF-8. Line ends become `\n`, as the
    /// register writes them.
    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding?
            .replacingOccurrences(of: "\r\n", with: "\n")
    }

    subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }

    func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// The value of `name`, trimmed, or nil when it is missing or empty.
    func nonEmpty(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }
}
