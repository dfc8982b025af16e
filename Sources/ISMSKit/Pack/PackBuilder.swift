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

/// Builds the audit pack: check with every evidence file hashed while it is copied, render
/// pack.xml (validated against the schema before anything is written) and index.html, write the
/// manifest, and swap the finished folder into place.
public enum PackBuilder {
    public static let xmlName = "pack.xml"
    public static let htmlName = "index.html"
    /// Where packs are staged inside a register: git-ignored, on the same file system as reports/.
    static let workspaceFolder = ".isms/tmp"

    public static func build(_ loaded: LoadedRegister, _ request: PackRequest) throws(PackError) -> PackOutcome {
        guard loaded.hasSettings else {
            throw PackError(
                "isms.yaml cannot be read (run `isms check`); a pack needs the organisation and audit cycle")
        }
        let register = loaded.register
        let target = RegisterLoader.absolute(
            request.output ?? "\(register.root)/\(RegisterLayout.reportsFolder)/\(register.settings.audit.id)")
        let checked = RegisterChecker.check(loaded, asOf: request.asOf)
        let workspace =
            RegisterPath.isInside(target, root: register.root)
            ? register.root + "/" + workspaceFolder : (target as NSString).deletingLastPathComponent
        let staging = try PackStaging.begin(target: target, workspace: workspace)
        do throws(PackError) {
            let report = try copyEvidence(checked, into: staging.folder)
            let content = PackContent(report: report, language: request.language ?? register.settings.language)
            let xml = PackXMLRenderer.render(content)
            let problems = SchemaValidator.validate(xml: Array(xml.utf8), schema: AuditPackSchema.text)
            guard problems.isEmpty else {
                let first = problems.prefix(3).map { "line \($0.line): \($0.message)" }.joined(separator: "; ")
                throw PackError(
                    "internal error: pack.xml does not match schema/audit-pack.xsd (\(first)); please report it")
            }
            let html = PackHTMLRenderer.render(content)
            try write(xml, to: staging.folder + "/" + xmlName)
            try write(html, to: staging.folder + "/" + htmlName)
            let manifest = try manifest(for: content, xml: xml, html: html)
            try write(manifest.text, to: staging.folder + "/" + Manifest.fileName)
            let zipPath = request.zip ? target + ".zip" : nil
            if let zipPath {
                try PackZip.write(folder: staging.folder, manifest: manifest, to: zipPath, workspace: workspace)
            }
            try staging.commit()
            return PackOutcome(folder: target, zip: zipPath, report: report, fileCount: manifest.entries.count)
        } catch {
            staging.abandon()
            throw error
        }
    }

    /// Copies every usable file of the packed evidence, hashing on all cores, and records the
    /// digests. A pinned file whose copy no longer matches its pin changed while packing.
    private static func copyEvidence(_ report: CheckReport, into folder: String) throws(PackError) -> CheckReport {
        let content = PackContent(report: report, language: .en)
        var jobs: [CopyJob] = []
        var seen = Set<String>()
        for record in content.evidence {
            for file in content.files(of: record) where file.usable {
                guard let registerPath = file.registerPath else { continue }
                let packPath = PackContent.packPath(forRegisterPath: registerPath)
                guard seen.insert(packPath).inserted else { continue }
                jobs.append(
                    CopyJob(
                        source: report.register.root + "/" + registerPath, destination: folder + "/" + packPath,
                        registerPath: registerPath, pin: record.sha256[file.written]))
            }
        }
        let results = jobs.parallelMap { job in Result { () throws(PackError) in try job.run() } }
        var digests: [String: FileDigest] = [:]
        for (job, result) in zip(jobs, results) {
            switch result {
            case .success(let digest): digests[job.registerPath] = digest
            case .failure(let error): throw error
            }
        }
        var files = report.files
        for (id, inspected) in files {
            files[id] = inspected.map { file in
                var file = file
                if let path = file.registerPath, let digest = digests[path] { file.digest = digest }
                return file
            }
        }
        return report.replacingFiles(files)
    }

    private static func manifest(for content: PackContent, xml: String, html: String) throws(PackError) -> Manifest {
        var entries = [
            Manifest.Entry(path: xmlName, sha256: Digest.sha256(Array(xml.utf8))),
            Manifest.Entry(path: htmlName, sha256: Digest.sha256(Array(html.utf8))),
        ]
        var seen = Set<String>()
        for record in content.evidence {
            for file in content.files(of: record) where file.usable {
                guard let path = file.registerPath, let digest = file.digest else { continue }
                let packPath = PackContent.packPath(forRegisterPath: path)
                if seen.insert(packPath).inserted {
                    entries.append(Manifest.Entry(path: packPath, sha256: digest.sha256))
                }
            }
        }
        return Manifest(entries: entries)
    }

    private static func write(_ text: String, to path: String) throws(PackError) {
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw PackError(error.message)
        }
    }
}

/// One evidence file to copy into the pack.
private struct CopyJob: Sendable {
    let source: String
    let destination: String
    let registerPath: String
    let pin: String?

    func run() throws(PackError) -> FileDigest {
        let digest = try EvidenceCopier.copy(from: source, to: destination)
        if let pin, pin != digest.sha256 {
            throw PackError(
                "\(registerPath) changed while it was being packed (SHA-256 no longer matches its pin); run again")
        }
        return digest
    }
}
