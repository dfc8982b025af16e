import Foundation
import ISMSTestSupport
import Testing

/// docs/register-format.md's "Examples" are files of the example register, unchanged: each block
/// under a heading that names a register file (`### Party — \`controls/parties/purechat.yaml\``)
/// must be that file's text. `ISMS_RECORD_GOLDEN=1 swift test --filter DocumentationExampleTests`
/// copies the files into the document.
@Suite("Documentation examples are the example register's files")
struct DocumentationExampleTests {
    static let path = IsmsBinary.repositoryRoot + "/docs/register-format.md"

    /// The document with every example block replaced by its file, and the files it names.
    static func regenerated(_ docs: String) throws -> (text: String, files: [String]) {
        var lines = docs.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var files: [String] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            guard line.hasPrefix("### "), line.hasSuffix("`"), let open = line.dropLast().lastIndex(of: "`") else {
                continue
            }
            let file = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
            let full = IsmsBinary.repositoryRoot + "/" + file
            guard file.hasSuffix(".yaml"), FileManager.default.fileExists(atPath: full),
                let start = lines[index...].firstIndex(where: { $0.hasPrefix("```") }),
                let end = lines[(start + 1)...].firstIndex(where: { $0 == "```" })
            else { continue }
            files.append(file)
            let content = try String(contentsOfFile: full, encoding: .utf8)
            var body = content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if body.last == "" { body.removeLast() }
            lines.replaceSubrange((start + 1)..<end, with: body)
            index = start + 1 + body.count
        }
        return (lines.joined(separator: "\n"), files)
    }

    @Test("every example block equals the file its heading names")
    func examplesAreFiles() throws {
        let docs = try String(contentsOfFile: Self.path, encoding: .utf8)
        let (generated, files) = try Self.regenerated(docs)
        #expect(files.contains("isms.yaml") && files.contains("controls/reviews/MR-2026.yaml"), "\(files)")
        if ProcessInfo.processInfo.environment["ISMS_RECORD_GOLDEN"] == "1", generated != docs {
            try generated.write(toFile: Self.path, atomically: true, encoding: .utf8)
        }
        #expect(generated == docs, "an example in docs/register-format.md differs from its file; regenerate it")
    }
}
