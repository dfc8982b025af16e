import Foundation
import Hummingbird
import ISMSKit
import Logging

/// `isms serve`: loads and checks the register, makes the tokens, binds, prints the URLs, and
/// serves until interrupted.
public enum WorkbenchServer {
    /// Runs the server; `announce` receives the lines to print once it listens (the URLs with
    /// their tokens). Returns when the server stops (SIGINT, SIGTERM).
    public static func run(_ options: WorkbenchOptions, announce: @escaping @Sendable (String) -> Void) async throws {
        let workbench = try Workbench(options: options)
        let tokens = AccessTokens(readOnly: options.readOnly)
        let served = ServedOrigin(host: options.host)
        let responder = WorkbenchResponder(workbench: workbench, tokens: tokens, served: served, options: options)
        var logger = Logger(label: "isms-serve")
        logger.logLevel = .warning
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(
                address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                served.bound(port: channel.localAddress?.port ?? options.port)
                var lines: [String] = []
                if let editor = tokens.editor {
                    lines.append("isms serve: the workbench is at \(served.origin)/login?token=\(editor)")
                }
                if options.readOnly || options.viewerToken {
                    lines.append("isms serve: read-only view at \(served.origin)/login?token=\(tokens.viewer)")
                }
                lines.append("isms serve: serving \(options.root); stop with Ctrl-C")
                announce(lines.joined(separator: "\n") + "\n")
            },
            logger: logger)
        try await app.runService()
    }
}
