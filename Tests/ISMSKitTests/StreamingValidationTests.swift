import Foundation
@_spi(Testing) import ISMSKit
import ISMSTestSupport
import Testing

/// `isms pack` validates the pack.xml it writes as a stream (no document tree). It must accept
/// and refuse exactly what the tree-based `SchemaValidator` does, read as safely, wherever the
/// chunks of the document happen to end.
@Suite("pack.xml validated as a stream")
struct StreamingValidationTests {
    @Test(
        "a valid pack is valid, whatever the chunk size", arguments: [1, 7, 4096, StreamingSchemaValidator.chunkSize])
    func valid(chunkSize: Int) throws {
        let xml = try XMLFixtures.render(try HTMLFixtures.hostile())
        #expect(StreamingSchemaValidator.validate(bytes: Array(xml.utf8), chunkSize: chunkSize) == [])
    }

    @Test("a broken register's pack, with findings and unusable files, is valid")
    func brokenRegister() throws {
        let xml = PackXMLRenderer.render(try XMLFixtures.content(try XMLFixtures.broken()))
        #expect(StreamingSchemaValidator.validate(bytes: Array(xml.utf8)) == [])
    }

    @Test("schema violations, including a reference to no record, are found with their line numbers")
    func invalid() throws {
        var lines = try XMLFixtures.render(try FixtureRegister()).components(separatedBy: "\n")
        let stateLine = try #require(lines.firstIndex { $0.contains("<control id=\"A.5.2\"") })
        lines[stateLine] = lines[stateLine].replacingOccurrences(of: "state=\"covered\"", with: "state=\"bogus\"")
        let supportsLine = try #require(lines.firstIndex { $0.contains("<supports ref=\"A.5.1\"/>") })
        lines[supportsLine] = lines[supportsLine].replacingOccurrences(of: "A.5.1\"", with: "nowhere\"")
        let messages = StreamingSchemaValidator.validate(bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(messages.contains { $0.line == stateLine + 1 && $0.message.contains("bogus") }, "\(messages)")
        #expect(messages.contains { $0.message.contains("nowhere") }, "\(messages)")
        #expect(messages.allSatisfy { $0.line > 0 }, "\(messages)")
    }

    @Test("an element out of order or missing makes the document invalid")
    func structure() throws {
        let xml = try XMLFixtures.render(try FixtureRegister())
        let swapped = xml.replacingOccurrences(of: "<scope>", with: "<scoop>").replacingOccurrences(
            of: "</scope>", with: "</scoop>")
        #expect(!StreamingSchemaValidator.validate(bytes: Array(swapped.utf8)).isEmpty)
        let cut = xml.components(separatedBy: "\n").filter { !$0.contains("<standard>") }.joined(separator: "\n")
        #expect(cut != xml)
        #expect(!StreamingSchemaValidator.validate(bytes: Array(cut.utf8)).isEmpty)
    }

    @Test(
        "DOCTYPE, external entities and entity expansion are refused without expanding anything",
        arguments: XMLFixtures.doctypeDocuments)
    func refusesDoctype(document: String) throws {
        let start = ContinuousClock.now
        let messages = StreamingSchemaValidator.validate(bytes: Array(document.utf8), chunkSize: 16)
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(messages.contains { $0.message.contains("DOCTYPE") && $0.line >= 1 }, "\(messages)")
        #expect(!messages.contains { $0.message.contains("root:") || $0.message.contains("lol") })
    }

    @Test("malformed, undeclared entities and empty documents are refused")
    func malformed() {
        let messages = StreamingSchemaValidator.validate(bytes: Array("<a>\n<b>\n</a>\n".utf8))
        #expect(messages.contains { $0.line == 3 }, "\(messages)")
        #expect(!StreamingSchemaValidator.validate(bytes: Array("<r>&undeclared;</r>".utf8)).isEmpty)
        #expect(StreamingSchemaValidator.validate(bytes: []).contains { $0.message == "the document is empty" })
    }

    @Test("a file is read in chunks; a missing file is a message, not a crash")
    func file() throws {
        let path = FileManager.default.temporaryDirectory.path + "/isms-stream-\(UUID().uuidString).xml"
        try Data(try XMLFixtures.render(try FixtureRegister()).utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(StreamingSchemaValidator.validate(file: path) == [])
        #expect(
            StreamingSchemaValidator.validate(file: path + ".missing").first?.message.contains("cannot read") == true)
    }
}
