import Crypto
import Foundation

/// Entry points for the libFuzzer targets in `Fuzz/` (and the regression tests that replay what
/// they found). Each takes raw bytes, drives the same code the commands run on untrusted input,
/// and returns what it produced so the caller can assert properties of it. Not part of the
/// command-line tool: reached only through `@_spi(Fuzzing) import ISMSKit`.
@_spi(Fuzzing) public enum FuzzEntryPoints {
    /// The as-of date the record target checks on.
    static let asOf = CalendarDate(year: 2026, month: 6, day: 1)

    /// What one run of the record target produced.
    public struct RecordRun: Sendable {
        public let findings: Int
        public let xml: String
        public let schemaProblems: [String]
        public let html: String
    }

    /// Reads up to six records from `data` (separated by NUL bytes; each part's first byte picks
    /// isms.yaml or one of the `RegisterLayout.RecordKind`s), decodes them as `isms check` does, checks the register with every
    /// evidence file hashed, and renders pack.xml (validated against the schema) and index.html.
    public static func loadRecords(_ data: [UInt8]) -> RecordRun {
        let root = RecordTargetRegister.root
        var findings: [Finding] = []
        var settings: RegisterSettings?
        var register = Register(root: root, settings: .placeholder, evidenceFiles: RecordTargetRegister.evidenceFiles)
        for (index, part) in data.split(separator: 0, maxSplits: 5, omittingEmptySubsequences: false).enumerated() {
            guard let selector = part.first else { continue }
            let bytes = Array(part.dropFirst())
            let sink = FindingSink()
            // Selector 0 is isms.yaml; each other value one record kind, so that every decoder is fuzzed.
            let kinds = RegisterLayout.RecordKind.allCases
            switch Int(selector) % (kinds.count + 1) {
            case 0:
                let path = RegisterLayout.settingsFile
                switch RecordFileReader.parse(bytes, relativePath: path) {
                case .success(let node): settings = SettingsDecoder.decode(node, path: path, sink: sink)
                case .failure(let finding): sink.report(finding)
                }
            case let number:
                let kind = kinds[number - 1]
                let path =
                    kind == .evidence
                    ? RecordTargetRegister.evidenceFolder + "/r\(index)" + RegisterLayout.evidenceRecordSuffix
                    : kind.folder + "/r\(index).yaml"
                switch RecordFileReader.parse(bytes, relativePath: path) {
                case .success(let node):
                    if let record = LoadedRecord.decode(node, kind: kind, path: path, sink: sink) {
                        register.add(record)
                    }
                case .failure(let finding): sink.report(finding)
                }
            }
            findings += sink.findings
        }
        register.settings = settings ?? RecordTargetRegister.settings
        let loaded = LoadedRegister(
            register: register, findings: findings, inventory: RegisterInventory(), hasSettings: true)
        let report = RegisterChecker.check(loaded, asOf: asOf, hashAll: true)
        let content = PackContent(report: report, language: register.settings.language)
        let xml = PackXMLRenderer.render(content)
        let problems = SchemaValidator.validate(xml: Array(xml.utf8), schema: AuditPackSchema.text)
        return RecordRun(
            findings: report.diagnostics.sorted.count, xml: xml,
            schemaProblems: problems.map { "line \($0.line): \($0.message)" },
            html: PackHTMLRenderer.render(content))
    }

