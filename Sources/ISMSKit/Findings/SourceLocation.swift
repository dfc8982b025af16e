/// Where in the register a finding applies: a path relative to the register root and,
/// when the finding concerns a place inside the file, a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, or just `path` when the finding concerns the file as a whole.
    public var description: String {
        guard let line else { return path }
        return "\(path):\(line):\(column ?? 1)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        // Natural order: controls/annex-a/A.5.2.yaml before A.5.10.yaml, as the SoA lists them.
        if lhs.path != rhs.path { return NaturalOrder.precedes(lhs.path, rhs.path) }
        if lhs.line != rhs.line { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}
