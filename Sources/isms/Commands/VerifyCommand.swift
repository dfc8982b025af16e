import ArgumentParser
import ISMSKit

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove an audit pack intact: every file re-hashed against MANIFEST.sha256.",
        discussion: HelpText.paragraphs(
            """
            PACK is a pack folder or zip. Reports every file that changed, is missing or was added, validates
            pack.xml against the schema and checks that its hashes agree with the manifest. Exit 0 when intact,
            1 otherwise. With --against DIR it also lists the evidence files of the register at DIR that changed,
            appeared or disappeared since the pack was made. With --key NAME.pub, MANIFEST.sha256.sig must be a
            good signify signature of the manifest by that key before anything else is trusted. An intact pack's
            pack.xml SHA-256 is printed: the footer of every printed page of index.html carries it, so a paper
            copy can be matched with the pack.

            Example:
              isms verify reports/2026 --against .
            """)
    )

    @Argument(help: "The pack folder or zip file.")
    var pack: String

    @Option(help: ArgumentHelp("A register to compare the pack's evidence with.", valueName: "DIR"))
    var against: String?

    @Option(
        help: ArgumentHelp(
            "Check MANIFEST.sha256.sig against this signify public key first; a missing or bad signature fails.",
            valueName: "NAME.pub"))
    var key: String?

    func run() throws {
        var publicKey: SignifyPublicKey?
        do {
            publicKey = try key.map { path throws(SigningError) in try SignifyPublicKey.read(path: path) }
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.usage)
        }
        let report = PackVerifier.verify(pack: pack, against: against, key: publicKey)
        switch report.signature {
        case .unsigned, .bad: break
        case .notChecked: Terminal.write("\(PackVerifier.signatureName): signed (not checked: no --key)\n")
        case .good(let number):
            let name = TerminalText.sanitise(key ?? "the key")
            Terminal.write("\(PackVerifier.signatureName): good signature by \(name) (key \(number))\n")
        }
        for problem in report.problems { Terminal.write(TerminalText.sanitise(problem) + "\n") }
        for change in report.changes { Terminal.write(TerminalText.sanitise(change) + "\n") }
        if report.intact {
            if let digest = report.packXMLSHA256 {
                Terminal.write("pack.xml: SHA-256 \(digest) (printed in the footer of every page)\n")
            }
            Terminal.write("\(pack): intact (\(report.filesChecked) files match \(Manifest.fileName))\n")
        } else {
            Terminal.write(
                "\(pack): NOT intact, \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s")\n")
            throw ExitCode(ExitStatus.failed)
        }
    }
}
