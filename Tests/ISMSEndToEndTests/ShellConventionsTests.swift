import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("Shell conventions: --version, --help with examples, completions, man page")
struct ShellConventionsTests {
    /// Every command path, read from the tool's own help, group by group (`evidence add`,
    /// `evidence renew`, `review draft`), so that a new command is covered at once.
    static let commands: [[String]] = leaves(under: [])

    private static func leaves(under path: [String]) -> [[String]] {
        guard let help = try? IsmsBinary.run(path + ["--help"]).stdout else { return [] }
        var names: [String] = []
        var inList = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("SUBCOMMANDS:") {
                inList = true
                continue
            }
            guard inList, line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            if let name = line.split(separator: " ").first, !line.contains("See 'isms") { names.append(String(name)) }
        }
        if names.isEmpty { return path.isEmpty ? [] : [path] }
        return names.flatMap { leaves(under: path + [$0]) }
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try IsmsBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == ISMSVersion.current + "\n")
    }

    @Test("the tool has its commands")
    func commandList() {
        #expect(Self.commands.count >= 13)
    }

    @Test("every command's --help has an example", arguments: commands)
    func helpHasExample(command: [String]) throws {
        let result = try IsmsBinary.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example"), "\(command)")
        #expect(result.stdout.contains("isms " + command.joined(separator: " ")), "\(command)")
    }

    @Test(
        "every --help discussion reads as wrapped paragraphs, not as the source's line breaks",
        arguments: [[]] + commands)
    func helpParagraphs(command: [String]) throws {
        // At a width wider than any paragraph, each paragraph that is not an example is one line.
        let wide = try IsmsBinary.run(command + ["--help"], environment: ["COLUMNS": "2000"]).stdout
        let discussion = wide.components(separatedBy: "\nUSAGE:")[0].components(separatedBy: "\n\n").dropFirst()
        for paragraph in discussion {
            let lines = paragraph.split(separator: "\n")
            let prose = lines.prefix { !$0.hasPrefix(" ") }
            // A line introducing an example or a list (`Example:`) stands alone before it.
            #expect(prose.count <= (lines.count > prose.count ? 2 : 1), "\(command): \(paragraph)")
            if lines.count > prose.count { #expect(prose.last?.hasSuffix(":") ?? true, "\(command): \(paragraph)") }
        }
        // At 80 columns, argument-parser wraps each paragraph at the width.
        let narrow = try IsmsBinary.run(command + ["--help"], environment: ["COLUMNS": "80"]).stdout
        let text = narrow.components(separatedBy: "\nUSAGE:")[0]
        for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
            #expect(line.count <= 80, "\(command): \(line)")
        }
    }

    @Test("completion scripts for bash, zsh and fish name every command", arguments: ["bash", "zsh", "fish"])
    func completions(shell: String) throws {
        let result = try IsmsBinary.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for command in Self.commands { #expect(result.stdout.contains(command[0]), "\(shell): \(command)") }
        let checker = ["bash": "/bin/bash", "zsh": "/usr/bin/zsh", "fish": "/usr/bin/fish"][shell]!
        guard Shell.has(checker) else { return }
        let file = FileManager.default.temporaryDirectory.path + "/isms-completion-\(UUID().uuidString).\(shell)"
        try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let syntax = try Shell.run(checker, ["-n", file])
        #expect(syntax.status == 0, "\(syntax.output)")
    }

    @Test("docs/man/isms.1 is current: it documents every command (regenerate with scripts/generate-man)")
    func manPage() throws {
        let page = try String(contentsOfFile: IsmsBinary.repositoryRoot + "/docs/man/isms.1", encoding: .utf8)
        #expect(page.contains(".Nm isms"))
        for command in Self.commands { #expect(page.contains(command.joined(separator: " ")), "\(command)") }
    }
}
