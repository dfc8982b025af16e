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
        /// Risks that name the control in their `controls` (not closed ones), by id.
        public let risks: [String]
        public let requirements: [String]
        public let status: Control.Status?
        public let owner: String
        /// Usable evidence supporting the control: the current first, then the rest, latest end first.
        public let evidence: [String]
        public let state: CoverageState
        /// False for an Annex A control the register has no record of.
        public let hasRecord: Bool
        /// When the decision is to be reviewed again (the record's `review-by`).
        public var reviewBy: CalendarDate? = nil
    }

    public static let columns: [ReportColumn<Entry>] = [
        .init("id", "Id") { .text($0.id) },
        .init("title", "Title") { .text($0.title) },
        .init("theme", "Theme") { .optional($0.theme?.rawValue) },
        .init("applicable", "Applicable") { .yesNo($0.applicable) },
        .init("justification", "Justification") { .text($0.justification) },
        .init("risks", "Risks") { .list($0.risks) },
        .init("requirements", "Requirements") { .list($0.requirements) },
        .init("status", "Status") { .optional($0.status?.rawValue) },
        .init("owner", "Owner") { .text($0.owner) },
        .init("evidence", "Evidence") { .list($0.evidence) },
        .init("state", "Evidence state") { .text($0.state.rawValue) },
        // Appended, so that the columns above keep their places in CSV files read by position.
        .init("review-by", "Review by") { .optional($0.reviewBy?.description) },
    ]

    /// Every control of the SoA in order, with its evidence state on the report's as-of date.
    public static func entries(_ report: CheckReport) -> [Entry] {
        let content = PackContent(report: report, language: report.register.settings.language)
        let risks = report.register.risksByControl
        let annexA = Dictionary(content.annexAControls.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [Entry] = []
        for catalog in AnnexACatalog.controls {
            guard let control = annexA[catalog.id] else {
                entries.append(
                    Entry(
                        id: catalog.id, title: catalog.title, theme: catalog.theme, applicable: nil, justification: "",
                        risks: [], requirements: [], status: nil, owner: "", evidence: [], state: .missing,
                        hasRecord: false))
                continue
            }
            entries.append(
                entry(
                    control, theme: catalog.theme, title: control.title.isEmpty ? catalog.title : nil,
                    risks: risks[control.id] ?? [], report))
        }
        for control in content.customControls {
            entries.append(entry(control, theme: nil, title: nil, risks: risks[control.id] ?? [], report))
        }
        return entries
    }

    /// The SoA of a check as a report table.
    public static func build(_ report: CheckReport) -> ReportTable {
        ReportTable(
            kind: "isms-soa", title: "Statement of Applicability",
            fields: [
                .init("organisation", "Organisation", .text(report.register.settings.organisation.name)),
                .init("as-of", "As of", .text(report.asOf.description)),
            ],
            rowsKey: "controls", columns: columns, rows: entries(report))
    }

    private static func entry(
        _ control: Control, theme: Theme?, title: String?, risks: [Risk], _ report: CheckReport
    ) -> Entry {
        let coverage = report.coverage[control.id]
        return Entry(
            id: control.id, title: title ?? control.title, theme: theme, applicable: control.applicable,
            justification: control.justification, risks: risks.map(\.id), requirements: control.requirements,
            status: control.status, owner: control.owner,
            evidence: evidenceIDs(coverage),
            state: coverage?.state ?? (control.applicable == false ? .notApplicable : .missing),
            hasRecord: true, reviewBy: control.reviewBy)
    }

    /// The ids of a record's usable evidence, current first, each once.
    static func evidenceIDs(_ coverage: RecordCoverage?) -> [String] {
        guard let coverage else { return [] }
        var seen = Set<String>()
        return (coverage.current + coverage.evidence).map(\.evidenceID).filter { seen.insert($0).inserted }
    }
}
