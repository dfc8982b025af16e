import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms docs")
struct DocsCommandTests {
    @Test("without a name it lists every document with its title, one a line")
    func list() throws {
        let result = try IsmsBinary.run(["docs"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == DocumentCatalog.all.count)
        for (line, document) in zip(lines, DocumentCatalog.all) {
            #expect(line.hasPrefix(document.name + " "))
            #expect(line.hasSuffix(document.title))
        }
        #expect(result.stdout.contains("register-format"))
        #expect(result.stdout.contains("check-output"))
    }

    @Test("a document prints as its Markdown file, byte for byte", arguments: ["register-format", "ci.md"])
    func prints(name: String) throws {
        let result = try IsmsBinary.run(["docs", name])
        #expect(result.status == 0)
        let file = IsmsBinary.repositoryRoot + "/docs/" + (name.hasSuffix(".md") ? name : name + ".md")
        #expect(result.stdout == (try String(contentsOfFile: file, encoding: .utf8)))
        #expect(result.stderr.isEmpty)
    }

    @Test("an unknown name is a usage error with a suggestion")
    func unknown() throws {
        let result = try IsmsBinary.run(["docs", "register-fromat"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown document `register-fromat`; did you mean `register-format`?"))
        #expect(result.stderr.contains("Run `isms docs` for the list."))
    }

    @Test("the isms.yaml that init writes points to `isms docs register-format`, not to a file of the repository")
    func initPointsHere() throws {
        let parent = try FixtureRegister(baseline: false)
        let root = parent.root + "/new"
        #expect(try IsmsBinary.run(["init", root, "--org", "Nieuw B.V."]).status == 0)
        let settings = try String(contentsOfFile: root + "/isms.yaml", encoding: .utf8)
        #expect(settings.contains("`isms docs register-format`"))
        #expect(!settings.contains("docs/register-format.md"))
        #expect(try IsmsBinary.run(["docs", "register-format"], in: root).status == 0)
    }
}
