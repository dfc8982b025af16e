import Foundation

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
}

/// Reads every record of a register on all cores: scan, then parse and decode each file.
/// One bad file never stops the others being read.
public enum RegisterLoader {
    public static func load(root rawRoot: String) throws(RegisterError) -> LoadedRegister {
        let root = Self.absolute(rawRoot)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw .unreadable(rawRoot, "it is not a folder")
        }
        guard FileManager.default.fileExists(atPath: root + "/" + RegisterLayout.settingsFile) else {
            throw .notARegister(rawRoot)
        }
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
        let decoded = jobs.parallelMap { job in job.run(root: root) }

        var register = Register(
            root: root, settings: settings ?? .placeholder, evidenceFiles: inventory.evidenceFiles)
        for result in decoded {
            findings += result.findings
            switch result.record {
            case .control(let control): register.controls.append(control)
            case .processing(let activity): register.processing.append(activity)
            case .party(let party): register.parties.append(party)
            case .request(let request): register.requests.append(request)
            case .evidence(let record): register.evidence.append(record)
            case nil: break
            }
        }
        return LoadedRegister(
            register: register, findings: findings, inventory: inventory, hasSettings: settings != nil)
    }

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let standardized = url.standardizedFileURL.path
        return standardized.count > 1 && standardized.hasSuffix("/") ? String(standardized.dropLast()) : standardized
    }
}

/// One record file to read, and what reading it produced.
private struct RecordJob: Sendable {
    enum Record: Sendable {
        case control(Control)
        case processing(ProcessingActivity)
        case party(Party)
        case request(DataSubjectRequest)
        case evidence(EvidenceRecord)
    }

    let kind: RegisterLayout.RecordKind
    let path: String

    func run(root: String) -> (record: Record?, findings: [Finding]) {
        let sink = FindingSink()
        switch RecordFileReader.read(absolutePath: root + "/" + path, relativePath: path) {
        case .failure(let finding):
            return (nil, [finding])
        case .success(let node):
            let record: Record?
            switch kind {
            case .annexAControl, .customControl:
                record = ControlDecoder.decode(node, path: path, sink: sink).map(Record.control)
            case .processing:
                record = ProcessingDecoder.decode(node, path: path, sink: sink).map(Record.processing)
            case .party:
                record = PartyDecoder.decode(node, path: path, sink: sink).map(Record.party)
            case .request:
                record = RequestDecoder.decode(node, path: path, sink: sink).map(Record.request)
            case .evidence:
                record = EvidenceDecoder.decode(node, path: path, sink: sink).map(Record.evidence)
            }
            return (record, sink.findings)
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
