/// The cells of the RoPA that GDPR Art. 6, 9(2) and 30(2) add to the plain Art. 30(1) fields.
extension RoPATable {
    /// The DPO and the EU representative (Art. 30(1)(a)): on every CSV row and in the Markdown
    /// header, as the controller is, when isms.yaml names them; in JSON always (`null` when not).
    static func officers(_ organisation: RegisterSettings.Organisation) -> [ReportTable.Field] {
        [
            .init("dpo", "Data protection officer", .optional(organisation.dpo), inEveryRow: true, optional: true),
            .init(
                "eu-representative", "Representative in the EU", .optional(organisation.euRepresentative),
                inEveryRow: true, optional: true),
        ]
    }

    /// The text of each Art. 9(2) condition, with its article.
    public static func conditionText(_ condition: SpecialCategoryCondition) -> String {
        "\(condition.rawValue) (GDPR Art. \(condition.article))"
    }

    /// One basis as before (its text; a string in JSON), several joined (a list in JSON), none empty (null).
    static func legalBases(_ bases: [ProcessingActivity.LegalBasis]) -> ReportCell {
        let text = bases.map(legalBasisText).joined(separator: ReportCell.listSeparator)
        switch bases.count {
        case 0: return ReportCell(text: "", value: .null)
        case 1: return ReportCell(text: text, value: .string(bases[0].rawValue))
        default: return ReportCell(text: text, value: .array(bases.map { .string($0.rawValue) }))
        }
    }

    /// `purpose: basis` per purpose; objects with purpose and legal-basis (null when unknown) in JSON.
    static func purposeBases(_ activity: ProcessingActivity) -> ReportCell {
        let pairs = activity.purposes.map { ($0.text, activity.basis(of: $0)) }
        let texts = pairs.map { "\($0.0): \($0.1?.rawValue ?? "not stated")" }
        let values = pairs.map { text, basis -> ReportValue in
            .object(["purpose": .string(text), "legal-basis": basis.map { .string($0.rawValue) } ?? .null])
        }
        return ReportCell(text: texts.joined(separator: ReportCell.listSeparator), value: .array(values))
    }

    static func conditions(_ conditions: [SpecialCategoryCondition]) -> ReportCell {
        ReportCell(
            text: conditions.map(conditionText).joined(separator: ReportCell.listSeparator),
            value: .array(conditions.map { .string($0.rawValue) }))
    }

    /// A processor's controllers: a party's name for a party id, else the name as written; objects
    /// with id (null for a plain name) and name in JSON.
    static func controllers(_ entries: [String], _ parties: [String: Party]) -> ReportCell {
        let texts = entries.map { parties[$0]?.name ?? $0 }
        let values = entries.map { entry -> ReportValue in
            guard let party = parties[entry] else { return .object(["id": .null, "name": .string(entry)]) }
            return .object(["id": .string(entry), "name": .string(party.name)])
        }
        return ReportCell(text: texts.joined(separator: ReportCell.listSeparator), value: .array(values))
    }
}
