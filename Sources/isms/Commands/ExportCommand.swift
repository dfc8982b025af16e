import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the register in a format other tools read.",
        discussion: HelpText.paragraphs(
            """
            Write the export beside the pack folder, not into it: a file added to a pack makes
            `isms verify` report the pack as not intact.

            Example:
              isms export oscal --as-of 2026-11-02 --href-base 2026 > reports/2026-oscal-assessment-results.xml
            """),
        subcommands: [ExportOSCALCommand.self]
    )
}
