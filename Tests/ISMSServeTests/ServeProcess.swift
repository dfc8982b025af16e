import Foundation
import ISMSTestSupport

/// A running `isms serve` (the built binary) on a free port of 127.0.0.1, with the tokens it
/// printed; stopped with SIGTERM when the test is done.
final class ServeProcess: @unchecked Sendable {
    let process: Process
    let port: Int
    let editorToken: String?
    let viewerToken: String?
    private let output: Pipe

    init(root: String, arguments: [String] = ["--viewer-token"], asOf: String = FixtureRegister.asOf) throws {
        process = Process()
        process.executableURL = IsmsBinary.url
        process.arguments = ["serve", "-C", root, "--port", "0", "--as-of", asOf] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read the announcement: one line per URL, then the "serving" line.
        var text = ""
        let handle = output.fileHandleForReading
        let deadline = Date().addingTimeInterval(60)
        while !text.contains("stop with Ctrl-C"), Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        func token(_ marker: String) -> String? {
            guard let line = text.split(separator: "\n").first(where: { $0.contains(marker) }),
                let range = line.range(of: "token=")
            else { return nil }
            return String(line[range.upperBound...])
        }
        editorToken = token("workbench is at")
        viewerToken = token("read-only view at")
        guard let line = text.split(separator: "\n").first(where: { $0.contains("http://127.0.0.1:") }),
            let start = line.range(of: "http://127.0.0.1:"),
            let port = Int(line[start.upperBound...].prefix { $0.isNumber })
        else {
            process.terminate()
            throw ServeProblem(message: "isms serve printed no URL: \(text)")
        }
        self.port = port
    }

    struct ServeProblem: Error { let message: String }

    var origin: String { "http://127.0.0.1:\(port)" }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
