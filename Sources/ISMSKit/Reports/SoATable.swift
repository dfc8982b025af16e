/// The Statement of Applicability as a table: one row per control, the Annex A controls in the
/// standard's order, then the organisation's own controls by id. An Annex A control the register
/// has no record of still has its row (title from the catalog, applicability undecided, state
/// missing), so the table always lists all 93.
public enum SoATable {
    /// One control as the SoA shows it.
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let title: String
        /// The Annex A theme; nil for the organisation's own controls.
        public let theme: Theme?
        public let applicable: Bool?
        public let justification: String
        public let status: Control.Status?
        public let owner: String
        /// Usable evidence supporting the control: the current first, then the rest, latest end first.
        public let evidence: [String]
        public let state: CoverageState
        /// False for an Annex A control the register has no record of.
        public let hasRecord: Bool
    }

    public static let columns: [ReportTable.Column] = [
        .init("id", "Id"), .init("title", "Title"), .init("theme", "Theme"), .init("applicable", "Applicable"),
        .init("justification", "Justification"), .init("status", "Status"), .init("owner", "Owner"),
        .init("evidence", "Evidence"), .init("state", "Evidence state"),
    ]

    /// Every control of the SoA in order, with its evidence state on the report's as-of date.
    public static func entries(_ report: CheckReport) -> [Entry] {
        let content = PackContent(report: report, language: report.register.settings.language)
        let annexA = Dictionary(content.annexAControls.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [Entry] = []
        for catalog in AnnexACatalog.controls {
            guard let control = annexA[catalog.id] else {
                entries.append(
                    Entry(
                        id: catalog.id, title: catalog.title, theme: catalog.theme, applicable: nil, justification: "",
                        status: nil, owner: "", evidence: [], state: .missing, hasRecord: false))
                continue
            }
            entries.append(
                entry(control, theme: catalog.theme, title: control.title.isEmpty ? catalog.title : nil, report))
        }
        for control in content.customControls { entries.append(entry(control, theme: nil, title: nil, report)) }
        return entries
    }

    /// The SoA of a check as a report table.
    public static func build(_ report: CheckReport) -> ReportTable {
        let rows = entries(report).map { entry -> [ReportCell] in
            [
                .text(entry.id), .text(entry.title), .optional(entry.theme?.rawValue), .yesNo(entry.applicable),
                .text(entry.justification), .optional(entry.status?.rawValue), .text(entry.owner),
                .list(entry.evidence), .text(entry.state.rawValue),
            ]
        }
        return ReportTable(
            kind: "isms-soa", title: "Statement of Applicability",
            fields: [
                .init("organisation", "Organisation", .text(report.register.settings.organisation.name)),
                .init("as-of", "As of", .text(report.asOf.description)),
            ],
            rowsKey: "controls", columns: columns, rows: rows)
    }

    private static func entry(_ control: Control, theme: Theme?, title: String?, _ report: CheckReport) -> Entry {
        let coverage = report.coverage[control.id]
        return Entry(
            id: control.id, title: title ?? control.title, theme: theme, applicable: control.applicable,
            justification: control.justification, status: control.status, owner: control.owner,
            evidence: evidenceIDs(coverage),
            state: coverage?.state ?? (control.applicable == false ? .notApplicable : .missing),
            hasRecord: true)
    }

    /// The ids of a record's usable evidence, current first, each once.
    static func evidenceIDs(_ coverage: RecordCoverage?) -> [String] {
        guard let coverage else { return [] }
        var seen = Set<String>()
        return (coverage.current + coverage.evidence).map(\.evidenceID).filter { seen.insert($0).inserted }
    }
}
