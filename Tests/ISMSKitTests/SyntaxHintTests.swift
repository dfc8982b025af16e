import ISMSTestSupport
import Testing

@testable import ISMSKit

@Suite("E100 says how to fix a colon in a value")
struct SyntaxHintTests {
    @Test("an unquoted value holding `: ` gets the advice to quote it, with the line quoted")
    func colonInValue() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            "id: A.5.1\ntitle: Policies: for \"security\"\napplicable: true\n")
        let finding = try #require(try fixture.findings(.yamlSyntax).first)
        #expect(finding.location.line == 2)
        #expect(
            finding.message.hasSuffix(
                "; a value that holds `: ` must be quoted, e.g. `title: \"Policies: for \\\"security\\\"\"`"),
            "\(finding.message)")
    }

    @Test("other syntax errors, list items and long values get no example")
    func noExample() {
        #expect(RecordFileReader.colonHint("found character that cannot start any token", line: 1, in: "a: `b`") == nil)
        let item = RecordFileReader.colonHint(
            "mapping values are not allowed in this context", line: 1, in: "- a: b: c")
        #expect(item == FindingMessage.ColonHint(example: nil))
        #expect(item.map(FindingMessage.english) == "; a value that holds `: ` must be quoted")
        let long = "title: " + String(repeating: "x: ", count: 60)
        #expect(RecordFileReader.colonHint("mapping values are not allowed here", line: 1, in: long)?.example == nil)
        #expect(
            RecordFileReader.colonHint("mapping values are not allowed", line: 9, in: "a: b")
                == FindingMessage.ColonHint(example: nil))
    }
}
