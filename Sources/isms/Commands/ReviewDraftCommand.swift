import ArgumentParser
import Foundation
import ISMSKit

struct ReviewDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Write the inputs of the next management review as Markdown, assembled from the register.",
        discussion: HelpText.paragraphs(
            """
            One section per input of ISO/IEC 27001:2022 9.3.2: the actions of earlier reviews and
            their state, nonconformities raised, closed and open, evidence coverage (and its trend
            since --previous PACK), internal audit results, objectives against their targets,
            data-subject requests and their timeliness, risks above the criteria and acceptances
            ending, and open observations and opportunities. The period runs from --since (default:
            the day after the last management review held, else the start of the audit period) to
            the as-of date. Edit the draft into the minutes. Printed to standard output, or written
            to --output, which must not exist yet (a draft being edited is never overwritten).

            Example:
              isms review draft --as-of 2026-11-02 --output review-2026-draft.md
            """)
    )

    @OptionGroup var register: RegisterOptions
    @OptionGroup var asOf: AsOfOption

    @Option(
        help: ArgumentHelp(
            "The first day of the period (default: the day after the last review).", valueName: "YYYY-MM-DD"))
    var since: CalendarDate?

    @Option(help: ArgumentHelp("The previous audit pack (folder or zip), for the coverage trend.", valueName: "PACK"))
    var previous: String?

    @Option(help: "Language of the headings and sentences: nl or en (default: the register's report-language).")
    var lang: ReportLanguage?

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the draft to this new file.")
    var output: String?

    func validate() throws {
        if let since, since > asOf.date {
            throw ValidationError("--since \(since) is after the as-of date \(asOf.date)")
        }
    }

    func run() throws {
        if let output, FileManager.default.fileExists(atPath: output) {
            Terminal.printError("isms: \(TerminalText.sanitise(output)) exists; choose another name or remove it first")
            throw ExitCode(ExitStatus.usage)
        }
        var snapshot: RegisterSnapshot?
        if let previous {
            do {
                snapshot = try SnapshotSource.pack(previous)
            } catch {
                Terminal.printError("isms: \(TerminalText.sanitise(error.description))")
                for problem in error.problems { Terminal.printError("  " + TerminalText.sanitise(problem)) }
                throw ExitCode(ExitStatus.usage)
            }
        }
        let report = RegisterChecker.check(try register.load(), asOf: asOf.date)
        let text = ManagementReviewDraft(report: report, since: since, previous: snapshot, language: lang).render()
        guard let output else { return Terminal.write(text) }
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            Terminal.printError("isms: \(TerminalText.sanitise(error.message))")
            throw ExitCode(ExitStatus.failed)
        }
    }
}
