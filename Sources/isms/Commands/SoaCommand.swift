import ArgumentParser
import ISMSKit

struct SoaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soa",
        abstract: "Print the Statement of Applicability, one row per control.",
        discussion: HelpText.paragraphs(
            """
            Annex A controls in the standard's order, then the organisation's own controls
            by id: id, title, theme, applicable (yes, no or undecided), justification,
            status, owner, evidence (current first) and the evidence state on the as-of
            date. CSV is RFC 4180 with a byte order mark for Excel; the columns and the
            JSON shape are in docs/reports.md. Exits 0 whatever the register's state:
            `isms check` is the gate.

            Example:
              isms soa -C path/to/register --as-of 2026-11-02 --format csv > soa.csv
            """)
    )

    @OptionGroup var options: TableReportOptions

    func run() throws { try options.print(SoATable.build) }
}
