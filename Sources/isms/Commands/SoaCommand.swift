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
            risks, requirements, status, owner, evidence (current first), the evidence
            state on the as-of date and the review-by date. CSV is RFC 4180 with a byte
            order mark for Excel; xlsx is a workbook with the SoA, the RoPA and the risk
            register as sheets (to --output, or to standard output redirected to a file).
            The columns and the JSON shape are in docs/reports.md. Exits 0 whatever the
            register's state: `isms check` is the gate.

            Example:
              isms soa -C path/to/register --as-of 2026-11-02 --format csv > soa.csv
              isms soa -C path/to/register --format xlsx -o soa.xlsx

            `isms soa import FILE` applies the sheet back to the records once a person edited it.
            """),
        subcommands: [SoaImportCommand.self]
    )

    @OptionGroup var options: TableReportOptions

    func run() throws {
        try options.print([("SoA", SoATable.build), ("RoPA", RoPATable.build), ("Risks", RiskRegisterTable.build)])
    }
}
