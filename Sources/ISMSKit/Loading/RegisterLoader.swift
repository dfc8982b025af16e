import Foundation
import Yams

#if canImport(Glibc)
    import Glibc
#endif

/// Why a folder cannot be treated as a register at all (exit status 2, not a finding).
public enum RegisterError: Error, Sendable, CustomStringConvertible {
    case notARegister(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .notARegister(let root):
            "\(root) is not an isms register: it has no isms.yaml (create one with `isms init`)"
        case .unreadable(let root, let why):
            "cannot read the register at \(root): \(why)"
        }
    }
}

/// The register as loaded, with every problem met while reading it.
public struct LoadedRegister: Sendable {
    public var register: Register
    public var findings: [Finding]
    public var inventory: RegisterInventory
    /// False when `isms.yaml` could not be read: the register's settings are placeholders.
    public var hasSettings: Bool
    /// Why the record cache was not used, when it exists but cannot be trusted (it is rebuilt).
    public var cacheWarning: String? = nil
}

/// Reads every record of a register on all cores: scan, then parse and decode each file.
/// One bad file never stops the others being read.
public enum RegisterLoader {
    /// Loads the register at `rawRoot`. With `cached`, records unchanged since the last run are
    /// taken from `.isms/cache/records` instead of being parsed again (see `RecordCache`).
    public static func load(root rawRoot: String, cached: Bool = false) throws(RegisterError) -> LoadedRegister {
        let root = Self.absolute(rawRoot)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw .unreadable(rawRoot, "it is not a folder")
        }
        guard FileManager.default.fileExists(atPath: root + "/" + RegisterLayout.settingsFile) else {
            throw .notARegister(rawRoot)
        }
        // The record cache is read on another core while the register is scanned.
        let pendingCache = cached ? BackgroundValue { RecordCache(root: root) } : nil
        let inventory = RegisterScanner.scan(root: root)
        var findings = inventory.findings

        let settingsSink = FindingSink()
        let settingsNode = RecordFileReader.read(
            absolutePath: root + "/" + RegisterLayout.settingsFile, relativePath: RegisterLayout.settingsFile)
        var settings: RegisterSettings?
        switch settingsNode {
        case .success(let node):
            settings = SettingsDecoder.decode(node, path: RegisterLayout.settingsFile, sink: settingsSink)
        case .failure(let finding): settingsSink.report(finding)
        }
        findings += settingsSink.findings

        let jobs = RegisterLayout.RecordKind.allCases.flatMap { kind in
            (inventory.records[kind] ?? []).map { RecordJob(kind: kind, path: $0) }
        }
        let cache = pendingCache?.value
        let folders = RealFolders(root: root)
        let decoded = jobs.parallelMap { job in job.run(root: root, cache: cache, folders: folders) }
        if let cache {
            cache.save()
            // Twenty thousand cached records take a while to free: let another core do it.
            DispatchQueue.global().async { withExtendedLifetime(cache) {} }
        }

        var register = Register(
            root: root, settings: settings ?? .placeholder, evidenceFiles: inventory.evidenceFiles)
        for result in decoded {
            findings += result.findings
            if let record = result.record { register.add(record) }
        }
        return LoadedRegister(
            register: register, findings: findings, inventory: inventory, hasSettings: settings != nil,
            cacheWarning: cache?.warning)
    }

    /// The absolute, standardised form of a register path, as `load` uses it.
    public static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let standardized = url.standardizedFileURL.path
        return standardized.count > 1 && standardized.hasSuffix("/") ? String(standardized.dropLast()) : standardized
    }
}

/// A record as decoded from its file: what the record cache keeps.
///
/// Every case but evidence (already a reference) is boxed: unboxed, a `LoadedRecord` was as large as
/// its largest case (a control or processing activity of several hundred bytes), and the record
/// cache's entries and the loader's results hold one per record file, ninety thousand at scale 4.
enum LoadedRecord: Sendable, Hashable {
    indirect case control(Control)
    indirect case processing(ProcessingActivity)
    indirect case party(Party)
    indirect case request(DataSubjectRequest)
    indirect case risk(Risk)
    indirect case objective(Objective)
    indirect case audit(InternalAudit)
    indirect case nonconformity(Nonconformity)
    indirect case review(ManagementReview)
    indirect case incident(Incident)
    indirect case soaApproval(SoAApproval)
    case evidence(EvidenceRecord)
    /// A record file that failed to read or decode, as far as it could be made out.
    indirect case unreadable(UnreadableRecord)

    /// The kinds as the record cache numbers them: append new kinds, never renumber.
    enum Kind: Int {
        case control, processing, party, request, evidence, risk, objective, audit, nonconformity, review, unreadable,
            incident, soaApproval
    }

