import Foundation
import ISMSKit

/// A register written by a test into a temporary folder: by default a complete, valid one
/// (all 93 Annex A controls applicable and covered by one pinned evidence record, which also
/// supports every clause that requires documented information), which each
/// test then breaks in exactly one way.
public final class FixtureRegister: @unchecked Sendable {
    public let root: String
    /// A date inside the fixture's audit period on which the baseline has no findings.
    public static let asOf = "2026-06-01"
    public static let policyText = "Information security policy, approved by the board.\n"

    public init(baseline: Bool = true) throws {
        let base = FileManager.default.temporaryDirectory.path
        root = base + "/isms-fixture-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        if baseline { try writeBaseline() }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// The baseline's one policy record and one justification cover every control, so its
    /// thresholds for W302 and W207 are raised; `BreadthThresholdTests` puts them back.
    public static let settings = """
        organisation:
          name: Fixture B.V.
          address: Teststraat 1, 1234 AB Utrecht
          contact-email: privacy@fixture.example
          security-officer: Security Officer
          supervisory-authority: Autoriteit Persoonsgegevens
        scope: The fixture's websites.
        standard: ISO/IEC 27001:2022
        audit:
          id: "2026"
          period-start: 2026-01-01
          period-end: 2026-12-31
          planned-date: 2026-11-16
          certification-body: Example Certification
        defaults:
          freshness: 12 months
          warning-window: 30 days
          controls-per-evidence: 200
          controls-per-justification: 200
        report-language: en

        """

    public static func control(_ id: String, title: String, applicable: Bool = true, extra: String = "") -> String {
        """
        id: \(id)
        title: "\(title)"
        applicable: \(applicable)
        justification: Needed for the fixture.
        status: \(applicable ? "implemented" : "not-started")
        owner: CISO
        \(applicable ? "requirements: [Fixture policy]" : "")
        \(extra)
        """
    }

    /// An evidence record beside its one file, pinned, supporting the given ids.
    public func addEvidence(
        _ id: String, folder: String = "evidence/policy", file: String = "policy.txt",
        content: String = FixtureRegister.policyText, collected: String = "2026-03-01",
        supports: [String], extra: String = ""
    ) throws {
        try write("\(folder)/\(file)", content)
        let digest = try FixtureRegister.sha256(of: content)
        try write(
            "\(folder)/\(id).evidence.yaml",
            """
            id: \(id)
            title: Evidence \(id)
            collected: \(collected)
            owner: CISO
            files: ["\(file)"]
            supports: [\(supports.map { "\"\($0)\"" }.joined(separator: ", "))]
            sha256:
              "\(file)": \(digest)
            \(extra)
            """)
    }

    public func writeBaseline() throws {
        try write("isms.yaml", Self.settings)
        for control in AnnexACatalog.controls {
            try write("controls/annex-a/\(control.id).yaml", Self.control(control.id, title: control.title))
        }
        try addEvidence(
            "ev-policy", supports: AnnexACatalog.controls.map(\.id) + ClauseCatalog.documentedInformation.map(\.id))
    }

    public func write(_ path: String, _ content: String) throws {
        try write(path, Data(content.utf8))
    }

    public func write(_ path: String, _ data: Data) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
    }

    /// The text of a register file, for tests that compare it byte for byte.
    public func text(_ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + path)
    }

    public func load() throws -> LoadedRegister { try RegisterLoader.load(root: root) }

    public func check(asOf: String = FixtureRegister.asOf) throws -> CheckReport {
        RegisterChecker.check(try load(), asOf: CalendarDate(asOf)!)
    }

    /// The codes found, sorted, for assertions that name exactly what is expected.
    public func codes(asOf: String = FixtureRegister.asOf) throws -> [String] {
        try check(asOf: asOf).diagnostics.sorted.map(\.code.rawValue)
    }

    public func findings(_ code: FindingCode, asOf: String = FixtureRegister.asOf) throws -> [Finding] {
        try check(asOf: asOf).diagnostics.sorted.filter { $0.code == code }
    }

    public static func sha256(of text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/isms-hash-" + UUID().uuidString
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try FileDigest.compute(path: path).get().sha256
    }
}
