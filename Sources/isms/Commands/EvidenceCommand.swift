import ArgumentParser

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Work with evidence records.",
        subcommands: [EvidenceAddCommand.self, EvidenceRenewCommand.self]
    )
}
