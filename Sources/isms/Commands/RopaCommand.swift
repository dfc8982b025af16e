import ArgumentParser
import ISMSKit

struct RopaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ropa",
        abstract: "Print the GDPR Art. 30(1) record of processing activities.",
        discussion: HelpText.paragraphs(
            """
            The controller's name and contact, then per activity: name, purposes, legal
            basis, data subjects, data categories, special categories, recipients with
            their role, transfers with their safeguard, retention, the protecting
            controls, automated decisions, minors, source, and the evidence with its state
            on the as-of date. Columns and the JSON shape are in docs/reports.md. Exits 0
            whatever the register's state: `isms check` is the gate.

            Example:
              isms ropa -C path/to/register --format md > ropa.md
            """)
    )

    @OptionGroup var options: TableReportOptions

    func run() throws { try options.print([("RoPA", RoPATable.build)]) }
}
