import ArgumentParser
import Foundation
import ISMSKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate an XML file against the audit-pack schema built into isms.",
        discussion: HelpText.paragraphs(
            """
            Prints one line per problem (FILE:LINE: message), then `FILE: valid` or `FILE: N problems`.
            The file is read safely: a DOCTYPE, entity declarations and network access are refused.
            Exits 0 when the file is valid, 1 when it is not, 2 when it cannot be read.

            Example:
              isms validate reports/2026/pack.xml
            """)
    )

    @Argument(help: ArgumentHelp("The XML file to validate, such as a pack's pack.xml.", valueName: "FILE.xml"))
    var file: String

    /// Larger than any pack.xml a register produces; a bigger file is refused rather than parsed.
    static let sizeLimit = 256 << 20

    func run() throws {
        let bytes: [UInt8]
        // A symbolic link (reports/latest/pack.xml) is followed; FileBytes refuses a final link.
        let resolved = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        switch FileBytes.read(resolved, limit: Self.sizeLimit) {
        case .success(let read): bytes = read
        case .failure(let problem):
            Terminal.printError("isms: cannot read \(file): \(problem.message)")
            throw ExitCode(ExitStatus.usage)
        }
        let messages = StreamingSchemaValidator.validate(bytes: bytes)
        var output = ""
        for message in messages {
            output += message.line > 0 ? "\(file):\(message.line): " : "\(file): "
            output += message.message + "\n"
        }
        if messages.isEmpty {
            output += "\(file): valid\n"
        } else {
            output += "\(file): \(messages.count) problem\(messages.count == 1 ? "" : "s")\n"
        }
        Terminal.write(output)
        if !messages.isEmpty { throw ExitCode(ExitStatus.failed) }
    }
}
