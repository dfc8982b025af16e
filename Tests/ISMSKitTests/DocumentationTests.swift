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

    /// The key tables are generated from the record schemas; regenerate them with
    /// `ISMS_RECORD_GOLDEN=1 swift test --filter DocumentationTests`.
    @Test("docs/register-format.md's key tables are those the record schemas give")
    func keyTablesMatchSchemas() throws {
        let path = IsmsBinary.repositoryRoot + "/docs/register-format.md"
        let docs = try String(contentsOfFile: path, encoding: .utf8)
        let (generated, problems) = KeyTables.regenerate(docs)
        #expect(problems.isEmpty, "\(problems)")
        if ProcessInfo.processInfo.environment["ISMS_RECORD_GOLDEN"] == "1", generated != docs {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(generated == docs, "docs/register-format.md differs from the schemas; regenerate it")
    }

    @Test("docs/register-format.md shows the risk method `isms init` writes, verbatim")
    func riskMethodExample() throws {
        let docs = try String(contentsOfFile: IsmsBinary.repositoryRoot + "/docs/register-format.md", encoding: .utf8)
        #expect(docs.contains("```yaml\n" + RiskMethodTemplate.section + "```\n"))
    }

    @Test(
        "docs/reports.md documents every column of the SoA and the risk register",
        arguments: SoATable.columns.map(\.column) + RiskRegisterTable.columns.map(\.column))
    func everyColumnDocumented(column: ReportTable.Column) throws {
        let docs = try String(contentsOfFile: IsmsBinary.repositoryRoot + "/docs/reports.md", encoding: .utf8)
        #expect(docs.contains("| \(column.title) | `\(column.key)` |"))
    }
}
