/// The GDPR Art. 30 record of processing activities as a table: one row per activity by id,
/// with the controller's name and contact, DPO and EU representative (Art. 30(1)(a)) and every
/// other field of Art. 30(1); processing carried out as a processor (Art. 30(2)) is a row of its
/// own role, with its controllers and categories of processing. Plus the state of the activity's
/// evidence on the as-of date.
public enum RoPATable {
    public static let columns: [ReportTable.Column] = [
        .init("id", "Id"), .init("name", "Name of the processing"), .init("purposes", "Purposes"),
        .init("legal-basis", "Legal basis"), .init("data-subjects", "Categories of data subjects"),
        .init("data-categories", "Categories of personal data"),
        .init("special-categories", "Special categories of personal data"), .init("recipients", "Recipients"),
        .init("transfers", "Transfers to third countries and safeguards"), .init("retention", "Retention"),
        .init("controls", "Technical and organisational security measures"),
        .init("automated-decisions", "Automated decision-making"), .init("minors", "Minors"),
        .init("source", "Source"), .init("evidence", "Evidence"), .init("state", "Evidence state"),
        // Appended, so that the columns above keep their places in CSV files read by position.
        .init("role", "Role (controller: Art. 30(1); processor: Art. 30(2))"),
        .init("controllers", "Controllers on whose behalf (processor)"),
        .init("processing-categories", "Categories of processing (processor)"),
        .init("purpose-bases", "Legal basis per purpose"),
        .init("special-categories-condition", "Condition for special categories (GDPR Art. 9(2))"),
    ]

    /// The text of each legal basis, with its article.
    public static func legalBasisText(_ basis: ProcessingActivity.LegalBasis) -> String {
        switch basis {
        case .consent: "consent (GDPR Art. 6(1)(a))"
        case .contract: "contract (GDPR Art. 6(1)(b))"
        case .legalObligation: "legal obligation (GDPR Art. 6(1)(c))"
        case .vitalInterests: "vital interests (GDPR Art. 6(1)(d))"
        case .publicTask: "public task (GDPR Art. 6(1)(e))"
        case .legitimateInterests: "legitimate interests (GDPR Art. 6(1)(f))"
        }
    }

    public static func build(_ report: CheckReport) -> ReportTable {
        let content = PackContent(report: report, language: report.register.settings.language)
        let parties = Dictionary(content.parties.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let controls = Dictionary(report.register.controls.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let organisation = report.register.settings.organisation
        let rows = content.processing.map { activity -> [ReportCell] in
            let coverage = report.coverage[activity.id]
            return [
                .text(activity.id), .text(activity.name), .list(activity.purposeTexts),
                legalBases(activity.legalBases), .list(activity.dataSubjects), .list(activity.dataCategories),
                .list(activity.specialCategories, whenEmpty: "none"),
                recipients(activity.recipients, parties), transfers(activity.transfers),
                .optional(activity.retention), measures(activity.controls, controls),
                .yesNo(activity.automatedDecisions), .optional(activity.minors), .optional(activity.source),
                .list(SoATable.evidenceIDs(coverage)), .text((coverage?.state ?? .missing).rawValue),
                .text(activity.role.rawValue), controllers(activity.controllers, parties),
                .list(activity.processingCategories), purposeBases(activity),
                conditions(activity.specialCategoryConditions),
            ]
        }
        let asProcessor = report.register.processing.contains { $0.role == .processor }
        return ReportTable(
            kind: "isms-ropa",
            title: "Record of processing activities (GDPR Art. 30(1)\(asProcessor ? " and 30(2)" : ""))",
            fields: [
                .init("controller", "Controller", .text(organisation.name), inEveryRow: true),
                .init("controller-contact", "Controller contact", .text(organisation.contactEmail), inEveryRow: true),
            ] + officers(organisation) + [
                .init(
                    "request-deadline", "Data-subject requests answered within",
                    .text(report.register.settings.requestDeadline.description)),
                .init("as-of", "As of", .text(report.asOf.description)),
            ],
            rowsKey: "activities", columns: columns, rows: rows)
    }

    /// `Name (role)` per recipient; objects with id, name and role in JSON (null for an unknown party).
    private static func recipients(_ ids: [String], _ parties: [String: Party]) -> ReportCell {
        let texts = ids.map { id in
            guard let party = parties[id] else { return "\(id) (unknown party)" }
            return "\(party.name) (\(roleText(party.role)))"
        }
        let values = ids.map { id -> ReportValue in
            let party = parties[id]
            return .object([
                "id": .string(id), "name": party.map { .string($0.name) } ?? .null,
                "role": party.map { .string($0.role.rawValue) } ?? .null,
            ])
        }
        return ReportCell(
            text: texts.isEmpty ? "none" : texts.joined(separator: ReportCell.listSeparator), value: .array(values))
    }

    private static func roleText(_ role: Party.Role) -> String {
        role == .jointController ? "joint controller" : role.rawValue
    }

    /// `US: DPF` per transfer; objects with country and safeguard in JSON.
    private static func transfers(_ transfers: [ProcessingActivity.Transfer]) -> ReportCell {
        let texts = transfers.map { "\($0.country): \($0.safeguard?.rawValue ?? "no safeguard stated")" }
        let values = transfers.map { transfer -> ReportValue in
            .object([
                "country": .string(transfer.country),
                "safeguard": transfer.safeguard.map { .string($0.rawValue) } ?? .null,
            ])
        }
        return ReportCell(
            text: texts.isEmpty ? "none" : texts.joined(separator: ReportCell.listSeparator), value: .array(values))
    }

    /// `A.8.24 Use of cryptography` per protecting control; objects with id and title in JSON.
    private static func measures(_ ids: [String], _ controls: [String: Control]) -> ReportCell {
        let texts = ids.map { id in
            guard let control = controls[id], !control.title.isEmpty else { return id }
            return "\(id) \(control.title)"
        }
        let values = ids.map { id -> ReportValue in
            .object(["id": .string(id), "title": controls[id].map { .string($0.title) } ?? .null])
        }
        return ReportCell(text: texts.joined(separator: ReportCell.listSeparator), value: .array(values))
    }
}
