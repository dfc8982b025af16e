import Dispatch

/// What `isms check` found, and the linked view of the register that reports are drawn from.
public struct CheckReport: Sendable {
    public let register: Register
    public let asOf: CalendarDate
    public let diagnostics: Diagnostics
    /// The evidence state of every control, processing activity, party and clause (`clause-9.2`), by id.
    public let coverage: [String: RecordCoverage]
    /// The files of every evidence record as inspected, by evidence id.
    public let files: [String: [InspectedFile]]
    /// How each clause that requires documented information is met, in the catalog's order.
    public let clauses: [ClauseFulfilment]
    /// What inspecting each evidence record's files found, for a check that follows a save of
    /// other records (`RegisterChecker.check(_:asOf:reusing:)`).
    let inspections: EvidenceInspections

    /// The same report with the files of evidence records replaced, as packing hashes them.
    func replacingFiles(_ files: [String: [InspectedFile]]) -> CheckReport {
        CheckReport(
            register: register, asOf: asOf, diagnostics: diagnostics, coverage: coverage, files: files,
            clauses: clauses,
            inspections: inspections)
    }
}

/// The result of inspecting each evidence record's files, by the record's identity: a record
/// that a reload kept (the same object) was read from the same text, so its inspection holds
/// as long as its files are unchanged.
struct EvidenceInspections: Sendable {
    fileprivate let results: [ObjectIdentifier: (files: [InspectedFile], findings: [Finding])]
    /// Keeps the records alive, so that no other object can take one of their identities.
    fileprivate let records: [EvidenceRecord]

    static let none = EvidenceInspections(results: [:], records: [])
}

/// The check engine: links records to evidence, runs every family of checks and collects
/// all findings in one place, which alone decides the outcome.
public enum RegisterChecker {
    /// Checks the register on the as-of date. `hashAll` hashes every evidence file, not only pinned
    /// ones; `cache` (when given) supplies hashes of files unchanged since an earlier run.
    public static func check(
        _ loaded: LoadedRegister, asOf: CalendarDate, hashAll: Bool = false, cache: HashCache? = nil
    ) -> CheckReport {
        check(loaded, asOf: asOf, hashAll: hashAll, digester: HashingDigester(cache: cache))
    }

    /// Checks the register again after a save of records other than evidence, taking the
    /// inspection of each evidence record that is the same object in `previous` from it instead
    /// of reading its files: what `isms serve` does after a save, where a full check (every file
    /// looked at again) is what "check again" does. Every other check runs in full.
    public static func check(
        _ loaded: LoadedRegister, asOf: CalendarDate, reusing previous: CheckReport, cache: HashCache? = nil
    ) -> CheckReport {
        check(
            loaded, asOf: asOf, hashAll: false, digester: HashingDigester(cache: cache), reusing: previous.inspections)
    }

    /// Checks with a chosen way of reading evidence files (packing copies them as it hashes).
    static func check(
        _ loaded: LoadedRegister, asOf: CalendarDate, hashAll: Bool, digester: any EvidenceDigester,
        reusing previous: EvidenceInspections = .none
    ) -> CheckReport {
        let register = loaded.register
        var diagnostics = Diagnostics(loaded.findings)
        let index = RegisterIndex(register)
        diagnostics.append(contentsOf: index.duplicates)

        let inspector = EvidenceFileInspector(root: register.root, hashAll: hashAll, digester: digester)
        // Resolve and stat every record's files on all cores, hash all files on all cores (per
        // file, largest first), then assemble each record's result in the record's order.
        let fresh = register.evidence.filter { previous.results[ObjectIdentifier($0)] == nil }
        let staged = fresh.parallelMap { record in inspector.stage(record) }
        let digests = DigestSchedule(staged, digester: digester)
        var inspectedFresh: [ObjectIdentifier: (files: [InspectedFile], findings: [Finding])] = [:]
        for (record, staged) in zip(fresh, staged) {
            inspectedFresh[ObjectIdentifier(record)] = inspector.finish(record, staged) { _, request in
                digests.digest(of: request)
            }
        }
        let inspected = register.evidence.map { record in
            let key = ObjectIdentifier(record)
            return inspectedFresh[key] ?? previous.results[key]!
        }
        var files: [String: [InspectedFile]] = [:]
        files.reserveCapacity(register.evidence.count)
        var usable = Set<String>(minimumCapacity: register.evidence.count)
        var referenced = Set<String>(minimumCapacity: register.evidenceFiles.count)
        for (record, result) in zip(register.evidence, inspected) {
            diagnostics.append(contentsOf: result.findings)
            if files.index(forKey: record.id) == nil { files[record.id] = result.files }
            if result.files.allSatisfy(\.usable), !result.files.isEmpty { usable.insert(record.id) }
            for file in result.files { if let path = file.registerPath { referenced.insert(path) } }
        }
        for record in register.unreadable { referenced.formUnion(record.files) }

        let coverage = CoverageCalculator.compute(register: register, index: index, usableEvidence: usable, asOf: asOf)
        let clauses = ClauseFulfilment.compute(register: register, coverage: coverage, asOf: asOf)
        let context = CheckContext(
            register: register, index: index, asOf: asOf, coverage: coverage, referencedFiles: referenced,
            clauses: clauses)
        let families: [any RegisterCheck.Type] = [
            StatementOfApplicabilityChecks.self, EvidenceChecks.self, CoverageChecks.self, ProcessingChecks.self,
            PartyChecks.self, ReviewDateChecks.self, DataSubjectRequestChecks.self, RiskChecks.self, ClauseChecks.self,
            ObjectiveChecks.self, InternalAuditChecks.self, NonconformityChecks.self, ManagementReviewChecks.self,
            IncidentChecks.self, SoAApprovalChecks.self,
        ]
        // The families are independent of each other: run them on all cores, report in this order.
        for found in families.parallelMap({ $0.findings(in: context) }) {
            diagnostics.append(contentsOf: found)
        }
        // What only the check needed (an index and a set per evidence file) is freed on another
        // core rather than before the report can be printed.
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime((inspected, context)) {} }
        let inspections = EvidenceInspections(
            results: Dictionary(
                zip(register.evidence.map(ObjectIdentifier.init), inspected), uniquingKeysWith: { first, _ in first }),
            records: register.evidence)
        return CheckReport(
            register: register, asOf: asOf, diagnostics: diagnostics, coverage: coverage, files: files,
            clauses: clauses, inspections: inspections)
    }
}
