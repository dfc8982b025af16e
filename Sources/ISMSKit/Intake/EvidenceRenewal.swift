import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `isms evidence renew` is asked to do.
public struct EvidenceRenewalRequest: Sendable {
    public var id: String
    /// The new `collected` date; the command refuses one after today.
    public var collected: CalendarDate
    /// Files to put in place of the record's files, copied beside the record; none re-pins the
    /// record's own files as they are now.
    public var files: [String]
    /// Work out and report every change, write nothing.
    public var dryRun: Bool

    public init(id: String, collected: CalendarDate, files: [String] = [], dryRun: Bool = false) {
        self.id = id
        self.collected = collected
        self.files = files
        self.dryRun = dryRun
    }
}

/// What renew changed (or on a dry run would change): a line per file, then the record's line.
public struct EvidenceRenewalReport: Sendable {
    /// The record's register-relative path.
    public var record: String
    public var lines: [String]
}

/// Renews an evidence record: re-pins the SHA-256 of its files as they are now (or of the files
/// that replace them) and sets `collected`, editing the record's text in place.
///
/// Nothing is half-written: new files are prepared in `.isms/tmp` and renamed in (a file they
/// replace is kept there until the end), the record is written to a temporary file and renamed
/// over the old one only while the old one still holds the bytes that were read, and the record is
/// then read back with the loader; when it does not decode to the intended values, record and files
/// are put back as they were.
public enum EvidenceRenewal {
    public static func renew(
        _ request: EvidenceRenewalRequest, in loaded: LoadedRegister
    ) throws(IntakeError) -> EvidenceRenewalReport {
        try renew(request, in: loaded, hooks: RenewalHooks())
    }

