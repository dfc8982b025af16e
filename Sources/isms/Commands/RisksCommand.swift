import ArgumentParser
import ISMSKit

struct RisksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risks",
        abstract: "Print the risk register and the risk treatment plan, one row per risk.",
        discussion: HelpText.paragraphs(
            """
            Each risk of controls/risks/ in register order: its owner and status, what is at \
            risk, the inherent likelihood × impact and level, the treatment, the controls that \
            treat it with their status and evidence state, the actions still planned, the \
            residual rating and level, the owner's acceptance and where it stands on the \
            as-of date, and the next review. Levels come from the risk method in isms.yaml. \
            The columns and the JSON shape are in docs/reports.md. Exits 0 whatever the \
            register's state: `isms check` is the gate.

            Example:
              isms risks -C path/to/register --as-of 2026-11-02 --format md > risks.md
            """)
    )

    @OptionGroup var options: TableReportOptions

    func run() throws { try options.print([("Risks", RiskRegisterTable.build)]) }
}
