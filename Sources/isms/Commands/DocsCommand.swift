import ArgumentParser
import Foundation
import ISMSKit

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Print the documentation built into isms: the Markdown files of the project's docs/.",
        discussion: HelpText.paragraphs(
            """
            Without a name, lists the documents, each with its title. With a name, prints that document
            as plain Markdown, the same text as the file in the isms repository, so that a user who has
            only the binary has the manual too.

            Examples:
              isms docs
              isms docs register-format | less
            """)
    )

    @Argument(help: "A document: register-format, check-output, audit-pack, ci, ... (`isms docs` lists them).")
    var name: String?

    func run() throws {
        guard let name else {
            let width = DocumentCatalog.all.map(\.name.count).max() ?? 0
            for document in DocumentCatalog.all {
                let name = document.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                Terminal.write(name + document.title + "\n")
            }
            return
        }
        guard let document = DocumentCatalog.named(name) else {
            let known = DocumentCatalog.all.map(\.name)
            Terminal.printError("isms: unknown document `\(name)`\(ClosestMatch.hint(for: name, among: known))")
            Terminal.printError("Run `isms docs` for the list.")
            throw ExitCode(ExitStatus.usage)
        }
        Terminal.write(document.text)
    }
}
