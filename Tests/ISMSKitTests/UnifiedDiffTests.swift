import Foundation
import ISMSTestSupport
import PropertyBased
import Testing

@testable import ISMSKit

/// The dry-run diff is a real unified diff: GNU patch applies it to the old text and gets the
/// new one, for generated texts.
@Suite("Unified diff")
struct UnifiedDiffTests {
    static let line = Gen<String?>.element(of: ["a", "b", "c", "key: value", "", "# comment"]).map { $0! }

    @Test("patch turns the old text into the new one with the diff")
    func patchApplies() async throws {
        let folder = try FixtureRegister(baseline: false)
        await propertyCheck(count: 60, input: Self.line.array(of: 0...12), Self.line.array(of: 0...12)) { old, new in
            let oldText = old.map { $0 + "\n" }.joined()
            let newText = new.map { $0 + "\n" }.joined()
            let diff = UnifiedDiff.text(from: oldText, to: newText, oldName: "a/r.yaml", newName: "b/r.yaml")
            #expect(diff.isEmpty == (oldText == newText))
            guard !diff.isEmpty else { return }
            try? folder.write("r.yaml", oldText)
            let result = try? Shell.run(
                "/usr/bin/patch", ["-p1", "-s", "-F0"], in: folder.root, stdin: Data(diff.utf8))
            #expect(result?.status == 0, "\(result?.output ?? "")\n\(diff)")
            let patched = try? String(contentsOfFile: folder.root + "/r.yaml", encoding: .utf8)
            #expect(patched == newText, "\(diff)")
        }
    }

    @Test("a change in the middle of a long text gives one hunk with three lines of context")
    func context() {
        let old = (1...20).map { "line \($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "line 10\n", with: "line ten\n")
        #expect(
            UnifiedDiff.text(from: old, to: new, oldName: "a/x", newName: "b/x") == """
                --- a/x
                +++ b/x
                @@ -7,7 +7,7 @@
                 line 7
                 line 8
                 line 9
                -line 10
                +line ten
                 line 11
                 line 12
                 line 13

                """)
    }
}
