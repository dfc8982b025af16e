import Foundation

/// The register's git repository, when it is one: the history of a record (who changed what,
/// when) and, with `--commit`, a commit per save, so that the register's history is the audit
/// trail. git runs as a child process with the register as its folder; nothing from a request
/// reaches its command line but paths from the record directory, after `--`.
struct GitRepository: Sendable {
    struct Change: Sendable, Hashable {
        let commit: String
        let author: String
        /// ISO 8601, as git writes it.
        let date: String
        let subject: String
    }

    let root: String

    /// The repository around `root`, or nil when it is not in one (or git is not installed).
    static func find(root: String) -> GitRepository? {
        let repository = GitRepository(root: root)
        guard case .success(let out) = repository.run(["rev-parse", "--is-inside-work-tree"]),
            out.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
        else { return nil }
        return repository
    }

    /// The commits that changed `path` (register-relative), newest first, following renames.
    func history(of path: String, limit: Int = 50) -> [Change] {
        let format = "%h%x1f%an%x1f%aI%x1f%s%x1e"
        guard case .success(let out) = run(["log", "-n", String(limit), "--follow", "--format=" + format, "--", path])
        else { return [] }
        return out.split(separator: "\u{1e}").compactMap { record in
            let fields = record.trimmingCharacters(in: .whitespacesAndNewlines).split(
                separator: "\u{1f}", omittingEmptySubsequences: false)
            guard fields.count == 4 else { return nil }
            return Change(
                commit: String(fields[0]), author: String(fields[1]), date: String(fields[2]),
                subject: String(fields[3]))
        }
    }

    /// Commits exactly `paths` (register-relative) with `message`, whatever else is staged;
    /// returns the new commit's short hash, or what git said.
    func commit(paths: [String], message: String) -> Result<String, GitProblem> {
        if case .failure(let problem) = run(["add", "--"] + paths) { return .failure(problem) }
        if case .failure(let problem) = run(["commit", "--quiet", "--no-verify", "-m", message, "--"] + paths) {
            return .failure(problem)
        }
        return run(["rev-parse", "--short", "HEAD"]).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    struct GitProblem: Error, Sendable { let message: String }

    private func run(_ arguments: [String]) -> Result<String, GitProblem> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(GitProblem(message: "git cannot be started: \(error.localizedDescription)"))
        }
        let errors = ErrorReader(err.fileHandleForReading)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: errors.wait(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(GitProblem(message: text.isEmpty ? "git \(arguments[0]) failed" : text))
        }
        return .success(String(decoding: output, as: UTF8.self))
    }
}

/// Reads a child's standard error on another thread, so that neither pipe can fill and block it.
private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
