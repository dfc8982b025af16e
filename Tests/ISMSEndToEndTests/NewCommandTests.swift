import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms new, end to end")
struct NewCommandTests {
    /// What a template's unfilled keys may be reported as: a placeholder left, a key missing or
    /// empty. Nothing else: the template itself is never wrong.
    static let fillIn: Set<String> = ["E101", "E107", "E204", "E400", "E401", "E402"]

    @Test(
        "every kind's template names every documented key and is reported only for what is to fill in",
        arguments: RecordTemplate.kinds.map(\.name))
    func template(_ name: String) throws {
        let fixture = try FixtureRegister()
        let result = try IsmsBinary.run(["new", name, "NEW-1", "-C", fixture.root])
        #expect(result.status == 0, "\(result.stderr)")
        let kind = try #require(RecordTemplate.kinds.first { $0.name == name }?.kind)
        let path = kind.folder + "/NEW-1.yaml"
        #expect(result.stdout.contains("wrote \(path)"))
        let text = try String(contentsOfFile: fixture.root + "/" + path, encoding: .utf8)
        if let problem = Golden.mismatch(text, golden: "new-\(name).yaml") { Issue.record("\(problem)") }
        for key in kind.schema.names {
            #expect(text.contains("\n\(key):") || text.contains("\n# \(key):"), "\(name) template lacks `\(key)`")
        }
        let check = try IsmsBinary.run([
            "check", "--as-of", FixtureRegister.asOf, "--format", "json", "-C", fixture.root,
        ])
        let json = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        let findings = (json?["findings"] as? [[String: Any]]) ?? []
        let here = findings.filter { ($0["file"] as? String) == path }
        #expect(!here.isEmpty, "an unfilled template must not pass the check")
        for finding in here {
            let code = finding["code"] as? String ?? ""
            #expect(Self.fillIn.contains(code), "\(name): \(code) \(finding["message"] ?? "")")
        }
    }

    @Test("an Annex A id gets its official title; existing ids, bad ids and other kinds are refused")
    func refusals() throws {
        let fixture = try FixtureRegister()
        try fixture.remove("controls/annex-a/A.5.7.yaml")
        let annex = try IsmsBinary.run(["new", "control", "A.5.7", "-C", fixture.root])
        #expect(annex.status == 0, "\(annex.stderr)")
        let text = try String(contentsOfFile: fixture.root + "/controls/annex-a/A.5.7.yaml", encoding: .utf8)
        #expect(text.contains("title: \"Threat intelligence\""))
        let cases: [([String], Int32, String)] = [
            (["new", "control", "A.5.1"], 1, "`A.5.1` is already the id of controls/annex-a/A.5.1.yaml"),
            (["new", "control", "A.9.1"], 2, "is not an Annex A control"),
            (["new", "risk", "../x"], 2, "cannot be an id"),
            (["new", "rsik", "R-1"], 2, "did you mean `risk`?"),
            (["new", "incident", "INC-1"], 2, "isms incident add"),
        ]
        for (arguments, status, message) in cases {
            let result = try IsmsBinary.run(arguments + ["-C", fixture.root])
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/controls/risks/x.yaml"))
    }
}
