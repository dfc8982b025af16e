import Foundation

/// Runs an independent tool (sha256sum, xmllint, signify) for tests that compare with it.
public enum Shell {
    public struct Result: Sendable {
        public let status: Int32
        /// Standard output and standard error together.
        public let output: String
    }

    public static func run(
        _ executable: String, _ arguments: [String], in directory: String? = nil, stdin: Data? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let input = Pipe()
        if stdin != nil { process.standardInput = input }
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try? input.fileHandleForWriting.close()
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// True when a tool is installed, for tests that need one.
    public static func has(_ executable: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: executable)
    }
}
