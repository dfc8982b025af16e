import Foundation

/// GitHub Actions workflow commands, one per finding:
/// `::error file=PATH,line=L,col=C,title=CODE::message`, escaped as the runner expects
/// (`%`, CR and LF in messages; also `:` and `,` in properties).
public struct GitHubFindingFormatter: FindingFormatter {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        report.diagnostics.sorted.map { finding in
            var properties = ["file=" + Self.property(finding.location.path)]
            if let line = finding.location.line { properties.append("line=\(line)") }
            if let column = finding.location.column { properties.append("col=\(column)") }
            properties.append("title=" + Self.property("\(finding.code.rawValue) \(finding.code.title)"))
            let command = finding.severity == .error ? "error" : "warning"
            return "::\(command) \(properties.joined(separator: ","))::\(Self.data(finding.message))\n"
        }.joined()
    }

    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
