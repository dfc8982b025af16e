import Foundation
import ISMSTestSupport
import Testing
import Yams

@testable import ISMSKit

/// Exact edits of records: one key's lines change, everything else stays byte for byte, and the
/// result reads back to the intended value.
@Suite("Record editor")
struct RecordEditorTests {
    static let order = ControlDecoder.schema.names

    static let control = """
        # Policies, approved yearly.
        id: A.5.1
        title: Policies for information security
        applicable: true
        justification: "Management approved policy set."   # keep this
        requirements:
          - "AVG art. 32"
          - Privacy statement

        status: implemented
        owner: Management (directie)
        review-by: 2027-02-10  # yearly review
        narrative: |
          Approved on 2026-02-10.
          Reviewed yearly.

        """

    func edited(_ text: String, _ edits: RecordEdit...) throws -> String {
        var editor = try RecordEditor(Array(text.utf8), path: "A.5.1.yaml")
        for edit in edits { try editor.apply(edit, order: Self.order) }
        return String(decoding: editor.text, as: UTF8.self)
    }

    func value(_ key: String, in text: String) throws -> Node? {
        guard case .mapping(let mapping)? = try Yams.compose(yaml: text) else { return nil }
        return mapping.first { $0.key.scalar?.string == key }?.value
    }

    @Test("a one-line value is replaced in place: spacing and the comment after it stay")
    func inPlace() throws {
        let out = try edited(Self.control, RecordEdit(key: "review-by", .token("2027-06-30")))
        #expect(out == Self.control.replacingOccurrences(of: "2027-02-10  #", with: "2027-06-30  #"))
        let quoted = try edited(Self.control, RecordEdit(key: "justification", .text("Set: approved")))
        #expect(
            quoted
                == Self.control.replacingOccurrences(
                    of: "\"Management approved policy set.\"", with: "\"Set: approved\""))
    }

    @Test(
        "every awkward text reads back exactly",
        arguments: [
            "a: b", "# not a comment", "say \"hi\"", "it's", "two\nlines", " leading space", "NO", "yes", "1.10",
            "2026-01-01", "Gegevensbeschermingsautoriteit é ü €", "", "null", "~", "- dash", "[x]", "{y}", "trailing ",
            "tab\there", "back\\slash", "@at", "`tick`", "%pct", "a #b", "ends:", "&anchor", "*alias", "!tag", "|", ">",
            "multi\n\n  indented\nlast\n", "  two leading\nsecond", "\n\nstarts blank", "ends with newlines\n\n\n",
        ])
    func awkwardTexts(_ text: String) throws {
        for key in ["justification", "owner", "narrative", "title"] {
            let out = try edited(Self.control, RecordEdit(key: key, .text(text)))
            let node = try #require(try value(key, in: out), "\(key) = \(text.debugDescription)\n\(out)")
            #expect(node.scalar?.string == text, "\(key) = \(text.debugDescription)\n\(out)")
            // Every other key reads as before.
            for other in Self.order where other != key {
                #expect(try value(other, in: out) == value(other, in: Self.control), "\(other) after \(key)")
            }
        }
    }

    @Test("an empty text is written quoted, so that it is an empty text and not null")
    func emptyText() throws {
        let out = try edited(Self.control, RecordEdit(key: "owner", .text("")))
        #expect(out.contains("owner: \"\"\n"))
    }

    @Test("a block list stays a block list; a flow list stays a flow list")
    func lists() throws {
        let block = try edited(Self.control, RecordEdit(key: "requirements", .list(["NEN 7510", "a, b"])))
        #expect(block.contains("requirements:\n  - NEN 7510\n  - a, b\n\nstatus:"), "\(block)")
        let flow = Self.control.replacingOccurrences(
            of: "requirements:\n  - \"AVG art. 32\"\n  - Privacy statement\n", with: "requirements: [x, y]  # two\n")
        let out = try edited(flow, RecordEdit(key: "requirements", .list(["AVG: 32", "z"])))
        #expect(out == flow.replacingOccurrences(of: "[x, y]", with: "[\"AVG: 32\", z]"))
        let empty = try edited(Self.control, RecordEdit(key: "requirements", .list([])))
        #expect(empty.contains("requirements: []\n\nstatus:"))
    }

    @Test("a Markdown narrative of several lines is a literal block; the lines after it stay")
    func narrative() throws {
        let text = Self.control + "# closing comment\n"
        let out = try edited(text, RecordEdit(key: "narrative", .text("First line.\n\nSecond: with colon.\n")))
        #expect(out.hasSuffix("narrative: |\n  First line.\n\n  Second: with colon.\n# closing comment\n"), "\(out)")
        let single = try edited(text, RecordEdit(key: "narrative", .text("One line")))
        #expect(single.hasSuffix("narrative: One line\n# closing comment\n"), "\(single)")
    }

    @Test("a missing key is added where the documented order puts it; a key is removed with its lines only")
    func addAndRemove() throws {
        let without = Self.control.replacingOccurrences(of: "review-by: 2027-02-10  # yearly review\n", with: "")
        let added = try edited(without, RecordEdit(key: "review-by", .token("2027-06-30")))
        // The documented order puts `review-by` after `narrative`.
        #expect(added == without + "review-by: 2027-06-30\n")
        let freshness = try edited(Self.control, RecordEdit(key: "freshness", .token("6 months")))
        #expect(freshness.contains("owner: Management (directie)\nfreshness: 6 months\nreview-by:"))
        let removed = try edited(Self.control, RecordEdit(key: "requirements", nil))
        #expect(
            removed
                == Self.control.replacingOccurrences(
                    of: "requirements:\n  - \"AVG art. 32\"\n  - Privacy statement\n", with: ""))
        #expect(try edited(Self.control, RecordEdit(key: "freshness", nil)) == Self.control)
    }

    @Test("CRLF line ends and a byte-order mark are kept")
    func lineEnds() throws {
        let crlf = "\u{FEFF}" + Self.control.replacingOccurrences(of: "\n", with: "\r\n")
        let out = try edited(crlf, RecordEdit(key: "narrative", .text("a\nb")), RecordEdit(key: "owner", .text("CISO")))
        let expected = crlf.replacingOccurrences(
            of: "narrative: |\r\n  Approved on 2026-02-10.\r\n  Reviewed yearly.\r\n",
            with: "narrative: |-\r\n  a\r\n  b\r\n"
        ).replacingOccurrences(of: "owner: Management (directie)", with: "owner: CISO")
        #expect(out == expected)
    }

    @Test("a flow mapping and keys that share a line are refused, not guessed at")
    func refusals() throws {
        #expect(throws: EditError.self) { try edited("{id: A.5.1, owner: x}\n", RecordEdit(key: "owner", .text("y"))) }
        #expect(throws: EditError.self) { try edited("id: [\n", RecordEdit(key: "owner", .text("y"))) }
    }

    @Test("a nested key is edited inside its block mapping")
    func nested() throws {
        let incident = "id: INC-1\nbreach:\n  personal-data: true\n  notified: 2026-01-02  # AP\nseverity: high\n"
        var editor = try RecordEditor(Array(incident.utf8), path: "INC-1.yaml")
        try editor.apply(RecordEdit(key: "breach.notified", .token("2026-01-03")), order: [])
        #expect(
            String(decoding: editor.text, as: UTF8.self) == incident.replacingOccurrences(of: "01-02", with: "01-03"))
    }

    @Test("a write is refused when the file changed on disk since it was read, and nothing is lost")
    func changedOnDisk() throws {
        let folder = try FixtureRegister(baseline: false)
        let path = folder.root + "/A.5.1.yaml"
        try Self.control.write(toFile: path, atomically: false, encoding: .utf8)
        let original = Array(Self.control.utf8)
        var editor = try RecordEditor(original, path: "A.5.1.yaml")
        try editor.apply(RecordEdit(key: "owner", .text("CISO")), order: Self.order)
        let saved = Self.control + "# saved meanwhile\n"
        try saved.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: EditError.self) {
            try RecordFileWrite.replace(path, original: original, with: editor.text, shownAs: "A.5.1.yaml")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == saved)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root) == ["A.5.1.yaml"])
        try RecordFileWrite.replace(path, original: Array(saved.utf8), with: editor.text, shownAs: "A.5.1.yaml")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("owner: CISO"))
    }

    @Test("a write whose read-back does not hold the intended values is undone")
    func undone() throws {
        let folder = try FixtureRegister(baseline: false)
        let path = folder.root + "/A.5.1.yaml"
        try Self.control.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: EditError.self) {
            try RecordFileWrite.replace(
                path, original: Array(Self.control.utf8), with: Array("owner: x\n".utf8), shownAs: "A.5.1.yaml",
                expected: { _ in false })
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.control)
    }
}
