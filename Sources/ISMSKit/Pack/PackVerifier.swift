import Foundation

/// What `isms verify` found: problems make the pack not intact; changes (with `--against`)
/// only inform.
public struct VerifyReport: Sendable {
    public var problems: [String] = []
    /// Evidence files of the register that changed, appeared or disappeared since the pack.
    public var changes: [String] = []
    /// Files of the pack checked against the manifest.
    public var filesChecked = 0
    /// What became of MANIFEST.sha256.sig (checked first when a key is given).
    public var signature: PackSignature.Outcome = .unsigned
    /// pack.xml's SHA-256 when the file matches the manifest: what the footer of every printed
    /// page shows, so that paper can be compared with the pack it came from.
    public var packXMLSHA256: String?

    public var intact: Bool { problems.isEmpty }
}

/// Proves a pack intact: every file in MANIFEST.sha256 re-hashed, nothing added or missing,
/// pack.xml valid against the schema, and pack.xml's hashes equal to the manifest's.
/// The pack is untrusted input: nothing in it is followed outside it.
public enum PackVerifier {
    public static let signatureName = "MANIFEST.sha256.sig"
    static let manifestLimit = 256 << 20
    static let xmlLimit = 1 << 30

    /// With `key`, MANIFEST.sha256.sig must verify against it before the manifest is trusted.
    public static func verify(pack: String, against register: String? = nil, key: SignifyPublicKey? = nil)
        -> VerifyReport
    {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: pack, isDirectory: &isFolder) else {
            return VerifyReport(problems: ["\(pack): does not exist"])
        }
        if isFolder.boolValue {
            return verifyFolder(RegisterLoader.absolute(pack), label: pack, against: register, key: key)
        }
        switch PackZipExtractor.extract(pack) {
        case .failure(let error):
            return VerifyReport(problems: [error.description])
        case .success(let folder):
            defer { try? FileManager.default.removeItem(atPath: folder) }
            return verifyFolder(folder, label: pack, against: register, key: key)
        }
    }

    static func verifyFolder(_ folder: String, label: String, against register: String?, key: SignifyPublicKey? = nil)
        -> VerifyReport
    {
        var report = VerifyReport()
        let manifest: Manifest
        switch FileBytes.read(folder + "/" + Manifest.fileName, limit: manifestLimit) {
        case .failure(let problem):
            report.problems.append("\(Manifest.fileName): cannot be read: \(problem.message)")
            return report
        case .success(let bytes):
            report.signature = PackSignature.check(folder: folder, manifest: bytes, key: key)
            if case .bad(let reason) = report.signature {
                report.problems.append("\(signatureName): \(reason)")
                return report
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                report.problems.append("\(Manifest.fileName): is not UTF-8 text")
                return report
            }
            switch Manifest.parse(text) {
            case .failure(let error):
                report.problems.append("\(Manifest.fileName):\(error.line): \(error.reason)")
                return report
            case .success(let parsed): manifest = parsed
            }
        }
        let listed = checkManifest(manifest, in: folder, report: &report)
        checkUnlisted(folder, listed: listed, report: &report)
        checkPackXML(folder, manifest: manifest, report: &report)
        if let register { report.changes = PackChanges.since(manifest: manifest, register: register) }
        return report
    }

    /// Re-hashes every file the manifest lists; returns the listed paths.
    private static func checkManifest(_ manifest: Manifest, in folder: String, report: inout VerifyReport) -> Set<
        String
    > {
        var listed = Set<String>()
        let realFolder = RealFolders.realPath(folder) ?? folder
        for entry in manifest.entries {
            guard let safe = RegisterPath.resolve(entry.path, in: ""), safe == entry.path else {
                report.problems.append(
                    "\(Manifest.fileName): `\(entry.path)` is not a plain path inside the pack; refused")
                continue
            }
            guard listed.insert(safe).inserted else {
                report.problems.append("\(Manifest.fileName): `\(safe)` is listed twice")
                continue
            }
            let path = folder + "/" + safe
            guard let real = RealFolders.realPath(path) else {
                report.problems.append("\(safe): missing from the pack")
                continue
            }
            guard RegisterPath.isInside(real, root: realFolder), real == realFolder + "/" + safe else {
                report.problems.append("\(safe): is a symbolic link; refused")
                continue
            }
            switch FileDigest.compute(path: real) {
            case .failure(let problem):
                report.problems.append("\(safe): cannot be read: \(problem.message)")
            case .success(let digest):
                report.filesChecked += 1
                if digest.sha256 != entry.sha256 {
                    report.problems.append("\(safe): SHA-256 differs from \(Manifest.fileName) (the file was changed)")
                } else if safe == PackBuilder.xmlName {
                    report.packXMLSHA256 = digest.sha256
                }
            }
        }
        return listed
    }

    /// Files in the pack that the manifest does not list were added after it was made.
    private static func checkUnlisted(_ folder: String, listed: Set<String>, report: inout VerifyReport) {
        for entry in DirectoryWalker.entries(root: folder, under: "") where entry.kind != .directory {
            if entry.path == Manifest.fileName || entry.path == signatureName || listed.contains(entry.path) {
                continue
            }
            report.problems.append("\(entry.path): not in \(Manifest.fileName) (added to the pack)")
        }
    }

    /// pack.xml must be valid and agree with the manifest on every evidence file's hash.
    private static func checkPackXML(_ folder: String, manifest: Manifest, report: inout VerifyReport) {
        let name = PackBuilder.xmlName
        guard manifest.entries.contains(where: { $0.path == name }) else {
            report.problems.append("\(name): not in \(Manifest.fileName)")
            return
        }
        guard case .success(let bytes) = FileBytes.read(folder + "/" + name, limit: xmlLimit) else { return }
        let packXML: PackXML
        do {
            packXML = try PackXMLReader.read(xml: bytes)
        } catch {
            for message in error.messages { report.problems.append("\(name):\(message.line): \(message.message)") }
            return
        }
        let hashes = Dictionary(manifest.entries.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        var described = Set<String>()
        for file in packXML.files where described.insert(file.path).inserted {
            guard let listed = hashes[file.path] else {
                report.problems.append("\(name): lists `\(file.path)`, which \(Manifest.fileName) does not")
                continue
            }
            if listed != file.sha256 {
                report.problems.append("\(name): SHA-256 of `\(file.path)` differs from \(Manifest.fileName)")
            }
        }
        for entry in manifest.entries
        where entry.path.hasPrefix(RegisterLayout.evidenceFolder + "/") && !described.contains(entry.path) {
            report.problems.append("\(Manifest.fileName): `\(entry.path)` is not described in \(name)")
        }
    }
}
