/// Where the readers of one file put their findings. One per file, used by one thread.
final class FindingSink {
    private(set) var findings: [Finding] = []

    func report(_ code: FindingCode, _ message: FindingMessage, at location: SourceLocation) {
        findings.append(Finding(code, message, at: location))
    }

    func report(_ finding: Finding) { findings.append(finding) }
}
