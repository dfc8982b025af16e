import Foundation

/// How the evidence inspector obtains a file's size and SHA-256. `isms check` reads the file (or
/// takes the hash from the cache); `isms pack` copies it into the pack while hashing, so every
/// evidence file is read exactly once per run.
protocol EvidenceDigester: Sendable {
    func digest(realPath: String, registerPath: String, identity: FileIdentity) -> Result<FileDigest, FileProblem>
}

/// Hashes files in place, taking unchanged files' hashes from the cache.
struct HashingDigester: EvidenceDigester {
    let cache: HashCache?

    func digest(realPath: String, registerPath: String, identity: FileIdentity) -> Result<FileDigest, FileProblem> {
        if let known = cache?.digest(for: registerPath, identity: identity) {
            return .success(FileDigest(sha256: known, size: identity.size))
        }
        let result = FileDigest.compute(path: realPath)
        if case .success(let digest) = result, digest.size == identity.size {
            cache?.remember(digest.sha256, for: registerPath, identity: identity)
        }
        return result
    }
}

/// Copies each file into a pack folder under its pack path, hashing the bytes it copies. A file
/// that two records name is copied once; the second asks for the first result.
final class CopyingDigester: EvidenceDigester, @unchecked Sendable {
    let folder: String
    let cache: HashCache?
    private let condition = NSCondition()
    private var results: [String: Result<FileDigest, FileProblem>] = [:]
    private var inProgress: Set<String> = []

    init(folder: String, cache: HashCache?) {
        self.folder = folder
        self.cache = cache
    }

    func digest(realPath: String, registerPath: String, identity: FileIdentity) -> Result<FileDigest, FileProblem> {
        condition.lock()
        while inProgress.contains(registerPath) { condition.wait() }
        if let done = results[registerPath] {
            condition.unlock()
            return done
        }
        inProgress.insert(registerPath)
        condition.unlock()

        let destination = folder + "/" + PackContent.packPath(forRegisterPath: registerPath)
        let result: Result<FileDigest, FileProblem>
        do {
            let digest = try EvidenceCopier.copy(from: realPath, to: destination)
            if digest.size == identity.size { cache?.remember(digest.sha256, for: registerPath, identity: identity) }
            result = .success(digest)
        } catch {
            result = .failure(FileProblem(error.description))
            if error.isWriteFailure {
                condition.lock()
                if reportedFailure.map({ registerPath < $0.path }) ?? true {
                    reportedFailure = (registerPath, error)
                }
                condition.unlock()
            }
        }

        condition.lock()
        results[registerPath] = result
        inProgress.remove(registerPath)
        condition.broadcast()
        condition.unlock()
        return result
    }

    /// A failure to write into the pack (a full disk): the pack cannot be made, whatever the
    /// evidence says, so the run stops with it. When the disk fills up while several files are
    /// being copied, each of them may fail; the one reported is the first in path order, not the
    /// first in time, so that the same register on the same disk gives the same message.
    var writeFailure: PackError? {
        condition.lock()
        defer { condition.unlock() }
        return reportedFailure?.error
    }

    private var reportedFailure: (path: String, error: PackError)?

    /// Pack paths of every file copied successfully.
    var copied: [String] {
        condition.lock()
        defer { condition.unlock() }
        return results.compactMap { path, result in
            if case .success = result { return PackContent.packPath(forRegisterPath: path) }
            return nil
        }
    }
}
