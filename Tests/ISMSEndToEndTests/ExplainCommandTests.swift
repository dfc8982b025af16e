import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms explain")
struct ExplainCommandTests {
    @Test("explains every code the check has", arguments: FindingCode.allCases)
    func everyCode(code: FindingCode) throws {
        let result = try IsmsBinary.run(["explain", code.rawValue.lowercased()])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\(code.rawValue) (\(code.severity.rawValue)): \(code.title)"))
        #expect(result.stdout.contains(code.explanation))
    }

    @Test("an unknown code is a usage error with a suggestion; no code lists them all")
    func unknown() throws {
        let result = try IsmsBinary.run(["explain", "E2000"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean `E200`?"))
        let all = try IsmsBinary.run(["explain"])
        #expect(all.stdout.split(separator: "\n").count == FindingCode.allCases.count)
    }
}
