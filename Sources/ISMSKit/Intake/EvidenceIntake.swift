import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `isms evidence add` is asked to do.
public struct EvidenceIntakeRequest: Sendable {
    public var files: [String]
    public var supports: [String]
    public var collected: CalendarDate
    public var title: String?
    public var owner: String?
    /// Register-relative folder under evidence/; nil chooses `evidence/<first supported id>`.
    public var folder: String?
    /// Remove the source files once the record is in place.
    public var move: Bool
    /// The record's `expires` date; not before `collected`.
    public var expires: CalendarDate?
    /// Writes `current-until-expires: true`; needs `expires`.
    public var currentUntilExpires: Bool

    public init(
        files: [String], supports: [String], collected: CalendarDate, title: String? = nil, owner: String? = nil,
        folder: String? = nil, move: Bool = false, expires: CalendarDate? = nil, currentUntilExpires: Bool = false
    ) {
        self.files = files
        self.supports = supports
        self.collected = collected
        self.title = title
        self.owner = owner
        self.folder = folder
        self.move = move
        self.expires = expires
        self.currentUntilExpires = currentUntilExpires
    }
}

/// Why evidence was not added; nothing was written.
public struct IntakeError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// Adds evidence to a register: copies (or moves) files under evidence/ and writes the
/// `*.evidence.yaml` record with a SHA-256 pin per file.
///
/// Files and record are prepared in the register's `.isms/tmp`, then put in place without ever
/// replacing anything. When the folder is new, one rename brings files and record together; in an
/// existing folder the files go first and the record last, and everything is taken back if any
/// step fails. Two runs at once in one register never overwrite each other.
public enum EvidenceIntake {
    public static func add(_ request: EvidenceIntakeRequest, to loaded: LoadedRegister) throws(IntakeError) -> String {
        let register = loaded.register
        try checkSupports(request.supports, in: register)
        try checkExpiry(request)
        guard !request.files.isEmpty else { throw IntakeError("name at least one file to add") }
        let sources = try request.files.map { path throws(IntakeError) in try source(path) }
        let names = sources.map { ($0 as NSString).lastPathComponent }
        if let duplicate = Dictionary(grouping: names, by: { $0 }).first(where: { $1.count > 1 })?.key {
            throw IntakeError("two files are named `\(duplicate)`; add them in separate records")
        }
        let folder = try destination(request, register: register)
        let base = EvidenceNaming.slug(request.title ?? (names[0] as NSString).deletingPathExtension)
        let id = "ev-" + base
        if register.evidence.contains(where: { $0.id == id }) {
            throw IntakeError("an evidence record with id `\(id)` already exists; choose another --title")
        }
        let recordName = base + RegisterLayout.evidenceRecordSuffix
        let root = register.root
        for name in names + [recordName] where FileManager.default.fileExists(atPath: "\(root)/\(folder)/\(name)") {
            throw IntakeError("\(folder)/\(name) already exists; isms never overwrites evidence")
        }
        let staging = try IntakeStaging(root: root)
        defer { staging.remove() }
        var pins: [(String, String)] = []
        for (source, name) in zip(sources, names) {
            do {
                let digest = try EvidenceCopier.copy(from: source, to: staging.folder + "/" + name, durable: true)
                pins.append((name, digest.sha256))
            } catch {
                throw IntakeError(error.description)
            }
        }
        let record = EvidenceRecordText.render(
            id: id, title: request.title ?? (names[0] as NSString).deletingPathExtension, collected: request.collected,
            owner: request.owner ?? Self.defaultOwner(register.settings.organisation.securityOfficer), files: pins,
            supports: request.supports, expires: request.expires, currentUntilExpires: request.currentUntilExpires)
        do {
            try AtomicFile.write(record, to: staging.folder + "/" + recordName)
        } catch {
            throw IntakeError(error.message)
        }
        try staging.place(files: names, record: recordName, into: "\(root)/\(folder)")
        if request.move { for source in sources { unlink(source) } }
        return "\(folder)/\(recordName)"
    }

    private static func checkSupports(_ ids: [String], in register: Register) throws(IntakeError) {
        guard !ids.isEmpty else { throw IntakeError("name what the evidence supports with --supports ID") }
        var known = Set(register.controls.map(\.id))
        known.formUnion(register.processing.map(\.id))
        known.formUnion(register.parties.map(\.id))
        for id in ids where !known.contains(id) {
            throw IntakeError(
                "`\(id)` is not a control, processing activity or party of this register"
                    + ClosestMatch.hint(for: id, among: known.sorted()))
        }
    }

    /// The checks the loader makes of `expires`, made before anything is written.
    private static func checkExpiry(_ request: EvidenceIntakeRequest) throws(IntakeError) {
        if let expires = request.expires, expires < request.collected {
            throw IntakeError(
                "--expires \(expires) is before the collected date \(request.collected); evidence cannot expire before it was collected"
            )
        }
        if request.currentUntilExpires, request.expires == nil {
            throw IntakeError("--current-until-expires needs --expires DATE, the date it stays current until")
        }
    }

    /// The source must be a regular file; it is opened later without blocking.
    static func source(_ path: String) throws(IntakeError) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { throw IntakeError("\(path): \(SystemError.describe(errno))") }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw IntakeError("\(path) is not a regular file; only files can be evidence")
        }
        return RegisterLoader.absolute(path)
    }

    private static func destination(_ request: EvidenceIntakeRequest, register: Register) throws(IntakeError) -> String
    {
        let written = request.folder ?? "\(RegisterLayout.evidenceFolder)/\(EvidenceNaming.slug(request.supports[0]))"
        guard let folder = RegisterPath.resolve(written, in: ""),
            folder == RegisterLayout.evidenceFolder || folder.hasPrefix(RegisterLayout.evidenceFolder + "/")
        else {
            throw IntakeError("--to must name a folder under evidence/ inside the register, not `\(written)`")
        }
        return folder
    }
}

/// Names for evidence records made from titles and file names.
enum EvidenceNaming {
    /// Lower-case ASCII letters, digits and single hyphens: safe as an id and a file name.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out += String(scalar).lowercased()
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !out.hasSuffix("-") && !out.isEmpty {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "evidence" : String(out.prefix(80))
    }
}

extension EvidenceIntake {

    /// The owner of a new record when none is given: the security officer's role without the
    /// contact details isms.yaml may add ("Security Officer (via privacy@psms.nl)" gives
    /// "Security Officer"), since an evidence record names a role, never a way to reach a person.
    static func defaultOwner(_ securityOfficer: String) -> String {
        let role = securityOfficer.prefix { $0 != "(" && $0 != "<" && $0 != "," }
            .trimmingCharacters(in: .whitespaces)
        let contact = role.contains("@") || role.contains { $0.isNumber } || role.isEmpty
        return contact ? "Security Officer" : role
    }
}
