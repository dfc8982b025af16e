/// A number as a record wrote it (`99.5`, `4`, `-2`): kept as its text so that reports print
/// exactly what was written, compared as a `Double`.
public struct Quantity: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    public let text: String

    /// Accepts an optional `-`, digits, and an optional fraction: no exponents, no `inf`, no
    /// thousands separators, so that a value means one thing to every reader.
    public init?(_ text: String) {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
            parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), body.count <= 30
        else { return nil }
        self.text = text
    }

    public var value: Double { Double(text) ?? 0 }
    public var description: String { text }

    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.value < rhs.value }
}