    static func renew(
        _ request: EvidenceRenewalRequest, in loaded: LoadedRegister, hooks: RenewalHooks
    ) throws(IntakeError) -> EvidenceRenewalReport {
        let register = loaded.register
        let matches = register.evidence.filter { $0.id == request.id }
        guard let found = matches.first else {
            throw IntakeError(
                "no evidence record has the id `\(request.id)`"
                    + ClosestMatch.hint(for: request.id, among: register.evidence.map(\.id)))
        }
        guard matches.count == 1 else {
            throw IntakeError(
                "\(matches.count) evidence records have the id `\(request.id)` (E106); renew one of them once they differ"
            )
        }
        let path = found.origin.path
        let absolute = register.root + "/" + path
        let original: [UInt8]
        switch FileBytes.read(absolute, limit: RecordFileReader.maximumBytes) {
        case .success(let bytes): original = bytes
        case .failure(let problem): throw IntakeError("cannot read \(path): \(problem.message)")
        }
        // The record as these bytes say, not as the loader saw it a moment earlier.
        let (record, errors) = try decode(original, path: path, id: request.id)
        if let expires = record.expires, expires < request.collected {
            throw IntakeError(
                "\(path) expires on \(expires), before the new collected date \(request.collected); set a later `expires` first"
            )
        }
        // Only new files need the register's `.isms/tmp`: a re-pin writes nothing but the record.
        let staging = request.files.isEmpty ? nil : try IntakeStaging(root: register.root, purpose: "renew")
        defer { staging?.remove() }
        let plan =
            if let staging {
                try RenewalPlan.replace(request.files, of: record, in: register, staging: staging)
            } else {
                try RenewalPlan.repin(record, root: register.root)
            }

        var edit = try EvidenceRecordEdit(original, path: path)
        let intended = plan.pins(replacing: record)
        try edit.setCollected(request.collected)
        if plan.replacesFiles { try edit.setFiles(plan.files.map(\.written)) }
        for file in record.sha256.keys.sorted() {
            if let pin = intended[file] {
                if pin != record.sha256[file] { try edit.replacePin(file, with: pin) }
            } else {
                try edit.removePin(file)
            }
        }
        try edit.addPins(plan.files.filter { record.sha256[$0.written] == nil }.map { ($0.written, $0.digest) })
        let text = edit.text
        let expected = Expected(
            record: record, collected: request.collected, files: plan.files.map(\.written), pins: intended,
            errors: errors)
        try expected.check(text, path: path)

        let report = EvidenceRenewalReport(
            record: path,
            lines: plan.lines(record: record) + ["\(path): collected \(record.collected) → \(request.collected)"])
        if request.dryRun { return report }

        let placed =
            try staging.map { staging throws(IntakeError) in try plan.place(root: register.root, staging: staging) }
            ?? RenewalPlan.Placed()
        var info = stat()
        let mode = stat(absolute, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        do {
            try AtomicFile.write(Data(text), to: absolute, mode: mode) { () throws(FileProblem) in
                hooks.beforeRecordRename()
                guard case .success(let now) = FileBytes.read(absolute, limit: RecordFileReader.maximumBytes),
                    Digest.sha256(now) == Digest.sha256(original)
                else {
                    throw FileProblem(
                        "\(path) changed on disk while renew worked on it; nothing was changed, run renew again")
                }
            }
        } catch {
            placed.undo()
            throw IntakeError(error.message)
        }
        hooks.afterRecordWrite()
        do throws(IntakeError) {
            guard case .success(let written) = FileBytes.read(absolute, limit: RecordFileReader.maximumBytes) else {
                throw IntakeError("it cannot be read")
            }
            try expected.check(written, path: path)
        } catch {
            let restored = (try? AtomicFile.write(Data(original), to: absolute, mode: mode)) != nil
            placed.undo()
            let outcome =
                restored
                ? "it and its files were put back as they were"
                : "its files were put back, but the record could not be: restore it with git"
            throw IntakeError("\(path) did not read back as intended (\(error.description)); \(outcome)")
        }
        return report
    }

    /// The record the bytes hold, and the errors the loader finds in it (a renewal adds none).
    private static func decode(
        _ bytes: [UInt8], path: String, id: String
    ) throws(IntakeError) -> (EvidenceRecord, Set<FindingCode>) {
        let sink = FindingSink()
        guard case .success(let node) = RecordFileReader.parse(bytes, relativePath: path),
            let record = EvidenceDecoder.decode(node, path: path, sink: sink), record.id == id
        else { throw IntakeError("\(path) no longer holds the evidence record `\(id)`; run renew again") }
        return (record, Set(sink.findings.filter { $0.severity == .error }.map(\.code)))
    }

    /// What the renewed record must decode to: the old record with the new date, files and pins.
    struct Expected {
        let record: EvidenceRecord
        let collected: CalendarDate
        let files: [String]
        let pins: [String: String]
        let errors: Set<FindingCode>

        func check(_ bytes: [UInt8], path: String) throws(IntakeError) {
            let (decoded, found) = try EvidenceRenewal.decode(bytes, path: path, id: record.id)
            var wrong: [String] = []
            if decoded.collected != collected { wrong.append("collected") }
            if decoded.files.map(\.path) != files { wrong.append("files") }
            if decoded.sha256 != pins { wrong.append("sha256") }
            if decoded.title != record.title || decoded.owner != record.owner || decoded.supports != record.supports
                || decoded.expires != record.expires || decoded.currentUntilExpires != record.currentUntilExpires
                || decoded.example != record.example
            {
                wrong.append("other keys")
            }
            let new = found.subtracting(errors)
            if !new.isEmpty { wrong.append("new errors " + new.map(\.rawValue).sorted().joined(separator: ", ")) }
            guard wrong.isEmpty else { throw IntakeError("the edit changed " + wrong.joined(separator: ", ")) }
        }
    }
}

/// Test seams: run at the two moments a concurrent change or a bad write matters.
struct RenewalHooks {
    /// After the new record is on disk beside the old one, just before the check and the rename.
    var beforeRecordRename: () -> Void = {}
    /// After the rename, before the record is read back.
    var afterRecordWrite: () -> Void = {}
}
