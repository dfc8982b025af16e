/// JUnit XML as Jenkins and GitLab read it (the Apache Ant schema): one test suite per kind of
/// record, one test case per control, processing activity, party and evidence record, and a
/// failure for each test case with errors. The Ant schema allows one failure element per test
/// case, so a record with several errors has one failure listing every error with file and line.
/// Warnings are listed in the suite's system-out, and fail their test case under `--strict`.
public struct JUnitFindingFormatter: FindingFormatter {
    public var strict: Bool

    public init(strict: Bool = false) { self.strict = strict }

    public func render(_ report: CheckReport) -> String {
        let subjects = FindingSubjects(report)
        var findings: [FindingSubjects.Subject: [Finding]] = [:]
        for finding in report.diagnostics.sorted {
            findings[subjects.subject(of: finding), default: []].append(finding)
        }
        var all = Set(subjects.subjects)
        all.formUnion(findings.keys)
        let byKind = Dictionary(grouping: all, by: \.kind)
        let timestamp = "\(report.asOf)T00:00:00"
        var xml = XMLWriter()
        xml.start("testsuites")
        for (index, kind) in FindingSubjects.Kind.allCases.enumerated() {
            let cases = (byKind[kind] ?? []).sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            if cases.isEmpty { continue }
            let failing = cases.filter { failures(in: findings[$0] ?? []).isEmpty == false }.count
            xml.start(
                "testsuite",
                [
                    ("name", kind.suiteName), ("package", kind.package), ("id", String(index)),
                    ("timestamp", timestamp), ("hostname", "localhost"), ("tests", String(cases.count)),
                    ("failures", String(failing)), ("errors", "0"), ("time", "0"),
                ])
            xml.empty("properties")
            for subject in cases {
                let failed = failures(in: findings[subject] ?? [])
                let attributes: XMLWriter.Attributes = [
                    ("name", token(subject.name)), ("classname", kind.package), ("time", "0"),
                ]
                guard let first = failed.first else {
                    xml.empty("testcase", attributes)
                    continue
                }
                xml.element("testcase", attributes) { xml in
                    let summary = first.message + (failed.count > 1 ? " (+\(failed.count - 1) more)" : "")
                    xml.text(
                        "failure", failed.map(line).joined(separator: "\n"),
                        [("message", summary), ("type", failed.map(\.code.rawValue).joined(separator: " "))])
                }
            }
            let warnings = cases.flatMap { findings[$0] ?? [] }.filter { $0.severity == .warning }
            xml.text("system-out", warnings.map(line).joined(separator: "\n"))
            xml.empty("system-err")
            xml.end()
        }
        xml.end()
        return xml.document
    }

    private func failures(in findings: [Finding]) -> [Finding] {
        findings.filter { $0.severity == .error || strict }
    }

    private func line(_ finding: Finding) -> String {
        "\(finding.location.description): \(finding.severity.rawValue)[\(finding.code.rawValue)]: \(finding.message)"
    }

    /// xs:token: no line breaks or tabs, no leading, trailing or double spaces.
    private func token(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
