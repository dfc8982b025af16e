import ArgumentParser

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Prepare the management review (ISO/IEC 27001 9.3).",
        subcommands: [ReviewDraftCommand.self]
    )
}
