/// One gap or problem that `isms check` reports: a value every output format renders alike.
public struct Finding: Sendable, Hashable, Codable {
    public var code: FindingCode
    public var message: String
    public var location: SourceLocation

    public var severity: Severity { code.severity }

    public init(_ code: FindingCode, _ message: String, at location: SourceLocation) {
        self.code = code
        self.message = message
        self.location = location
    }
}

extension Finding: Comparable {
    /// Findings sort by place first (paths in natural order), then by code and message (also in
    /// natural order: clause 5.2 before clause 10.2), so output is stable.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return NaturalOrder.precedes(lhs.message, rhs.message)
    }
}

/// A finding can stand for the failure of a stage that reads one file.
extension Finding: Error {}
