/// Everything an audit pack shows, drawn from one check of the register on the as-of date.
/// The XML and HTML renderers read only this, so both show the same facts.
public struct PackContent: Sendable {
    /// The check, run with every evidence file hashed.
    public let report: CheckReport
    public let language: ReportLanguage
    /// Annex A controls in the standard's order (A.5.1, A.5.2 ... A.5.10), one per id.
    public let annexAControls: [Control]
    /// The organisation's own controls (and any control the catalog lacks), by id.
    public let customControls: [Control]
    public let processing: [ProcessingActivity]
    public let parties: [Party]
    /// Evidence records that support at least one known record, by id: what the pack carries.
    public let evidence: [EvidenceRecord]
    /// Incidents in register order, one per id.
    public let incidents: [Incident]

    /// Builds every ordered view once, so renderers never sort or filter in their loops.
    public init(report: CheckReport, language: ReportLanguage) {
        self.report = report
        self.language = language
        let register = report.register
        let annex = Self.unique(register.controls.filter { $0.catalogEntry != nil })
            .map { (order: $0.catalogEntry?.order ?? [], control: $0) }
            .sorted { $0.order.lexicographicallyPrecedes($1.order) }.map(\.control)
        annexAControls = annex
        let annexIDs = Set(annex.map(\.id))
        customControls = Self.unique(register.controls.filter { !annexIDs.contains($0.id) }).sorted { $0.id < $1.id }
        processing = Self.unique(register.processing).sorted { $0.id < $1.id }
        parties = Self.unique(register.parties).sorted { $0.id < $1.id }
        evidence = Self.unique(register.evidence).filter { record in
            record.supports.contains { report.coverage[$0] != nil }
        }.sorted { $0.id < $1.id }
        incidents = Self.unique(register.incidents)
    }

    public var register: Register { report.register }
    public var asOf: CalendarDate { report.asOf }

    /// The files of an evidence record as inspected (with size and SHA-256 when usable).
    public func files(of record: EvidenceRecord) -> [InspectedFile] { report.files[record.id] ?? [] }

    /// Where a register file sits inside the pack: under `evidence/`, keeping its register path.
    public static func packPath(forRegisterPath path: String) -> String {
        path.hasPrefix(RegisterLayout.evidenceFolder + "/") ? path : RegisterLayout.evidenceFolder + "/" + path
    }

    /// The coverage of a control, processing activity or party on the as-of date.
    public func coverage(of id: String) -> RecordCoverage? { report.coverage[id] }

    /// Keeps the first record of each id (register order is path order), as the checker's index does.
    private static func unique<T: Identified>(_ records: [T]) -> [T] {
        var seen = Set<String>()
        return records.filter { seen.insert($0.id).inserted }
    }
}

/// Records that carry an id.
protocol Identified { var id: String { get } }
extension Control: Identified {}
extension ProcessingActivity: Identified {}
extension Party: Identified {}
extension EvidenceRecord: Identified {}
extension Incident: Identified {}
