/// `path:line:column: error[CODE]: message`, one per line in path order, then a summary line:
/// the shape compilers use, so editors and terminals link each finding to its place.
public struct TextFindingFormatter: FindingFormatter {
    public var colour: Bool

    public init(colour: Bool = false) { self.colour = colour }

    public func render(_ report: CheckReport) -> String {
        var out = ""
        for finding in report.diagnostics.sorted {
            let severity = finding.severity.rawValue
            let label = colour ? paint(severity, finding.severity == .error ? "31" : "33") : severity
            let place = colour ? paint(finding.location.description, "1") : finding.location.description
            out += "\(place): \(label)[\(finding.code.rawValue)]: \(TerminalText.sanitise(finding.message))\n"
        }
        out += summary(report) + "\n"
        return out
    }

    private func summary(_ report: CheckReport) -> String {
        let errors = report.diagnostics.errorCount
        let warnings = report.diagnostics.warningCount
        let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        let scope =
            "\(report.register.controls.count) controls, \(report.register.processing.count) processing activities, \(report.register.parties.count) parties, \(report.register.evidence.count) evidence records"
        return "\(counts) in \(scope) as of \(report.asOf)"
    }

    private func paint(_ text: String, _ code: String) -> String { "\u{1B}[\(code)m\(text)\u{1B}[0m" }
}

/// Keeps register text from steering a terminal: control characters and escapes become visible.
public enum TerminalText {
    public static func sanitise(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
