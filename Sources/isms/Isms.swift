import ArgumentParser
import Foundation
import ISMSKit

/// The `isms` command: an ISO/IEC 27001:2022 compliance register kept as code.
@main
struct Isms: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isms",
        abstract: "Keep an ISO/IEC 27001:2022 compliance register as code and check it.",
        discussion: HelpText.paragraphs(
            """
            A register is a folder of YAML records: the Annex A controls (the Statement of Applicability),
            GDPR Art. 30 processing activities, third parties, and evidence records. `isms check` links them
            and reports every gap.

            Exit status: 0 when nothing fails, 1 when the check finds errors, 2 for a usage error or no register.
            """),
        version: BuildCommit.versionText,
        subcommands: [
            CheckCommand.self, PackCommand.self, VerifyCommand.self, ValidateCommand.self, CatalogCommand.self,
            InitCommand.self, ExplainCommand.self, EvidenceCommand.self, SoaCommand.self, RopaCommand.self,
            RisksCommand.self, IncidentsCommand.self, IncidentCommand.self, ReviewCommand.self,
            StatusCommand.self, ExportCommand.self, KeygenCommand.self, DiffCommand.self, SetCommand.self,
            NewCommand.self, ApproveCommand.self, ServeCommand.self, DocsCommand.self,
        ]
    )

    /// Parses and runs, mapping usage errors to exit status 2 (argument-parser's default is 64).
    static func main() {
        MemoryTuning.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.printError(fullMessage(for: error))
                Terminal.printError("Run `isms --help` for usage.")
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
