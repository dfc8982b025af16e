import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The files of a renewed evidence record and where each one's new pin comes from.
struct RenewalPlan {
    struct File {
        /// The path as `files` will list it.
        var written: String
        var registerPath: String
        var digest: String
        /// The copy prepared in staging, to be renamed in; nil for a file already in place.
        var staged: String?
        /// True when the copy takes the place of a file of the record of the same name.
        var replaces = false
    }

    var files: [File]
    var replacesFiles: Bool
    /// The record's files that the new list no longer names, as written.
    var dropped: [EvidenceRecord.File] = []

    /// The record's own files, hashed as they are now. A file that leaves the register (`..`, an
    /// absolute path, a symbolic link out), is missing or is not a regular file is refused, as
    /// `isms check` reports it, and never opened.
    static func repin(_ record: EvidenceRecord, root: String) throws(IntakeError) -> RenewalPlan {
        let unpinned = EvidenceRecord(
            id: record.id, title: record.title, collected: record.collected, owner: record.owner, files: record.files,
            supports: [], sha256: [:], sha256Locations: [:], expires: nil, example: false, origin: record.origin)
        let inspector = EvidenceFileInspector(root: root, hashAll: true, digester: HashingDigester(cache: nil))
        let (inspected, findings) = inspector.inspect(unpinned)
        if let finding = findings.first {
            throw IntakeError("\(finding.location.description): \(finding.message); nothing was changed")
        }
        var files: [File] = []
        for file in inspected {
            guard let registerPath = file.registerPath, let digest = file.digest else {
                throw IntakeError("`\(file.written)` cannot be hashed; nothing was changed")
            }
            files.append(File(written: file.written, registerPath: registerPath, digest: digest.sha256))
        }
        return RenewalPlan(files: files, replacesFiles: false)
    }

    /// New files for the record, refused and copied into staging exactly as `evidence add` does. A
    /// file of the same name as one of the record's own is replaced; any other existing file is not.
    static func replace(
        _ paths: [String], of record: EvidenceRecord, in register: Register, staging: IntakeStaging
    ) throws(IntakeError) -> RenewalPlan {
        let sources = try paths.map { path throws(IntakeError) in try EvidenceIntake.source(path) }
        let names = sources.map { ($0 as NSString).lastPathComponent }
        if let duplicate = Dictionary(grouping: names, by: { $0 }).first(where: { $1.count > 1 })?.key {
            throw IntakeError("two files are named `\(duplicate)`; a record lists each name once")
        }
        let folder = record.origin.folder
        let own = Set(record.files.compactMap(\.registerPath))
        let others = Set(
            register.evidence.filter { $0.origin.path != record.origin.path }.flatMap {
                $0.files.compactMap(\.registerPath)
            })
        var files: [File] = []
        for (source, name) in zip(sources, names) {
            if name.hasSuffix(RegisterLayout.evidenceRecordSuffix) {
                throw IntakeError("`\(name)` is named like an evidence record; rename the file first")
            }
            let registerPath = folder.isEmpty ? name : folder + "/" + name
            let target = register.root + "/" + registerPath
            var file = File(written: name, registerPath: registerPath, digest: "")
            var existing = stat()
            if lstat(target, &existing) == 0 {
                var given = stat()
                if stat(source, &given) == 0, given.st_dev == existing.st_dev, given.st_ino == existing.st_ino,
                    (existing.st_mode & S_IFMT) == S_IFREG
                {
                    // The file is already in its place beside the record: pin it as it is.
                    switch FileDigest.compute(path: target) {
                    case .success(let digest): file.digest = digest.sha256
                    case .failure(let problem): throw IntakeError(problem.message)
                    }
                    files.append(file)
                    continue
                }
                guard own.contains(registerPath), !others.contains(registerPath),
                    (existing.st_mode & S_IFMT) == S_IFREG
                else {
                    throw IntakeError(
                        "\(registerPath) already exists and is not only `\(record.id)`'s file; isms never overwrites other evidence"
                    )
                }
                file.replaces = true
            }
            let staged = staging.folder + "/" + name
            do {
                file.digest = try EvidenceCopier.copy(from: source, to: staged, durable: true).sha256
            } catch {
                throw IntakeError(error.description)
            }
            file.staged = staged
            files.append(file)
        }
        let kept = Set(files.map(\.registerPath))
        let dropped = record.files.filter { $0.registerPath.map { !kept.contains($0) } ?? true }
        return RenewalPlan(files: files, replacesFiles: true, dropped: dropped)
    }

