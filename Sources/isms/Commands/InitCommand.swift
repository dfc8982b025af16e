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

            With --from, the new register starts from an existing Statement of Applicability: a CSV or xlsx
            with the columns `isms soa` writes (see `isms soa import`). Each row's applicability,
            justification, status, owner, review date and requirements go into its control's record; a row
            whose id is not an Annex A control becomes an organisation's own control. When any row cannot be
            imported, every problem is named by its cell and no register is made.

            Examples:
              isms init my-register --org "Example B.V."
              isms init my-register --org "Example B.V." --from soa.xlsx
            """)
    )

    @Argument(help: "The folder to create the register in.")
    var directory: String = "."

    @Option(help: "The organisation's name.")
    var org: String

    @Option(help: ArgumentHelp("Start from this Statement of Applicability (.csv or .xlsx).", valueName: "file"))
    var from: String?

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
        var sheet: SoAImportSheet?
        var extra: [(path: String, content: String)] = []
        if let from {
            do {
                sheet = try SoAImportSheet.read(path: from)
                extra = try sheet.map(StatementOfApplicabilityImport.newControls) ?? []
            } catch {
                Terminal.printError("isms: \(error)\nno register was made")
                throw ExitCode(ExitStatus.failed)
            }
        }
        var imported = 0
        do throws(FileProblem) {
            try RegisterInitializer.create(at: directory, organisation: org, today: .today(), extra: extra) {
                (root: String) throws(FileProblem) in
                guard let sheet else { return }
                do throws(EditError) {
                    let plan = try StatementOfApplicabilityImport.prepare(sheet, root: root)
                    try plan.changes.write()
                    imported = plan.entries.count
                } catch {
                    throw FileProblem(
                        error.description.replacingOccurrences(
                            of: "nothing was imported: correct the cells above and import again",
                            with: "no register was made: correct the cells above and run isms init again"))
                }
            }
        } catch {
            Terminal.printError("isms: \(error.message)")
            throw ExitCode(ExitStatus.failed)
        }
        if let from {
            Terminal.write(
                "Imported \(from): \(imported) controls set from the sheet, \(extra.count) own controls added.\n")
        }
        Terminal.write(
            "Created a register for \(org) in \(directory). Fill in isms.yaml and controls/annex-a/, then run `isms check`.\n"
        )
    }
}
