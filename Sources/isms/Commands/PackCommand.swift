import ArgumentParser
import ISMSKit

struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Write the audit pack: pack.xml, index.html, copied evidence and MANIFEST.sha256.",
        discussion: HelpText.paragraphs(
            """
            By default the pack goes to reports/<audit id>/ in the register. It is built in a temporary folder
            and swapped into place whole, and written even when the check finds errors (the auditor must see
            them); the exit status is then 1, as for `isms check`.

            With --previous OLD_PACK (last year's pack folder or zip, which must be intact), pack.xml and
            index.html also show what changed since it. Without it, the newest pack folder under reports/ of
            another audit cycle, made before the as-of date, is taken when there is one (--no-previous: none);
            without any, the pack says that no comparison was made.

            With --pdf, index.html is also printed to pack.pdf (A4) by headless Chromium (the Debian package
            chromium, or the program named by ISMS_CHROMIUM), listed in the manifest like every other file.
            Its dates are the as-of date and its links to evidence are relative, so the same register and date
            give the same pack.pdf on the same machine.

            Example:
              isms pack --as-of 2026-11-02 --lang nl --zip --previous reports/2025.zip
            """)
    )

    @OptionGroup var register: RegisterOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var cache: CacheOption

    @Option(help: ArgumentHelp("The pack folder (default: reports/<audit id> in the register).", valueName: "DIR"))
    var out: String?

    @Option(
        help:
            "Language of the labels: nl or en (default: the register's report-language; a pack in another goes to reports/<audit id>-<lang>)."
    )
    var lang: ReportLanguage?

    @Flag(help: "Also write the pack as one zip file beside the folder.")
    var zip = false

    @Flag(help: "Also print index.html to pack.pdf (A4) through headless Chromium; needs the chromium package.")
    var pdf = false

    @Option(
        help: ArgumentHelp(
            "The previous audit pack (folder or zip): the pack then opens with what changed since it.",
            valueName: "OLD_PACK"))
    var previous: String?

    @Flag(help: "Do not look for the previous audit's pack under reports/: the pack shows no comparison.")
    var noPrevious = false

    @Option(
        help: ArgumentHelp(
            "Sign MANIFEST.sha256 with this signify secret key: writes MANIFEST.sha256.sig.", valueName: "NAME.sec"))
    var sign: String?

    @Option(
        name: .customLong("passphrase-env"),
        help: ArgumentHelp(
            "The environment variable that holds the secret key's passphrase (default: ask on the terminal).",
            valueName: "VAR"))
    var passphraseEnv: String?

    func run() throws {
        let pendingHashes = cache.openInBackground(register)
        let loaded = try register.load(cache: cache)
        let signer = try loadSigner()
        let hashes = cache.ready(pendingHashes)
        defer { hashes?.save() }
        let outcome: PackOutcome
        do {
            var request = PackRequest(asOf: asOf.date, language: lang, output: out, zip: zip)
            request.signer = signer
            request.cache = hashes
            request.previous = previousPack(loaded.register)
            request.pdf = pdf
            outcome = try PackBuilder.build(loaded, request)
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.failed)
        }
        let diagnostics = outcome.report.diagnostics
        Terminal.write("Wrote \(outcome.folder) (\(outcome.fileCount) files)\n")
        if let zip = outcome.zip { Terminal.write("Wrote \(zip)\n") }
        if let signer {
            Terminal.write("Signed \(Manifest.fileName): \(PackVerifier.signatureName) (\(signer.comment))\n")
        }
        Terminal.write(
            "\(diagnostics.errorCount) errors, \(diagnostics.warningCount) warnings as of \(outcome.report.asOf)\n")
        if diagnostics.fails(strict: false) { throw ExitCode(ExitStatus.failed) }
    }
}

extension ReportLanguage: ExpressibleByArgument {}

extension PackCommand {
    func validate() throws {
        if previous != nil && noPrevious { throw ValidationError("--previous and --no-previous exclude each other") }
        if passphraseEnv != nil && sign == nil { throw ValidationError("--passphrase-env needs --sign NAME.sec") }
    }

    /// --previous as given; else the previous audit's pack found under reports/, said on the
    /// terminal so that the comparison is never a surprise.
    private func previousPack(_ loaded: Register) -> String? {
        if let previous { return previous }
        guard !noPrevious else { return nil }
        let language = lang ?? loaded.settings.language
        guard let found = PreviousPack.find(in: loaded, asOf: asOf.date, language: language) else { return nil }
        Terminal.write(
            "Comparing with the previous pack \(found.path) (audit \(found.auditID), as of \(found.asOf)); --no-previous to leave it out\n"
        )
        return found.path
    }

    /// The secret key of --sign, decrypted before any work is done; nil without --sign.
    private func loadSigner() throws -> PackSigner? {
        guard let sign else { return nil }
        do {
            return try PackSigner.load(secretKey: sign) { () throws(SigningError) in
                try Passphrase.obtain(
                    variable: passphraseEnv, confirm: false, hint: "use --passphrase-env VAR to give it")
            }
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(error.isUsage ? ExitStatus.usage : ExitStatus.failed)
        }
    }
}
