import Foundation
import PropertyBased
import Testing
import Yams

@testable import ISMSKit

/// The exact-edit promises over generated records: records with comments, blank lines and
/// values in every quoting style, edited at a random key with a random value. Only the lines of
/// the edited key differ, and the edited text reads back to the intended record.
@Suite("Record editor properties")
struct RecordEditorPropertyTests {
    /// Pieces of text that YAML treats specially, joined into values.
    static let pieces = [
        "a", "Policy", " ", ": ", "#", " #", "\"", "'", "\n", "\\", "é", "€", "NO", "yes", "1.10", "2026-01-01", "-",
        "[", "]", "{", "}", ",", "|", ">", "&", "*", "!", "%", "@", "`", "\t", "~", "null", "  ", "x:", "?",
    ]
    static let text = Gen<String?>.element(of: pieces).map { $0! }.array(of: 0...7).map { $0.joined() }
    static let keys = ["title", "justification", "owner", "narrative", "requirements", "review-by", "freshness"]
    static let order = ControlDecoder.schema.names

    /// A record written the way people write them: each value in one of several styles, with
    /// comments and blank lines between keys.
    static func record(_ values: [String], styles: [Int]) -> (text: String, present: [String]) {
        var lines = ["# A control record", "id: A.5.1"]
        var present = ["id"]
        for (index, key) in keys.enumerated() where styles[index] % 5 != 4 {
            let value = values[index]
            let style = styles[index]
            if style % 3 == 0 { lines.append("# about \(key)") }
            switch key {
            case "requirements":
                if style % 2 == 0 {
                    lines.append("requirements:")
                    lines += value.split(separator: "\n").map { "  - " + YAMLText.quoted(String($0)) }
                    if !value.contains("\n") { lines.append("  - x") }
                } else {
                    lines.append("requirements: [one, \"two: 2\"]  # flow")
                }
            case "review-by": lines.append("review-by: 2027-02-10" + (style % 2 == 0 ? "  # yearly" : ""))
            case "freshness": lines.append("freshness: 12 months")
            default:
                switch style % 4 {
                case 0: lines.append("\(key): \(YAMLText.quoted(value))")
                case 1: lines.append("\(key): 'plain text'  # comment")
                case 2: lines.append("\(key): |\n  first line\n  second line")
                default: lines.append("\(key): Plain words")
                }
            }
            if style % 2 == 1 { lines.append("") }
            present.append(key)
        }
        return (lines.joined(separator: "\n") + "\n", present)
    }

