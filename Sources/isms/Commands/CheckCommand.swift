import ArgumentParser
import ISMSKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Link records to evidence and report every gap.",
        discussion: HelpText.paragraphs(
            """
            Prints one line per finding (path:line:column: severity[CODE]: message), sorted by path and line,
            then a summary. Exits 1 when there are errors (or warnings under --strict): the CI gate.

            Example:
              isms check -C path/to/register --as-of 2026-11-02 --format json
            """)
    )

    @OptionGroup var register: RegisterOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var cache: CacheOption

    @Option(help: "Output format: text, json, junit, sarif or github.")
    var format: FindingFormat = .text

    @Flag(help: "Count warnings as errors.")
    var strict = false

    func run() throws {
        let pendingHashes = cache.openInBackground(register)
        let loaded = try register.load(cache: cache)
        let hashes = cache.ready(pendingHashes)
        let report = RegisterChecker.check(loaded, asOf: asOf.date, cache: hashes)
        hashes?.save()
        Terminal.write(format.formatter(colour: Terminal.wantsColour, strict: strict).render(report))
        ProcessEnd.keep(loaded, report, hashes as Any)
        if report.diagnostics.fails(strict: strict) { throw ExitCode(ExitStatus.failed) }
    }
}

extension FindingFormat: ExpressibleByArgument {}
