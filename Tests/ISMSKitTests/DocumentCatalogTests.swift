import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// `isms docs` prints what is compiled in; these keep it the repository's docs/, file for file.
@Suite("The documentation built into the binary")
struct DocumentCatalogTests {
    private static let folder = IsmsBinary.repositoryRoot + "/docs"

    @Test("every docs/*.md is built in and nothing else (regenerate with scripts/embed-docs)")
    func sameFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
        #expect(
            DocumentCatalog.all.map(\.name).sorted() == files,
            "docs/ and the built-in documents differ; run scripts/embed-docs")
    }

    @Test("each built-in document is its file byte for byte (regenerate with scripts/embed-docs)")
    func identical() throws {
        for document in DocumentCatalog.all {
            let path = Self.folder + "/" + document.name + ".md"
            guard let file = FileManager.default.contents(atPath: path) else {
                Issue.record("\(path) is missing; run scripts/embed-docs")
                continue
            }
            #expect(
                Array(document.text.utf8) == Array(file),
                "docs/\(document.name).md differs from the built-in copy; run scripts/embed-docs")
        }
    }

    @Test("a document is found by its name or its file name, and its title is its first heading")
    func lookup() throws {
        let document = try #require(DocumentCatalog.named("register-format"))
        #expect(DocumentCatalog.named("register-format.md")?.name == "register-format")
        #expect(DocumentCatalog.named("register") == nil)
        #expect(document.title == "Register format")
        for document in DocumentCatalog.all { #expect(!document.title.isEmpty && !document.title.hasPrefix("#")) }
    }
}