    static func lines(_ text: [UInt8]) -> [String] {
        String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The lines of `key`'s entry (key line to last value line), by parsing the text.
    static func entryLines(_ key: String, in text: [UInt8]) -> ClosedRange<Int>? {
        guard case .mapping(let mapping)? = try? Yams.compose(yaml: String(decoding: text, as: UTF8.self)) else {
            return nil
        }
        let entries = Array(mapping)
        guard let index = entries.firstIndex(where: { $0.key.scalar?.string == key }),
            let first = entries[index].key.mark?.line
        else { return nil }
        let all = lines(text)
        var last = first
        let next = index + 1 < entries.count ? (entries[index + 1].key.mark?.line ?? all.count + 1) : all.count + 1
        for line in (first + 1)..<max(first + 1, next) where line <= all.count {
            let content = all[line - 1]
            // The generated records put comments at the start of a line: indented lines are values.
            if content.hasPrefix(" ") { last = line }
        }
        // Blank lines after a block scalar kept with `|+` are its content.
        while last < all.count, all[last].isEmpty, last + 1 < next { last += 1 }
        return first...last
    }

    @Test("a block scalar whose line looks like a comment")
    func commentLikeLine() async {
        let (original, _) = Self.record(Array(repeating: "", count: 7), styles: Array(repeating: 0, count: 7))
        var editor = try? RecordEditor(Array(original.utf8), path: "A.5.1.yaml")
        try? editor?.apply(RecordEdit(key: "title", .text("#\n")), order: Self.order)
        #expect(editor.map { String(decoding: $0.text, as: UTF8.self) }?.contains("title: |\n  #\n") == true)
    }

    /// Found by the property below (seed wzGLuRLN…): a text ending in two line breaks, written
    /// as a kept block (`|+`), took in the blank line after it and was refused on read-back.
    @Test("a text ending in several line breaks, before a blank line, is written quoted and reads back")
    func trailingLineBreaks() throws {
        let (original, _) = Self.record(Array(repeating: "", count: 7), styles: [0, 0, 0, 3, 0, 0, 0])
        #expect(original.contains("narrative: Plain words\n\n# about requirements"))
        var editor = try RecordEditor(Array(original.utf8), path: "A.5.1.yaml")
        try editor.apply(RecordEdit(key: "narrative", .text("'\n\n")), order: Self.order)
        let edited = String(decoding: editor.text, as: UTF8.self)
        #expect(edited.contains("narrative: \"'\\n\\n\"\n\n# about requirements"), "\(edited)")
        let node = try #require(try Yams.compose(yaml: edited))
        #expect(node["narrative"]?.string == "'\n\n")
    }

    @Test("only the edited key's lines differ, and the edited text reads back to the intended record")
    func onlyTheEditedLines() async {
        await propertyCheck(
            count: 400, input: Self.text.array(of: 7), Gen.int(in: 0...59).array(of: 7), Gen.int(in: 0...6),
            Self.text, Gen.int(in: 0...3)
        ) { values, styles, keyIndex, newText, kind in
            let (original, present) = Self.record(values, styles: styles)
            let key = Self.keys[keyIndex]
            let value: EditValue? =
                switch (key, kind) {
                case (_, 3): nil
                case ("requirements", _): .list(newText.split(separator: "\n").map(String.init))
                case ("review-by", _): .token("2027-0\(kind + 1)-15")
                case ("freshness", _): .token("\(kind + 1) months")
                default: .text(newText)
                }
            var editor: RecordEditor
            do {
                editor = try RecordEditor(Array(original.utf8), path: "A.5.1.yaml")
                try editor.apply(RecordEdit(key: key, value), order: Self.order)
            } catch {
                Issue.record("refused: \(error)\n\(original)")
                return
            }
            let edited = editor.text
            // The edited record reads back to the original with the one key changed.
            let before = try? Yams.compose(yaml: original)
            let after = try? Yams.compose(yaml: String(decoding: edited, as: UTF8.self))
            guard let before, let after else {
                Issue.record("does not parse:\n\(String(decoding: edited, as: UTF8.self))")
                return
            }
            #expect(NodeShape.replacing([key], in: before, with: value) == NodeShape.of(after))
            // Outside the edited entry's lines, old and new are the same lines in the same order.
            let old = Self.lines(Array(original.utf8))
            let new = Self.lines(edited)
            var prefix = 0
            while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
            var suffix = 0
            while suffix < min(old.count, new.count) - prefix,
                old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
            {
                suffix += 1
            }
            let oldChanged = prefix..<(old.count - suffix)
            let newChanged = prefix..<(new.count - suffix)
            if let span = present.contains(key) ? Self.entryLines(key, in: Array(original.utf8)) : nil {
                #expect(
                    oldChanged.isEmpty || oldChanged.clamped(to: (span.lowerBound - 1)..<span.upperBound) == oldChanged,
                    "changed old lines \(oldChanged) outside \(span)\n\(original)\n---\n\(String(decoding: edited, as: UTF8.self))"
                )
            } else {
                #expect(oldChanged.isEmpty, "an insertion changed old lines \(oldChanged)")
            }
            if value != nil, let span = Self.entryLines(key, in: edited) {
                #expect(
                    newChanged.isEmpty || newChanged.clamped(to: (span.lowerBound - 1)..<span.upperBound) == newChanged,
                    "changed new lines \(newChanged) outside \(span)\n\(String(decoding: edited, as: UTF8.self))")
            }
            // The real decoder reads the intended value.
            if case .text(let text)? = value, key != "narrative" || !text.isEmpty {
                let sink = FindingSink()
                let control = ControlDecoder.decode(after, path: "A.5.1.yaml", sink: sink)
                let read: String? =
                    switch key {
                    case "title": control?.title
                    case "justification": control?.justification
                    case "owner": control?.owner
                    default: control?.narrative
                    }
                if !text.allSatisfy(\.isWhitespace) { #expect(read == text) }
            }
        }
    }
}
