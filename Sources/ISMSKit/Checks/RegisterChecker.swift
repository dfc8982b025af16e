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

    /// The same report with the files of evidence records replaced, as packing hashes them.
    func replacingFiles(_ files: [String: [InspectedFile]]) -> CheckReport {
        CheckReport(
            register: register, asOf: asOf, diagnostics: diagnostics, coverage: coverage, files: files, clauses: clauses
        )
    }
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

    /// Checks with a chosen way of reading evidence files (packing copies them as it hashes).
    static func check(
        _ loaded: LoadedRegister, asOf: CalendarDate, hashAll: Bool, digester: any EvidenceDigester
    ) -> CheckReport {
        let register = loaded.register
        var diagnostics = Diagnostics(loaded.findings)
        let index = RegisterIndex(register)
        diagnostics.append(contentsOf: index.duplicates)

        let inspector = EvidenceFileInspector(root: register.root, hashAll: hashAll, digester: digester)
        // Resolve and stat every record's files on all cores, hash all files on all cores (per
        // file, largest first), then assemble each record's result in the record's order.
        let staged = register.evidence.parallelMap { record in inspector.stage(record) }
        let digests = DigestSchedule(staged, digester: digester)
        let inspected = zip(register.evidence, staged).map { record, staged in
            inspector.finish(record, staged) { _, request in digests.digest(of: request) }
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
        return CheckReport(
            register: register, asOf: asOf, diagnostics: diagnostics, coverage: coverage, files: files,
            clauses: clauses)
    }
}
