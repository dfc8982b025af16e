import ArgumentParser

struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record the approval of a controlled document.",
        subcommands: [ApproveSoaCommand.self]
    )
}
