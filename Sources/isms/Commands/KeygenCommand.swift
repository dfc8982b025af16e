import ArgumentParser
import ISMSKit

struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make a signify key pair for signing audit packs: NAME.pub and NAME.sec.",
        discussion: HelpText.paragraphs(
            """
            The files are in OpenBSD signify's formats, so `signify -S` and `signify -V` use them as they are.
            The secret key is encrypted with a passphrase (bcrypt_pbkdf, 42 rounds, as signify): from the
            environment variable named by --passphrase-env, else typed twice on the terminal. --no-passphrase
            leaves it unencrypted (for a key kept in a CI secret store). NAME.sec is created with mode 0600;
            an existing NAME.pub or NAME.sec is never written over.

            Give NAME.pub to the auditor; sign with `isms pack --sign NAME.sec`.

            Example:
              isms keygen --out keys/acme-2026 --comment "ACME B.V. audit 2026"
            """)
    )

    @Option(help: ArgumentHelp("Writes NAME.pub and NAME.sec.", valueName: "NAME"))
    var out: String

    @Option(
        help: ArgumentHelp(
            "The start of the keys' comments: \"TEXT public key\" and \"TEXT secret key\".",
            valueName: "TEXT"))
    var comment = "isms"

    @Option(
        name: .customLong("passphrase-env"),
        help: ArgumentHelp("The environment variable that holds the passphrase.", valueName: "VAR"))
    var passphraseEnv: String?

    @Flag(name: .customLong("no-passphrase"), help: "Write the secret key unencrypted.")
    var noPassphrase = false

    func validate() throws {
        if passphraseEnv != nil && noPassphrase {
            throw ValidationError("--passphrase-env and --no-passphrase exclude each other")
        }
        if out.isEmpty || out.hasSuffix("/") {
            throw ValidationError("--out must name the key files (NAME gives NAME.pub and NAME.sec)")
        }
        if out.hasSuffix(".pub") || out.hasSuffix(".sec") {
            throw ValidationError("--out takes NAME without .pub or .sec: NAME.pub and NAME.sec are written")
        }
    }

    func run() throws {
        let written: SignifyKeyFiles.Written
        do {
            let passphrase =
                noPassphrase
                ? nil
                : try Passphrase.obtain(
                    variable: passphraseEnv, confirm: true,
                    hint: "use --passphrase-env VAR, or --no-passphrase for an unencrypted key")
            written = try SignifyKeyFiles.generate(name: out, comment: comment, passphrase: passphrase)
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(error.isUsage ? ExitStatus.usage : ExitStatus.failed)
        }
        Terminal.write(
            "Wrote \(written.publicPath) and \(written.secretPath) (key number \(written.publicKey.keyNumberHex))\n")
    }
}
