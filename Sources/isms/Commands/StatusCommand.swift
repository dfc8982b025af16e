import ArgumentParser
import ISMSKit

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show coverage per theme, gaps and evidence to collect next.",
        discussion: HelpText.paragraphs(
            """
            Coverage of each Annex A theme as a bar with counts and percentages per
            evidence state, the applicable controls without current evidence, and the
            evidence that stops being current within the window (default: the register's
            warning-window), soonest first, with the records it is the last current
            evidence of. Colour only on a terminal and never when NO_COLOR is set. Always
            exits 0 when the register loads: it informs, `isms check` gates.

            Example:
              isms status --as-of 2026-11-02 --within 60
            """)
    )

    @OptionGroup var register: RegisterOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: ArgumentHelp("Look this many days ahead for expiring evidence.", valueName: "DAYS"))
    var within: Int?

    func validate() throws {
        if let within, !(0...10_000).contains(within) {
            throw ValidationError("--within must be a number of days from 0 to 10000")
        }
    }

    func run() throws {
        let report = RegisterChecker.check(try register.load(), asOf: asOf.date)
        Terminal.write(StatusDashboard(report: report, within: within, colour: Terminal.wantsColour).render())
    }
}
