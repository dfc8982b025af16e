import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms validate, end to end")
struct ValidateCommandTests {
    /// A pack.xml of the valid fixture register, written to a temporary file.
    private func packFile(_ transform: (String) -> String = { $0 }) throws -> String {
        let fixture = try FixtureRegister()
        let report = RegisterChecker.check(
            try fixture.load(), asOf: CalendarDate(FixtureRegister.asOf)!, hashAll: true)
        let xml = transform(PackXMLRenderer.render(PackContent(report: report, language: .en)))
        let path = FileManager.default.temporaryDirectory.path + "/isms-validate-" + UUID().uuidString + ".xml"
        try Data(xml.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("exit 0 and `FILE: valid` for a valid pack.xml")
    func valid() throws {
        let file = try packFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try IsmsBinary.run(["validate", file])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "\(file): valid\n")
        // Through a symbolic link too.
        let link = file + ".link.xml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        defer { try? FileManager.default.removeItem(atPath: link) }
        #expect(try IsmsBinary.run(["validate", link]).stdout == "\(link): valid\n")
    }

    @Test("exit 1 with FILE:LINE: per problem and a count")
    func invalid() throws {
        let file = try packFile { xml in
            // A.5.2 loses its required theme; A.5.3 gets a state the schema does not know.
            let a53 = "<control id=\"A.5.3\" theme=\"organizational\" applicable=\"true\" status=\"implemented\""
            return xml.replacingOccurrences(
                of: "<control id=\"A.5.2\" theme=\"organizational\"", with: "<control id=\"A.5.2\""
            )
            .replacingOccurrences(of: a53 + " state=\"covered\">", with: a53 + " state=\"done\">")
        }
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try IsmsBinary.run(["validate", file])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.last == "\(file): 2 problems")
        #expect(lines.dropLast().allSatisfy { $0.range(of: #"^.+:[1-9][0-9]*: "#, options: .regularExpression) != nil })
        #expect(result.stdout.contains("'theme' is required"))
        #expect(result.stdout.contains("'done'"))
    }

    @Test("exit 1 for malformed XML and for a DOCTYPE, with the line")
    func malformedAndDoctype() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-validate-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("<a>\n<b>\n</a>\n".utf8).write(to: URL(fileURLWithPath: folder + "/bad.xml"))
        let bad = try IsmsBinary.run(["validate", "bad.xml"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("bad.xml:3: "))
        try Data("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/xxe.xml"))
        let xxe = try IsmsBinary.run(["validate", "xxe.xml"], in: folder)
        #expect(xxe.status == 1)
        #expect(xxe.stdout.hasPrefix("xxe.xml:2: the document has a DOCTYPE"))
        #expect(xxe.stdout.hasSuffix("xxe.xml: 1 problem\n"))
        #expect(!xxe.stdout.contains("root:"))
    }

    @Test("exit 2 for a missing file, a folder, or no argument")
    func unreadable() throws {
        let missing = try IsmsBinary.run(["validate", "/nonexistent/pack.xml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read /nonexistent/pack.xml"))
        #expect(missing.stdout.isEmpty)
        let folder = try IsmsBinary.run(["validate", FileManager.default.temporaryDirectory.path])
        #expect(folder.status == 2)
        let none = try IsmsBinary.run(["validate"])
        #expect(none.status == 2)
    }
}
