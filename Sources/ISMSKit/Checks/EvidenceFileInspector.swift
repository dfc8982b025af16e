import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What is known about one file named by an evidence record after inspecting it.
public struct InspectedFile: Sendable, Hashable {
    /// The path as written in the record.
    public var written: String
    /// Register-relative path, when the file is inside the register.
    public var registerPath: String?
    /// Size and SHA-256, when the file was hashed.
    public var digest: FileDigest?
    /// True when the file exists, stays in the register, is regular and matches its pin.
    public var usable: Bool
}

/// Resolves and inspects the files of evidence records: a path that leaves the register, through
/// `..`, an absolute path or a symbolic link, is reported and never opened.
struct EvidenceFileInspector: Sendable {
    let root: String
    /// The register root with every symbolic link resolved.
    let realRoot: String
    /// Hash every file (for packs), not only pinned ones.
    let hashAll: Bool
    /// How a file's digest is obtained: hashed in place (with the cache), or copied into a pack.
    let digester: any EvidenceDigester
    private let folders: RealFolders

    init(root: String, hashAll: Bool = false, digester: any EvidenceDigester) {
        self.root = root
        self.realRoot = RealFolders.realPath(root) ?? root
        self.hashAll = hashAll
        self.digester = digester
        self.folders = RealFolders(root: root)
    }

    /// Inspects one record whole, hashing its files one after another (for a single record,
    /// as `evidence renew` does; the check schedules the hashing of all records itself).
    func inspect(_ record: EvidenceRecord) -> (files: [InspectedFile], findings: [Finding]) {
        let staged = stage(record)
        let digests = staged.files.map { resolution -> Result<FileDigest, FileProblem>? in
            guard case .needsDigest(_, let request) = resolution else { return nil }
            return digester.digest(
                realPath: request.real.path, registerPath: request.registerPath, identity: request.identity)
        }
        return finish(record, staged) { index, _ in digests[index]! }
    }

    /// The first step: resolves and stats every file of the record and reports what needs no
    /// hashing (a missing file, a path out of the register, an unlisted pin). The files still to
    /// be hashed carry the stat's size, so that all records' files can be hashed largest first.
    func stage(_ record: EvidenceRecord) -> StagedRecord {
        var findings: [Finding] = []
        // Most records list a few files and pin only those: find the exceptions without a set,
        // unless the list is long enough for a scan per pin to add up.
        let listed = record.files.count > 16 ? Set(record.files.map(\.path)) : nil
        var unlisted: [(written: String, location: SourceLocation)] = []
        record.forEachPinLocation { written, location in
            if !(listed?.contains(written) ?? record.files.contains { $0.path == written }) {
                unlisted.append((written, location))
            }
        }
        for (written, location) in unlisted.sorted(by: { $0.written < $1.written }) {
            findings.append(
                Finding(
                    .checksumForUnlistedFile, .checksumForUnlistedFile(written), at: location))
        }
        var files: [FileResolution] = []
        files.reserveCapacity(record.files.count)
        for file in record.files { files.append(resolve(file, pin: record.sha256[file.path])) }
        return StagedRecord(findings: findings, files: files)
    }

    /// The second step: the record's files and findings in the record's order, with the digest
    /// of each file that needed one (`digest` is given the file's index in the record).
    func finish(
        _ record: EvidenceRecord, _ staged: StagedRecord,
        digest: (Int, DigestRequest) -> Result<FileDigest, FileProblem>
    ) -> (files: [InspectedFile], findings: [Finding]) {
        var findings = staged.findings
        var files: [InspectedFile] = []
        files.reserveCapacity(staged.files.count)
        for (index, resolution) in staged.files.enumerated() {
            switch resolution {
            case .settled(let inspected, let finding):
                files.append(inspected)
                if let finding { findings.append(finding) }
            case .needsDigest(let inspected, let request):
                let file = record.files[index]
                let (settled, finding) = settle(
                    inspected, file, pin: record.sha256[file.path], record: record, digest: digest(index, request))
                files.append(settled)
                if let finding { findings.append(finding) }
            }
        }
        return (files, findings)
    }

    private func resolve(_ file: EvidenceRecord.File, pin: String?) -> FileResolution {
        var result = InspectedFile(written: file.path, registerPath: file.registerPath, digest: nil, usable: false)
        guard let registerPath = file.registerPath else {
            return .settled(result, Finding(.pathLeavesRegister, .pathLeavesRegister(file.path), at: file.location))
        }
        guard let (real, info) = folders.resolve(registerPath) else {
            let code = errno
            if code == ENOENT {
                var info = stat()
                let dangling = lstat(root + "/" + registerPath, &info) == 0
                return .settled(
                    result,
                    Finding(
                        .evidenceFileMissing,
                        .evidenceFileMissing(file.path, dangling: dangling, lookedFor: registerPath),
                        at: file.location)
                )
            }
            return .settled(
                result,
                Finding(
                    .evidenceFileNotRegular, .evidenceFileUnusable(file.path, detail: SystemError.describe(code)),
                    at: file.location)
            )
        }
        guard RegisterPath.isInside(real.path, root: realRoot) else {
            return .settled(
                result,
                Finding(
                    .pathLeavesRegister,
                    .pathResolvesOutsideRegister(file.path),
                    at: file.location)
            )
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .settled(
                result,
                Finding(
                    .evidenceFileNotRegular, .evidenceFileNotRegular(file.path, Self.describe(info.st_mode)),
                    at: file.location)
            )
        }
        guard pin != nil || hashAll else {
            result.usable = true
            return .settled(result, nil)
        }
        return .needsDigest(
            result, DigestRequest(real: real, registerPath: registerPath, identity: FileIdentity(info)))
    }

    private func settle(
        _ inspected: InspectedFile, _ file: EvidenceRecord.File, pin: String?, record: EvidenceRecord,
        digest: Result<FileDigest, FileProblem>
    ) -> (InspectedFile, Finding?) {
        var result = inspected
        switch digest {
        case .failure(let problem):
            return (
                result,
                Finding(
                    .evidenceFileNotRegular, .evidenceFileUnreadable(file.path, detail: problem.message),
                    at: file.location)
            )
        case .success(let digest):
            result.digest = digest
            if let pin, pin != digest.sha256 {
                let location = record.pinLocation(file.path) ?? file.location
                return (
                    result,
                    Finding(
                        .checksumMismatch, .checksumMismatch(file.path, actual: digest.sha256, pinned: pin),
                        at: location)
                )
            }
            result.usable = true
            return (result, nil)
        }
    }

    private static func describe(_ mode: mode_t) -> FindingMessage.FileKind {
        switch mode & S_IFMT {
        case S_IFDIR: .folder
        case S_IFIFO: .fifo
        case S_IFCHR, S_IFBLK: .device
        case S_IFSOCK: .socket
        default: .special
        }
    }
}
