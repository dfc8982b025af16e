import ArgumentParser
import ISMSKit

struct IncidentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "Print the incident log and the register of personal-data breaches (GDPR Art. 33(5)).",
        discussion: HelpText.paragraphs(
            """
            Each incident of controls/incidents/ in register order: its times, category and severity, and
            for a personal-data breach the risk to the data subjects with its reasoning, the deadline for
            notifying the supervisory authority (72 hours after `aware`), when it was notified and the
            hours that took, the reasons for a delay, when the data subjects were told or the Art. 34(3)
            exemption, the approximate numbers concerned, the remedial action and the lessons. The columns
            and the JSON shape are in docs/reports.md. Exits 0 whatever the register's state: `isms check`
            is the gate.

            Example:
              isms incidents -C path/to/register --as-of 2026-11-02 --format csv > datalekregister.csv
            """)
    )

    @OptionGroup var options: TableReportOptions

    func run() throws { try options.print([("Incidents", IncidentTable.build)]) }
}
