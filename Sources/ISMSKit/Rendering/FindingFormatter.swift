/// Renders the findings of a check in one output format. Every format renders the same findings;
/// the check engine alone decides the exit status.
public protocol FindingFormatter {
    func render(_ report: CheckReport) -> String
}

/// The output formats of `isms check`.
public enum FindingFormat: String, Sendable, CaseIterable {
    case text, json, junit, sarif, github

    /// The formatter for this format; colour applies to text on a terminal only, and `strict`
    /// makes warnings fail JUnit test cases as they fail the run.
    public func formatter(colour: Bool, strict: Bool = false) -> any FindingFormatter {
        switch self {
        case .text: TextFindingFormatter(colour: colour)
        case .json: JSONFindingFormatter()
        case .junit: JUnitFindingFormatter(strict: strict)
        case .sarif: SARIFFindingFormatter()
        case .github: GitHubFindingFormatter()
        }
    }
}
