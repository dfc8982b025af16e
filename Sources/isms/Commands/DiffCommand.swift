import ArgumentParser
import ISMSKit

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two audit packs or registers: what changed since the last audit.",
        discussion: HelpText.paragraphs(
            """
            OLD and NEW are each an audit pack (a folder with pack.xml, or its zip) or a register (a folder
            with isms.yaml). A pack must be intact, as `isms verify` checks it; only its pack.xml is read.
            A register is checked on the --as-of date with every evidence file hashed, as `isms pack` would.
            Reports controls whose applicability, justification, status or owner changed; records that gained
            or lost current evidence; evidence added, removed, replaced (a file's SHA-256 changed) or expired;
            processing activities and third parties added, removed or changed, field by field. The formats
            are in docs/audit-pack.md. Exits 0 whatever changed (it informs), 2 when a side cannot be read.

            Example:
              isms diff reports/2025.zip . --as-of 2026-11-02 --format md
            """)
    )

    @Argument(help: ArgumentHelp("The earlier side: a pack folder, a pack zip or a register.", valueName: "OLD"))
    var old: String

    @Argument(help: ArgumentHelp("The later side: a pack folder, a pack zip or a register.", valueName: "NEW"))
    var new: String

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The date to check a register side on (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    @Option(help: "Output format: text, json or md.")
    var format: DiffFormat = .text

    func run() throws {
        let date = asOf ?? .today()
        let before = try snapshot(old, asOf: date)
        let after = try snapshot(new, asOf: date)
        Terminal.write(format.render(RegisterDiff(old: before, new: after), old: old, new: new))
    }

    /// One side, or exit status 2 with why it cannot be read.
    private func snapshot(_ path: String, asOf: CalendarDate) throws -> RegisterSnapshot {
        do {
            return try SnapshotSource.snapshot(path, asOf: asOf)
        } catch {
            Terminal.printError("isms: \(TerminalText.sanitise(error.description))")
            for problem in error.problems { Terminal.printError("  " + TerminalText.sanitise(problem)) }
            throw ExitCode(ExitStatus.usage)
        }
    }
}

extension DiffFormat: ExpressibleByArgument {}
