import ArgumentParser
import ISMSKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new register with a record for each of the 93 Annex A controls.",
        discussion: HelpText.paragraphs(
            """
            Writes isms.yaml, controls/annex-a/ (decisions left open), the other folders and a README that
            says what to fill in. Never writes over an existing register, and never makes one inside another:
            DIR is taken as given (no search upward), and refused when a folder above it holds isms.yaml.

            Example:
              isms init my-register --org "Example B.V."
            """)
    )

    @Argument(help: "The folder to create the register in.")
    var directory: String = "."

    @Option(help: "The organisation's name.")
    var org: String

    func validate() throws {
        if org.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--org must name the organisation")
        }
    }

    func run() throws {
        if let register = RegisterLocator.enclosing(directory) {
            Terminal.printError(
                "isms: \(directory) lies inside the register at \(register); isms init never makes a register "
                    + "inside another (work on that one, e.g. isms check -C \(register), or choose a folder outside it)"
            )
            throw ExitCode(ExitStatus.failed)
        }
        do {
            try RegisterInitializer.create(at: directory, organisation: org, today: .today())
        } catch {
            Terminal.printError("isms: \(error.message)")
            throw ExitCode(ExitStatus.failed)
        }
        Terminal.write(
            "Created a register for \(org) in \(directory). Fill in isms.yaml and controls/annex-a/, then run `isms check`.\n"
        )
    }
}