    /// The record's pins after renewal: each listed file's new digest; pins of the files the new
    /// list drops are gone; pins of files the record never listed (E307) stay as they were.
    func pins(replacing record: EvidenceRecord) -> [String: String] {
        var pins = record.sha256
        if replacesFiles {
            for file in record.files where !files.contains(where: { $0.written == file.path }) { pins[file.path] = nil }
        }
        for file in files { pins[file.written] = file.digest }
        return pins
    }

    /// One line per file: what happens to its pin.
    func lines(record: EvidenceRecord) -> [String] {
        func short(_ digest: String) -> String { String(digest.prefix(12)) + "…" }
        var lines: [String] = []
        for file in files {
            let previous = record.files.first { $0.registerPath == file.registerPath }.flatMap {
                record.sha256[$0.path]
            }
            let what: String
            if file.staged != nil, file.replaces {
                what = "replaced, sha256 \(previous.map(short) ?? "(not pinned)") → \(short(file.digest))"
            } else if file.staged != nil || (replacesFiles && previous == nil) {
                what = "added, sha256 \(short(file.digest))"
            } else if let previous {
                what =
                    previous == file.digest
                    ? "unchanged, sha256 \(short(file.digest))"
                    : "re-pinned, sha256 \(short(previous)) → \(short(file.digest))"
            } else {
                what = "pinned, sha256 \(short(file.digest)) (it had no pin)"
            }
            lines.append("\(file.registerPath): \(what)")
        }
        for file in dropped {
            lines.append(
                "\(file.registerPath ?? file.path): no longer listed, left in place (remove it with git rm, or isms check reports it as W301)"
            )
        }
        return lines
    }

    /// Renames the staged copies into place; a file replaced is kept in staging until the end.
    func place(root: String, staging: IntakeStaging) throws(IntakeError) -> Placed {
        var placed = Placed()
        let previous = staging.folder + "/previous"
        for file in files {
            guard let staged = file.staged else { continue }
            let target = root + "/" + file.registerPath
            if file.replaces {
                let backup = previous + "/" + file.written
                mkdir(previous, 0o700)
                guard link(target, backup) == 0 else {
                    let reason = SystemError.describe(errno)
                    placed.undo()
                    throw IntakeError("cannot keep \(file.registerPath) to undo with: \(reason); nothing was changed")
                }
                guard rename(staged, target) == 0 else {
                    let reason = SystemError.describe(errno)
                    unlink(backup)
                    placed.undo()
                    throw IntakeError(
                        "cannot put \(file.written) in place of \(file.registerPath): \(reason); nothing was changed")
                }
                placed.files.append((target, backup))
            } else {
                guard AtomicSwap.renameNoReplace(staged, target) else {
                    let code = errno
                    placed.undo()
                    let reason = code == EEXIST ? "it appeared while renewing" : SystemError.describe(code)
                    throw IntakeError(
                        "cannot put \(file.written) into \(file.registerPath): \(reason); nothing was changed")
                }
                placed.files.append((target, nil))
            }
        }
        // The new names must be on the disk before the record that pins them is.
        for folder in Set(placed.files.map { DurableSync.parent(of: $0.target) }).sorted() {
            do {
                try DurableSync.folder(folder)
            } catch {
                placed.undo()
                throw IntakeError("\(error.message); nothing was changed")
            }
        }
        return placed
    }

    /// The files put in place, to take back when a later step fails.
    struct Placed {
        var files: [(target: String, backup: String?)] = []

        func undo() {
            for (target, backup) in files.reversed() {
                if let backup { rename(backup, target) } else { unlink(target) }
            }
        }
    }
}
