import ArgumentParser

struct IncidentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incident",
        abstract: "Work with incident records.",
        subcommands: [IncidentAddCommand.self]
    )
}
