/// Collects the findings of one run and decides what they mean for the exit status.
public struct Diagnostics: Sendable {
    public private(set) var findings: [Finding] = []

    public init(_ findings: [Finding] = []) {
        self.findings = findings
    }

    public mutating func report(_ code: FindingCode, _ message: FindingMessage, at location: SourceLocation) {
        findings.append(Finding(code, message, at: location))
    }

    public mutating func append(contentsOf other: [Finding]) {
        findings.append(contentsOf: other)
    }

    /// The findings in the order every format prints them: by path, line, column, code.
    public var sorted: [Finding] { findings.sorted() }

    public var errorCount: Int { findings.count { $0.severity == .error } }
    public var warningCount: Int { findings.count { $0.severity == .warning } }

    /// True when the run should fail: any error, or any warning when warnings count as errors.
    public func fails(strict: Bool) -> Bool {
        errorCount > 0 || (strict && warningCount > 0)
    }
}
