import ArgumentParser
import Dispatch
import ISMSKit
import ISMSServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the register as a workbench in the browser: dashboard, SoA grid, record pages, uploads.",
        discussion: HelpText.paragraphs(
            """
            Listens on 127.0.0.1 and prints a URL with a random token; open it in a browser. The token becomes
            a session cookie; a request without it gets only the login page. Every save is an exact edit of
            the record (only the edited keys' lines change, comments stay) and is refused, with the difference
            shown, when the file changed on disk since the page was read. With --commit each save is a git
            commit naming the record and the keys changed. --viewer-token also prints a URL for a view that
            cannot change anything; --read-only prints only that one. See docs/serve.md.

            Examples:
              isms serve
              isms serve -C path/to/register --port 8080 --viewer-token --commit
            """)
    )

    @OptionGroup var register: RegisterOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: "The address to listen on. Anything but loopback exposes the register to the network.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port; the printed URL says which).")
    var port = 8027

    @Flag(help: "Serve a view that cannot change anything: only the viewer's token is printed.")
    var readOnly = false

    @Flag(help: "Also print a URL whose token gives a read-only view (for the auditor).")
    var viewerToken = false

    @Flag(help: "Make each save a git commit naming the record and the keys changed.")
    var commit = false

    @Option(help: ArgumentHelp("The largest upload accepted, in MiB.", valueName: "MiB"))
    var maxUpload = 256

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard (1...16384).contains(maxUpload) else { throw ValidationError("--max-upload must be 1 to 16384 MiB") }
    }

    func run() throws {
        let options = WorkbenchOptions(
            root: try register.root(), host: host, port: port, readOnly: readOnly, viewerToken: viewerToken,
            commit: commit, maxUploadBytes: maxUpload << 20, asOf: asOf.asOf)
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await WorkbenchServer.run(options) { Terminal.write($0) }
            } catch {
                outcome.fail(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            Terminal.printError("isms: \(error)")
            throw ExitCode(error is RegisterError ? ExitStatus.usage : ExitStatus.failed)
        }
    }
}

/// How the server ended, handed from its task to the command.
private final class ServeOutcome: @unchecked Sendable {
    private(set) var error: (any Error)?
    func fail(_ error: any Error) { self.error = error }
}
