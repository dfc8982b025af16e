import ArgumentParser
import ISMSKit

struct EvidenceRenewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renew",
        abstract: "Re-pin an evidence record's files as they are now and set its collected date.",
        discussion: HelpText.paragraphs(
            """
            Finds the evidence record ID, hashes its files as they are now and writes their SHA-256 pins and
            the new collected date into the record, then prints one line per file and what changed. With FILE
            arguments the files replace the record's files: they are copied beside the record (as evidence add
            copies them) and the record's `files` and `sha256` list them. A file of the same name as one of the
            record's own replaces it; the record's other files are left in place, and renew says so (remove
            them with git rm, or isms check reports them as W301): renew never deletes evidence.

            The record is edited, not rewritten: comments, key order and the other keys stay byte for byte.
            It is written only while it still holds what renew read, then read back; on any failure record
            and files stay as they were. Exit status: 0 renewed, 1 refused, 2 usage error or no register.

            Examples:
              isms evidence renew ev-backup-log
              isms evidence renew ev-backup-log ~/Downloads/backup-log-2026-12.csv --collected 2026-12-01
              isms evidence renew ev-dpa-purechat --dry-run
            """)
    )

    @OptionGroup var register: RegisterOptions

    @Argument(help: "The evidence record's id.")
    var id: String

    @Argument(help: "Files to put in place of the record's files (default: re-pin its files as they are).")
    var files: [String] = []

    @OptionGroup var collected: CollectedOption

    @Flag(help: "Print what would change and change nothing in the register.")
    var dryRun = false

    func run() throws {
        let loaded = try register.load()
        let date = try collected.date()
        let request = EvidenceRenewalRequest(id: id, collected: date, files: files, dryRun: dryRun)
        do {
            let report = try EvidenceRenewal.renew(request, in: loaded)
            var text = report.lines.joined(separator: "\n") + "\n"
            if dryRun { text += "dry run: nothing was written\n" }
            Terminal.write(text)
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.failed)
        }
    }
}
