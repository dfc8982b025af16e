import Foundation

/// Why one side of a comparison cannot be read: it is neither a pack nor a register, a pack is
/// not intact or its pack.xml is not valid, or a register cannot be loaded.
public struct DiffError: Error, Sendable, CustomStringConvertible {
    public let description: String
    /// The problems found, one per line, when there are several (a pack that is not intact).
    public let problems: [String]

    public init(_ description: String, problems: [String] = []) {
        self.description = description
        self.problems = problems
    }
}

/// Reads one side of a comparison from a path: an audit pack (folder or zip) or a register.
///
/// A pack is untrusted input. It must be intact, exactly as `isms verify` checks it (every file
/// matches MANIFEST.sha256, nothing added, pack.xml valid and in agreement with the manifest),
/// before its pack.xml is read, and nothing but pack.xml is read from it: no path in it is
/// followed. A zip is unpacked by `PackZipExtractor` into a fresh temporary folder, removed after.
public enum SnapshotSource {
    /// What a path holds.
    public enum Kind: Sendable, Equatable {
        /// A folder with pack.xml or MANIFEST.sha256.
        case packFolder
        /// A file: a pack zip.
        case packZip
        /// A folder with isms.yaml.
        case register
    }

    /// What the path holds, or why it holds nothing to compare.
    public static func kind(of path: String) throws(DiffError) -> Kind {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DiffError("\(path): does not exist")
        }
        guard isFolder.boolValue else { return .packZip }
        let has = { (name: String) in FileManager.default.fileExists(atPath: path + "/" + name) }
        if has(PackBuilder.xmlName) || has(Manifest.fileName) { return .packFolder }
        if has(RegisterLayout.settingsFile) { return .register }
        throw DiffError(
            "\(path): neither an audit pack (\(PackBuilder.xmlName), \(Manifest.fileName)) nor a register (\(RegisterLayout.settingsFile))"
        )
    }

    /// The snapshot of a pack or a register; a register is checked on `asOf` with every evidence
    /// file hashed.
    public static func snapshot(_ path: String, asOf: CalendarDate) throws(DiffError) -> RegisterSnapshot {
        switch try kind(of: path) {
        case .packFolder, .packZip: try pack(path)
        case .register: try register(path, asOf: asOf)
        }
    }

    /// The snapshot of an intact pack folder or zip.
    public static func pack(_ path: String) throws(DiffError) -> RegisterSnapshot {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DiffError("\(path): does not exist")
        }
        if isFolder.boolValue { return try packFolder(RegisterLoader.absolute(path), label: path) }
        switch PackZipExtractor.extract(path) {
        case .failure(let error):
            throw DiffError(error.description)
        case .success(let folder):
            defer { try? FileManager.default.removeItem(atPath: folder) }
            return try packFolder(folder, label: path)
        }
    }

    private static func packFolder(_ folder: String, label: String) throws(DiffError) -> RegisterSnapshot {
        let report = PackVerifier.verifyFolder(folder, label: label, against: nil)
        guard report.intact else {
            throw DiffError(
                "\(label): not an intact audit pack (\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s"); see `isms verify`)",
                problems: report.problems)
        }
        let bytes: [UInt8]
        switch FileBytes.read(folder + "/" + PackBuilder.xmlName, limit: PackVerifier.xmlLimit) {
        case .failure(let problem):
            throw DiffError("\(label): \(PackBuilder.xmlName) cannot be read: \(problem.message)")
        case .success(let read): bytes = read
        }
        do {
            return try PackSnapshotReader.read(xml: bytes, origin: .pack)
        } catch {
            throw DiffError(
                "\(label): \(PackBuilder.xmlName) is not valid",
                problems: error.messages.map { "\(PackBuilder.xmlName):\($0.line): \($0.message)" })
        }
    }

    /// The snapshot of a register checked on `asOf`, every evidence file hashed: what a pack of
    /// it on that date would say.
    public static func register(_ path: String, asOf: CalendarDate) throws(DiffError) -> RegisterSnapshot {
        let loaded: LoadedRegister
        do {
            loaded = try RegisterLoader.load(root: path)
        } catch {
            throw DiffError(error.description)
        }
        guard loaded.hasSettings else {
            throw DiffError("\(path): isms.yaml cannot be read (run `isms check`)")
        }
        let report = RegisterChecker.check(loaded, asOf: asOf, hashAll: true)
        let content = PackContent(report: report, language: loaded.register.settings.language)
        do {
            return try PackSnapshotReader.snapshot(of: content, origin: .register)
        } catch {
            throw DiffError(
                "internal error: the register's pack.xml is not valid (\(error.description)); please report it")
        }
    }
}
