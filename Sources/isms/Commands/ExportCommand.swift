import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the register in a format other tools read.",
        discussion: HelpText.paragraphs(
            """
            Example:
              isms export oscal --as-of 2026-11-02 > reports/2026/oscal-assessment-results.xml
            """),
        subcommands: [ExportOSCALCommand.self]
    )
}
