/// Everything an audit pack shows, drawn from one check of the register on the as-of date.
/// The XML and HTML renderers read only this, so both show the same facts.
public struct PackContent: Sendable {
    /// The check, run with every evidence file hashed.
    public let report: CheckReport
    public let language: ReportLanguage

    public init(report: CheckReport, language: ReportLanguage) {
        self.report = report
        self.language = language
    }

    public var register: Register { report.register }
    public var asOf: CalendarDate { report.asOf }

    /// Annex A controls in the standard's order (A.5.1, A.5.2 ... A.5.10), one per id.
    public var annexAControls: [Control] {
        unique(register.controls.filter { $0.catalogEntry != nil })
            .sorted { ($0.catalogEntry?.order ?? []).lexicographicallyPrecedes($1.catalogEntry?.order ?? []) }
    }

    /// The organisation's own controls (and any control the catalog lacks), by id.
    public var customControls: [Control] {
        let annex = Set(annexAControls.map(\.id))
        return unique(register.controls.filter { !annex.contains($0.id) }).sorted { $0.id < $1.id }
    }

    public var processing: [ProcessingActivity] { unique(register.processing).sorted { $0.id < $1.id } }
    public var parties: [Party] { unique(register.parties).sorted { $0.id < $1.id } }

    /// Evidence records that support at least one known record, by id: what the pack carries.
    public var evidence: [EvidenceRecord] {
        unique(register.evidence).filter { record in record.supports.contains { report.coverage[$0] != nil } }
            .sorted { $0.id < $1.id }
    }

    /// The files of an evidence record as inspected (with size and SHA-256 when usable).
    public func files(of record: EvidenceRecord) -> [InspectedFile] { report.files[record.id] ?? [] }

    /// Where a register file sits inside the pack: under `evidence/`, keeping its register path.
    public static func packPath(forRegisterPath path: String) -> String {
        path.hasPrefix(RegisterLayout.evidenceFolder + "/") ? path : RegisterLayout.evidenceFolder + "/" + path
    }

    /// The coverage of a control, processing activity or party on the as-of date.
    public func coverage(of id: String) -> RecordCoverage? { report.coverage[id] }

    /// Keeps the first record of each id (register order is path order), as the checker's index does.
    private func unique<T>(_ records: [T]) -> [T] where T: Identified {
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
