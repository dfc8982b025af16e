import ArgumentParser

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Prepare the management review (ISO/IEC 27001 9.3).",
        discussion: HelpText.paragraphs(
            """
            Example:
              isms review draft --as-of 2026-11-02 --output review-draft.md
            """),
        subcommands: [ReviewDraftCommand.self]
    )
}
