/// The discussion texts of `--help`, written hard-wrapped so that they read well in the source.
/// swift-argument-parser wraps them again at the terminal's width, which leaves a ragged edge
/// where the source broke a line; so each paragraph is joined into one line first. Lines that
/// start with a space (examples, lists) are kept exactly as written, and so is a line followed
/// by one of them (`Example:`).
enum HelpText {
    static func paragraphs(_ text: String) -> String {
        var output: [String] = []
        var paragraph: [Substring] = []
        func flush() {
            if !paragraph.isEmpty { output.append(paragraph.joined(separator: " ")) }
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty || line.first == " " {
                // `Example:` stays on its own line above what it introduces.
                let lead =
                    line.isEmpty || paragraph.count < 2 || paragraph.last?.last != ":" ? nil : paragraph.popLast()
                flush()
                if let lead { output.append(String(lead)) }
                output.append(String(line))
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return output.joined(separator: "\n")
    }
}