    var kind: Kind {
        switch self {
        case .control: .control
        case .processing: .processing
        case .party: .party
        case .request: .request
        case .risk: .risk
        case .objective: .objective
        case .audit: .audit
        case .nonconformity: .nonconformity
        case .review: .review
        case .incident: .incident
        case .soaApproval: .soaApproval
        case .evidence: .evidence
        case .unreadable: .unreadable
        }
    }

    /// Decodes a parsed record file of the given kind, reporting its problems to `sink`.
    static func decode(_ node: Node?, kind: RegisterLayout.RecordKind, path: String, sink: FindingSink) -> Self? {
        switch kind {
        case .annexAControl, .customControl: ControlDecoder.decode(node, path: path, sink: sink).map(Self.control)
        case .processing: ProcessingDecoder.decode(node, path: path, sink: sink).map(Self.processing)
        case .party: PartyDecoder.decode(node, path: path, sink: sink).map(Self.party)
        case .request: RequestDecoder.decode(node, path: path, sink: sink).map(Self.request)
        case .risk: RiskDecoder.decode(node, path: path, sink: sink).map(Self.risk)
        case .objective: ObjectiveDecoder.decode(node, path: path, sink: sink).map(Self.objective)
        case .audit: InternalAuditDecoder.decode(node, path: path, sink: sink).map(Self.audit)
        case .nonconformity: NonconformityDecoder.decode(node, path: path, sink: sink).map(Self.nonconformity)
        case .review: ManagementReviewDecoder.decode(node, path: path, sink: sink).map(Self.review)
        case .incident: IncidentDecoder.decode(node, path: path, sink: sink).map(Self.incident)
        case .soaApproval: SoAApprovalDecoder.decode(node, path: path, sink: sink).map(Self.soaApproval)
        case .evidence: EvidenceDecoder.decode(node, path: path, sink: sink).map(Self.evidence)
        }
    }
}

extension Register {
    /// Adds a decoded record to its list.
    mutating func add(_ record: LoadedRecord) {
        switch record {
        case .control(let control): controls.append(control)
        case .processing(let activity): processing.append(activity)
        case .party(let party): parties.append(party)
        case .request(let request): requests.append(request)
        case .risk(let risk): risks.append(risk)
        case .objective(let objective): objectives.append(objective)
        case .audit(let audit): audits.append(audit)
        case .nonconformity(let nonconformity): nonconformities.append(nonconformity)
        case .review(let review): reviews.append(review)
        case .incident(let incident): incidents.append(incident)
        case .soaApproval(let approval): approvals.append(approval)
        case .evidence(let evidence): self.evidence.append(evidence)
        case .unreadable(let record): unreadable.append(record)
        }
    }
}

/// One record file to read, and what reading it produced.
private struct RecordJob: Sendable {
    let kind: RegisterLayout.RecordKind
    let path: String

    /// Reads the record, or takes it from `cache` when its file is unchanged (`folders` finds
    /// the file's identity with one name lookup instead of a walk of the whole path).
    func run(root: String, cache: RecordCache?, folders: RealFolders) -> (record: LoadedRecord?, findings: [Finding]) {
        let absolute = root + "/" + path
        var identity: FileIdentity?
        if let cache {
            if let (_, info) = folders.resolve(path) { identity = FileIdentity(info) }
            if let identity, let entry = cache.entry(for: path, identity: identity) {
                return (entry.record, entry.findings)
            }
        }
        let result = read(absolute)
        if let cache, let identity {
            cache.remember(result.record, findings: result.findings, for: path, identity: identity)
        }
        return result
    }

    private func read(_ absolute: String) -> (record: LoadedRecord?, findings: [Finding]) {
        let sink = FindingSink()
        switch RecordFileReader.read(absolutePath: absolute, relativePath: path) {
        case .failure(let finding):
            // Read again only on this rare path, leniently, for what the record still says.
            let text = try? FileBytes.read(absolute, limit: RecordFileReader.maximumBytes).get()
            let salvaged = RecordSalvage.salvage(
                text: text.map { String(decoding: $0, as: UTF8.self) }, kind: kind, path: path)
            return (.unreadable(salvaged), [finding])
        case .success(let node):
            let record = LoadedRecord.decode(node, kind: kind, path: path, sink: sink)
            return (record ?? .unreadable(RecordSalvage.salvage(node, kind: kind, path: path)), sink.findings)
        }
    }
}

extension RegisterSettings {
    /// Stands in for an `isms.yaml` that could not be read, so the other records are still checked.
    static let placeholder = RegisterSettings(
        organisation: Organisation(
            name: "", address: "", contactEmail: "", securityOfficer: "", supervisoryAuthority: ""),
        scope: "", standard: supportedStandard,
        audit: Audit(
            id: "unknown", periodStart: CalendarDate(year: 1970, month: 1, day: 1),
            periodEnd: CalendarDate(year: 1970, month: 1, day: 1), certificationBody: ""),
        freshness: defaultFreshness, warningWindow: defaultWarningWindow, language: .en,
        origin: RecordOrigin(path: RegisterLayout.settingsFile))
}