    /// Writes `data` as a pack folder (parts separated by NUL bytes: MANIFEST.sha256, pack.xml,
    /// index.html, evidence/policy/policy.txt, MANIFEST.sha256.sig) and verifies it as
    /// `isms verify` does, with a fixed public key when the signature part is present.
    public static func verifyFolder(_ data: [UInt8]) -> VerifyReport {
        let names = [
            Manifest.fileName, PackBuilder.xmlName, PackBuilder.htmlName, "evidence/policy/policy.txt",
            PackVerifier.signatureName,
        ]
        let parts = data.split(separator: 0, maxSplits: names.count - 1, omittingEmptySubsequences: false)
        guard let folder = temporaryFolder("isms-fuzz-pack-") else { return VerifyReport() }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try? FileManager.default.createDirectory(atPath: folder + "/evidence/policy", withIntermediateDirectories: true)
        for (name, part) in zip(names, parts) {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(part))
        }
        return PackVerifier.verifyFolder(
            folder, label: folder, against: nil, key: parts.count == names.count ? fixedPublicKey : nil)
    }

    /// Writes `data` as a zip file and verifies it as `isms verify PACK.zip` does.
    public static func verifyZip(_ data: [UInt8]) -> VerifyReport {
        guard let folder = temporaryFolder("isms-fuzz-zip-") else { return VerifyReport() }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/pack.zip"
        _ = FileManager.default.createFile(atPath: path, contents: Data(data))
        return PackVerifier.verify(pack: path)
    }

    /// What the cache readers made of one input.
    public struct CacheRun: Sendable {
        /// Whether the record cache's and the hash cache's reader accepted the bytes as a body.
        public let records: Bool
        public let hashes: Bool
        /// False when a body that was accepted does not survive writing it back and reading it
        /// again unchanged: the reader accepted something the writer cannot say.
        public let stable: Bool
    }

    /// Reads `data` as the body of `.isms/cache/records` and of `.isms/cache/hashes` (the bodies
    /// that a forged cache with a matching checksum would bring).
    public static func caches(_ data: [UInt8]) -> CacheRun {
        func settled<Entry>(_ encode: ([String: Entry]) -> [UInt8], _ decoded: ([String: Int], [Entry])) -> [UInt8] {
            encode(Dictionary(uniqueKeysWithValues: decoded.0.map { ($0.key, decoded.1[$0.value]) }))
        }
        var stable = true
        let records = try? RecordCache.decode(data)
        if let records {
            let written = settled(RecordCache.encode, records)
            let again = try? RecordCache.decode(written)
            stable = again.map { settled(RecordCache.encode, $0) == written } ?? false
        }
        let hashes = try? HashCache.decode(data)
        if let hashes {
            let written = settled(HashCache.encode, hashes)
            let again = try? HashCache.decode(written)
            stable = stable && (again.map { settled(HashCache.encode, $0) == written } ?? false)
        }
        return CacheRun(records: records != nil, hashes: hashes != nil, stable: stable)
    }

    /// Renders `data` (as UTF-8, invalid sequences replaced) with `SafeMarkdown`.
    public static func markdown(_ data: [UInt8]) -> String {
        SafeMarkdown.html(String(decoding: data, as: UTF8.self))
    }

    /// The public key of a fixed Ed25519 seed: fuzzed signatures are checked against it.
    static let fixedPublicKey: SignifyPublicKey = {
        let seed = [UInt8](repeating: 7, count: 32)
        let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        return SignifyPublicKey(
            keyNumber: [1, 2, 3, 4, 5, 6, 7, 8], key: key.map { Array($0.publicKey.rawRepresentation) } ?? [],
            comment: "fuzz public key")
    }()

    private static func temporaryFolder(_ prefix: String) -> String? {
        var template = Array((FileManager.default.temporaryDirectory.path + "/" + prefix + "XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }
        }
        guard made != nil else { return nil }
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// The register folder the record target checks against: made once per process, with a few
/// evidence files (one of them a link that leaves the register) for fuzzed records to name.
private enum RecordTargetRegister {
    static let evidenceFolder = "evidence/policy"
    static let evidenceFiles = ["evidence/policy/policy.txt", "evidence/policy/scan “één”.pdf"]

    static let root: String = {
        let root = FileManager.default.temporaryDirectory.path + "/isms-fuzz-register-\(getpid())"
        try? FileManager.default.createDirectory(atPath: root + "/" + evidenceFolder, withIntermediateDirectories: true)
        for path in evidenceFiles {
            _ = FileManager.default.createFile(atPath: root + "/" + path, contents: Data("policy\n".utf8))
        }
        _ = symlink("/etc/hostname", root + "/" + evidenceFolder + "/outside.txt")
        return root
    }()

    static let settings: RegisterSettings = {
        let text = """
            organisation:
              name: Fuzz B.V.
              address: Teststraat 1
              contact-email: privacy@fuzz.example
              security-officer: Officer
              supervisory-authority: Autoriteit Persoonsgegevens
            scope: The fuzzer.
            standard: ISO/IEC 27001:2022
            audit:
              id: "2026"
              period-start: 2026-01-01
              period-end: 2026-12-31
              certification-body: Example
            report-language: en
            """
        let sink = FindingSink()
        guard case .success(let node) = RecordFileReader.parse(Array(text.utf8), relativePath: "isms.yaml"),
            let settings = SettingsDecoder.decode(node, path: "isms.yaml", sink: sink)
        else { return .placeholder }
        return settings
    }()
}
