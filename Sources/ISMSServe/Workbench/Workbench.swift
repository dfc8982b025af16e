import Foundation
import ISMSKit

/// The register the server works on, one change at a time: saves, uploads and re-checks are
/// serialised here, so two browser tabs never write over each other; each write goes through the
/// exact-edit component (`RecordChangeSet`) or the evidence intake, never around them.
actor Workbench {
    let options: WorkbenchOptions
    let git: GitRepository?
    private(set) var snapshot: WorkbenchSnapshot
    private var versions = ServedVersions()
    private var gridForms: [String: RecordForm] = [:]
    /// The audit pack built in the background.
    nonisolated let pack = PackJob()

    init(options: WorkbenchOptions) throws(RegisterError) {
        self.options = options
        snapshot = try WorkbenchSnapshot.load(root: options.root, asOf: options.asOf)
        git = GitRepository.find(root: options.root)
    }

    /// Loads and checks the register again (after a save, or when asked).
    @discardableResult
    func recheck() -> WorkbenchSnapshot {
        if let fresh = try? WorkbenchSnapshot.load(root: options.root, asOf: options.asOf) { snapshot = fresh }
        return snapshot
    }

    /// Checks again after a save of the records at `paths`: only they are read again, unless
    /// one no longer reads as its kind of record (then the register is loaded whole).
    private func recheck(saved paths: [String]) {
        if let fresh = WorkbenchSnapshot.reloaded(snapshot, paths: paths, asOf: options.asOf) {
            snapshot = fresh
        } else {
            recheck()
        }
    }

    /// The bytes of the record's file as they are on disk now, and the digest a form of them
    /// carries (`RegisterRecordFile.parse` makes the record of them on the caller's side).
    func read(_ entry: RecordEntry) -> (bytes: [UInt8], base: String)? {
        guard let bytes = RegisterRecordFile.readBytes(root: options.root, path: entry.path) else { return nil }
        return (bytes, versions.remember(bytes))
    }

    /// Saves the edits of one or more records, all or none. A record whose file changed since its
    /// page was read is not saved, and neither is any other: the refusal shows what changed.
    func save(_ saves: [RecordSave]) -> SaveOutcome {
        var requests: [(file: RegisterRecordFile, edits: [RecordEdit])] = []
        var conflicts: [SaveConflict] = []
        for save in saves where !save.edits.isEmpty {
            guard let file = RegisterRecordFile.read(root: options.root, path: save.entry.path, kind: save.entry.kind)
            else { return .refused("\(save.entry.path) cannot be read; nothing was written") }
            if Digest.sha256(file.bytes) != save.base {
                let diff = versions.text(save.base).map { shown in
                    UnifiedDiff.text(
                        from: String(decoding: shown, as: UTF8.self), to: String(decoding: file.bytes, as: UTF8.self),
                        oldName: "a/" + save.entry.path, newName: "b/" + save.entry.path)
                }
                conflicts.append(SaveConflict(path: save.entry.path, diff: diff ?? ""))
                continue
            }
            requests.append((file, save.edits))
        }
        if !conflicts.isEmpty { return .conflict(conflicts) }
        if requests.isEmpty { return .unchanged }
        let set: RecordChangeSet
        do {
            set = try RecordChangeSet.prepare(requests, root: options.root)
            if set.changes.isEmpty { return .unchanged }
            try set.write()
        } catch {
            return .refused(error.description)
        }
        var lines: [String] = []
        for change in set.changes {
            for line in change.summary { lines.append("\(change.file.path): \(line)") }
        }
        let paths = set.changes.map(\.file.path)
        let commit = commitIfAsked(paths: paths, message: Self.message(for: set))
        recheck(saved: paths)
        return .saved(lines: lines, paths: paths, commit: commit)
    }

    /// `A.5.1: applicable, justification` or `3 records: review-by`.
    static func message(for set: RecordChangeSet) -> String {
        let keys = Set(set.changes.flatMap { $0.edits.map(\.key) }).sorted().joined(separator: ", ")
        let names = set.changes.map { $0.file.id ?? $0.file.path }
        let subject = names.count == 1 ? names[0] : "\(names.count) records (\(names.joined(separator: ", ")))"
        return "\(subject): \(keys)\n\nSaved with isms serve."
    }

    private func commitIfAsked(paths: [String], message: String) -> String? {
        guard options.commit else { return nil }
        guard let git else { return "not committed: the register is not in a git repository" }
        switch git.commit(paths: paths, message: message) {
        case .success(let hash): return "committed as \(hash)"
        case .failure(let problem): return "saved but not committed: \(problem.message)"
        }
    }

    /// Adds uploaded files as a new evidence record, as `isms evidence add` does.
    func addEvidence(
        _ uploads: [UploadedEvidence], supports: [String], title: String?, collected: CalendarDate,
        expires: CalendarDate?
    ) -> Result<(record: String, commit: String?), IntakeError> {
        do {
            let staged = try UploadedEvidence.stage(uploads, root: options.root)
            defer { try? FileManager.default.removeItem(atPath: staged.folder) }
            let request = EvidenceIntakeRequest(
                files: staged.files, supports: supports, collected: collected, title: title, move: true,
                expires: expires)
            let record = try EvidenceIntake.add(request, to: snapshot.loaded)
            let relative = Self.relative(record, root: options.root)
            let folder = (relative as NSString).deletingLastPathComponent
            let commit = commitIfAsked(
                paths: [folder],
                message: "\(supports.joined(separator: ", ")): evidence \(relative)\n\nAdded with isms serve.")
            recheck()
            return .success((relative, commit))
        } catch {
            return .failure(error)
        }
    }

    /// Renews an evidence record with new files (or re-pins its files as they are).
    func renewEvidence(id: String, uploads: [UploadedEvidence], collected: CalendarDate) -> Result<
        (lines: [String], commit: String?), IntakeError
    > {
        do {
            var files: [String] = []
            var folder: String?
            if !uploads.isEmpty {
                let staged = try UploadedEvidence.stage(uploads, root: options.root)
                files = staged.files
                folder = staged.folder
            }
            defer { if let folder { try? FileManager.default.removeItem(atPath: folder) } }
            let report = try EvidenceRenewal.renew(
                EvidenceRenewalRequest(id: id, collected: collected, files: files), in: snapshot.loaded)
            let recordFolder = (report.record as NSString).deletingLastPathComponent
            let commit = commitIfAsked(
                paths: [recordFolder],
                message: "\(id): renewed\n\nRenewed with isms serve.")
            recheck()
            return .success((report.lines, commit))
        } catch {
            return .failure(error)
        }
    }

    static func relative(_ path: String, root: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    func shownText(_ base: String) -> [UInt8]? { versions.text(base) }

    /// The form of the SoA grid's keys for a control as it is on disk now, and its digest. Forms
    /// are kept by digest, so a grid page parses only the records that changed since it was
    /// last shown.
    func gridForm(_ entry: RecordEntry) -> (form: RecordForm, base: String)? {
        guard let read = read(entry) else { return nil }
        if let form = gridForms[read.base] { return (form, read.base) }
        let form = RecordForm(
            RegisterRecordFile.parse(read.bytes, path: entry.path, kind: entry.kind), only: SoAGridPage.keys)
        if gridForms.count >= 8192 { gridForms.removeAll(keepingCapacity: true) }
        gridForms[read.base] = form
        return (form, read.base)
    }

    func history(of path: String) -> [GitRepository.Change] { git?.history(of: path) ?? [] }
}

extension Workbench {
    /// The record as the page with digest `base` showed it, when that text is remembered; else
    /// as it is now. Edits are worked out against what the person saw.
    func shown(_ entry: RecordEntry, base: String) -> [UInt8]? {
        shownText(base) ?? read(entry)?.bytes
    }
}

extension Workbench {
    /// The pack the build would compare with: the newest earlier pack under reports/.
    func previousPack(language: ReportLanguage) -> PreviousPack.Found? {
        PreviousPack.find(in: snapshot.loaded.register, asOf: snapshot.report.asOf, language: language)
    }

    /// Starts building the audit pack of the register as last checked; false when a build runs.
    func startPack(language: ReportLanguage, zip: Bool) -> Bool {
        var request = PackRequest(
            asOf: snapshot.report.asOf,
            language: language == snapshot.loaded.register.settings.language ? nil : language,
            zip: zip)
        request.cache = HashCache(root: options.root)
        return pack.start(snapshot.loaded, request, previous: previousPack(language: language))
    }
}
