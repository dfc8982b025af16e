import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

@Suite("Documentation stays true to the code")
struct DocumentationTests {
    @Test("docs/check-output.md lists every finding code with its title", arguments: FindingCode.allCases)
    func everyCodeDocumented(code: FindingCode) throws {
        let docs = try String(contentsOfFile: IsmsBinary.repositoryRoot + "/docs/check-output.md", encoding: .utf8)
        #expect(docs.contains("| \(code.rawValue) | \(code.severity.rawValue) | \(code.title) |"))
    }

    @Test("docs/register-format.md documents every key of every record", arguments: DocumentedKeys.all)
    func everyKeyDocumented(key: String) throws {
        let docs = try String(contentsOfFile: IsmsBinary.repositoryRoot + "/docs/register-format.md", encoding: .utf8)
        #expect(docs.contains("`\(key)`") || docs.contains(".\(key)`"))
    }
}

enum DocumentedKeys {
    /// Every key the loader accepts: a new key without documentation fails this suite.
    static let all = Array(
        Set(
            RecordKeys.settings + RecordKeys.organisation + RecordKeys.audit + RecordKeys.defaults
                + RecordKeys.control + RecordKeys.processing + RecordKeys.transfer + RecordKeys.party
                + RecordKeys.evidence + RecordKeys.request)
    ).sorted()
}
