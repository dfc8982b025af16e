import ArgumentParser
import Foundation
import ISMSKit

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a finding code of `isms check` and how to fix it.",
        discussion: HelpText.paragraphs(
            """
            Without a code, lists every code with its title.

            Example:
              isms explain E200
            """)
    )

    @Argument(help: "A finding code such as E200 or W301.")
    var code: String?

    func run() throws {
        guard let text = code else {
            for code in FindingCode.allCases {
                Terminal.write(
                    "\(code.rawValue)  \(code.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(code.title)\n"
                )
            }
            return
        }
        guard let code = FindingCode(code: text) else {
            let known = FindingCode.allCases.map(\.rawValue)
            Terminal.printError("isms: unknown finding code `\(text)`\(ClosestMatch.hint(for: text, among: known))")
            throw ExitCode(ExitStatus.usage)
        }
        Terminal.write("\(code.rawValue) (\(code.severity.rawValue)): \(code.title)\n\n\(code.explanation)\n")
    }
}
