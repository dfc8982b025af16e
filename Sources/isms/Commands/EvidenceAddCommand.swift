import ArgumentParser
import ISMSKit

struct EvidenceAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Copy files into the register and write their evidence record with SHA-256 pins.",
        discussion: HelpText.paragraphs(
            """
            Copies (or with --move, moves) the files under evidence/ and writes NAME.evidence.yaml beside them,
            pinning each file's SHA-256, then prints the record's path. Refuses unknown ids, an existing record
            or file of the same name, and anything that is not a regular file. Record and files appear together
            or not at all. The files are found from the current folder; --to is a folder in the register, found
            from the current folder up (or named with -C), wherever the command is run.

            --expires writes the date after which the evidence no longer counts (not before --collected);
            with --current-until-expires the record stays current until that date whatever the freshness,
            for an agreement or certificate valid for years (`current-until-expires: true`).

            Examples:
              isms evidence add backup-log.csv --supports A.8.13 --owner "IT manager" --to evidence/backup
              isms evidence add dpa-purechat.pdf --supports purechat A.5.20 --expires 2029-12-31 --current-until-expires
            """)
    )

    @OptionGroup var register: RegisterOptions

    @Argument(help: "The files to add.")
    var files: [String]

    @Option(parsing: .upToNextOption, help: "Ids of the controls, processing activities or parties it supports.")
    var supports: [String]

    @OptionGroup var collected: CollectedOption

    @Option(help: "The record's title (default: the first file's name without its extension).")
    var title: String?

    @Option(
        help: "Who owns the evidence (default: the security officer's role from isms.yaml, without contact details).")
    var owner: String?

    @Option(
        name: .customLong("to"),
        help: ArgumentHelp(
            "The folder under evidence/ (default: evidence/<first id>).", valueName: "evidence/SUBFOLDER"))
    var folder: String?

    @Option(
        help: ArgumentHelp("When the evidence stops counting (not before --collected).", valueName: "YYYY-MM-DD"))
    var expires: CalendarDate?

    @Flag(help: "Current until --expires whatever the freshness (an agreement or certificate); needs --expires.")
    var currentUntilExpires = false

    @Flag(help: "Move the files instead of copying them.")
    var move = false

    func validate() throws {
        if currentUntilExpires && expires == nil {
            throw ValidationError("--current-until-expires needs --expires DATE, the date it stays current until")
        }
    }

    func run() throws {
        let loaded = try register.load()
        let date = try collected.date()
        let request = EvidenceIntakeRequest(
            files: files, supports: supports, collected: date, title: title, owner: owner, folder: folder, move: move,
            expires: expires, currentUntilExpires: currentUntilExpires)
        do {
            Terminal.write(try EvidenceIntake.add(request, to: loaded) + "\n")
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.failed)
        }
    }
}
