import Foundation

/// What to pack, and where.
public struct PackRequest: Sendable {
    public var asOf: CalendarDate
    /// Labels' language; nil takes the register's `report-language`.
    public var language: ReportLanguage?
    /// The pack folder; nil means `reports/<audit id>` inside the register.
    public var output: String?
    /// Also write the pack as one zip file beside the folder (`<folder>.zip`).
    public var zip: Bool
    /// Signs MANIFEST.sha256 (MANIFEST.sha256.sig, in the folder and the zip); nil: unsigned.
    public var signer: PackSigner?
    /// Hashes of evidence files unchanged since an earlier run, for checking pins.
    public var cache: HashCache?
    /// A previous pack (folder or zip) to compare with: pack.xml and index.html then show what
    /// changed since it. It must be intact and valid; only its pack.xml is read.
    public var previous: String?
    /// Also print index.html to pack.pdf with headless Chromium (`PackPDF`).
    public var pdf = false
    /// Told each stage as it begins.
    public var progress: (@Sendable (PackStage) -> Void)? = nil
    /// A listing of the HTML with more records than this is split over pages of its own
    /// (`PackHTMLRenderer.recordsPerPage`); tests lower it to page a small register.
    @_spi(Testing) public var recordsPerPage = PackHTMLRenderer.recordsPerPage

    public init(asOf: CalendarDate, language: ReportLanguage? = nil, output: String? = nil, zip: Bool = false) {
        self.asOf = asOf
        self.language = language
        self.output = output
        self.zip = zip
    }
}

/// What a pack run produced.
public struct PackOutcome: Sendable {
    public let folder: String
    public let zip: String?
    public let report: CheckReport
    /// Files listed in the manifest.
    public let fileCount: Int
}

/// Builds the audit pack: check with every evidence file hashed while it is copied, stream
/// pack.xml into the staging folder and validate it against the schema, stream index.html (and
/// the pages of a large register's listings), write the manifest, and swap the finished folder
/// into place. pack.xml and the HTML are hashed as they are written and never held whole.
public enum PackBuilder {
    public static let xmlName = "pack.xml"
    public static let htmlName = "index.html"
    /// Where packs are staged inside a register: git-ignored, on the same file system as reports/.
    static let workspaceFolder = ".isms/tmp"

    /// `reports/<audit id>` in the register's report language, `reports/<audit id>-<lang>` in
    /// another, so that packs in two languages sit side by side instead of replacing each other.
    public static func defaultFolder(_ register: Register, language: ReportLanguage?) -> String {
        let folder = "\(register.root)/\(RegisterLayout.reportsFolder)/\(register.settings.audit.id)"
        guard let language, language != register.settings.language else { return folder }
        return folder + "-" + language.rawValue
    }

    public static func build(_ loaded: LoadedRegister, _ request: PackRequest) throws(PackError) -> PackOutcome {
        guard loaded.hasSettings else {
            throw PackError(
                "isms.yaml cannot be read (run `isms check`); a pack needs the organisation and audit cycle")
        }
        let register = loaded.register
        let previous = try previousSnapshot(request.previous)
        let target = RegisterLoader.absolute(request.output ?? defaultFolder(register, language: request.language))
        let workspace =
            RegisterPath.isInside(target, root: register.root)
            ? register.root + "/" + workspaceFolder : (target as NSString).deletingLastPathComponent
        let staging = try PackStaging.begin(target: target, workspace: workspace)
        do throws(PackError) {
            // Checking with a copying digester reads each evidence file once: copied and hashed together.
            request.progress?(.checkingAndCopying)
            let digester = CopyingDigester(folder: staging.folder, cache: request.cache)
            let report = RegisterChecker.check(loaded, asOf: request.asOf, hashAll: true, digester: digester)
            if let failure = digester.writeFailure { throw failure }
            let content = PackContent(report: report, language: request.language ?? register.settings.language)
            try removeUnpacked(digester.copied, keeping: content, in: staging.folder)
            let changes = try changesSincePrevious(previous, in: content)
            request.progress?(.writingXML)
            let xml = try PackDocuments.writeXML(content, changes: changes, in: staging.folder)
            let binding = PaperBinding(packXMLSHA256: xml.sha256, keyNumber: request.signer?.key.keyNumberHex)
            request.progress?(.writingPages)
            let html = try PackDocuments.writeHTML(
                content, changes: changes, recordsPerPage: request.recordsPerPage, binding: binding,
                in: staging.folder)
            if request.pdf { request.progress?(.printingPDF) }
            let pdf =
                request.pdf ? [try PackPDF.write(in: staging.folder, workspace: workspace, asOf: request.asOf)] : []
            let manifest = Manifest(
                entries: [xml] + html + pdf
                    + packedFiles(content).map { Manifest.Entry(path: $0.path, sha256: $0.digest.sha256) })
            request.progress?(.writingManifest)
            try write(manifest.text, to: staging.folder + "/" + Manifest.fileName)
            if request.signer != nil { request.progress?(.signing) }
            let signature = try sign(manifest, with: request.signer, in: staging.folder)
            let zipPath = request.zip ? target + ".zip" : nil
            if let zipPath {
                request.progress?(.zipping)
                let files = [Manifest.fileName] + manifest.entries.map(\.path) + (signature.map { [$0] } ?? [])
                try PackZip.write(folder: staging.folder, files: files, to: zipPath, workspace: workspace)
            }
            request.progress?(.finishing)
            try staging.commit()
            return PackOutcome(folder: target, zip: zipPath, report: report, fileCount: manifest.entries.count)
        } catch {
            staging.abandon()
            throw error
        }
    }

    /// Removes copies that the pack does not carry: files of evidence that supports nothing known,
    /// and files that turned out unusable (a pin that does not match).
    private static func removeUnpacked(_ copied: [String], keeping content: PackContent, in folder: String)
        throws(PackError)
    {
        let kept = Set(packedFiles(content).map(\.path))
        for path in copied where !kept.contains(path) {
            guard unlink(folder + "/" + path) == 0 else {
                throw PackError("cannot tidy the pack being built: \(path): \(SystemError.describe(errno))")
            }
        }
    }

    /// Every usable file of the packed evidence, once, with its pack path and digest.
    static func packedFiles(_ content: PackContent) -> [(path: String, digest: FileDigest)] {
        var seen = Set<String>()
        var files: [(String, FileDigest)] = []
        for record in content.evidence {
            for file in content.files(of: record) where file.usable {
                guard let path = file.registerPath, let digest = file.digest else { continue }
                let packPath = PackContent.packPath(forRegisterPath: path)
                if seen.insert(packPath).inserted { files.append((packPath, digest)) }
            }
        }
        return files
    }

    /// Writes MANIFEST.sha256.sig for the manifest's exact bytes; returns the files to zip: the
    /// manifest's, plus the signature when there is one.
    /// Signs the manifest into the pack when a key is given; returns the signature's file name.
    private static func sign(_ manifest: Manifest, with signer: PackSigner?, in folder: String) throws(PackError)
        -> String?
    {
        guard let signer else { return nil }
        let signature: String
        do {
            signature = try signer.signatureText(for: Array(manifest.text.utf8))
        } catch {
            throw PackError(error.description)
        }
        try write(signature, to: folder + "/" + PackVerifier.signatureName)
        return PackVerifier.signatureName
    }

    private static func write(_ text: String, to path: String) throws(PackError) {
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw PackError(error.message)
        }
    }
}
