import ArgumentParser
import ISMSKit

struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Write the audit pack: pack.xml, index.html, copied evidence and MANIFEST.sha256.",
        discussion: """
            By default the pack goes to reports/<audit id>/ in the register. It is built in a temporary folder
            and swapped into place whole, and written even when the check finds errors (the auditor must see
            them); the exit status is then 1, as for `isms check`.

            Example:
              isms pack --as-of 2026-11-02 --lang nl --zip
            """
    )

    @OptionGroup var register: RegisterOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: ArgumentHelp("The pack folder (default: reports/<audit id> in the register).", valueName: "DIR"))
    var out: String?

    @Option(help: "Language of the labels: nl or en (default: the register's report-language).")
    var lang: ReportLanguage?

    @Flag(help: "Also write the pack as one zip file beside the folder.")
    var zip = false

    func run() throws {
        let loaded = try register.load()
        let outcome: PackOutcome
        do {
            outcome = try PackBuilder.build(loaded, PackRequest(asOf: asOf.date, language: lang, output: out, zip: zip))
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.failed)
        }
        let diagnostics = outcome.report.diagnostics
        Terminal.write("Wrote \(outcome.folder) (\(outcome.fileCount) files)\n")
        if let zip = outcome.zip { Terminal.write("Wrote \(zip)\n") }
        Terminal.write(
            "\(diagnostics.errorCount) errors, \(diagnostics.warningCount) warnings as of \(outcome.report.asOf)\n")
        if diagnostics.fails(strict: false) { throw ExitCode(ExitStatus.failed) }
    }
}

extension ReportLanguage: ExpressibleByArgument {}
