/// The clauses of ISO/IEC 27001 that require documented information, each met on the as-of date
/// by current evidence that supports it or by the register's own records (`ClauseFulfilment`).
enum ClauseChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        context.clauses.filter { !$0.isMet }.map { fulfilment in
            let clause = fulfilment.clause
            return Finding(
                .clauseUndocumented,
                "clause \(clause.number) (\(clause.title)) requires documented information but has none current on \(context.asOf): add evidence with `supports: [\(clause.id)]`"
                    + (records(for: clause.number).map { ", or \($0)" } ?? ""),
                at: context.settings.origin.start)
        }
    }

    /// The register records that would meet a clause, as `ClauseFulfilment.records` reads them.
    static func records(for number: String) -> String? {
        switch number {
        case "4.3": "write the ISMS `scope` in isms.yaml"
        case "6.1.2": "assess risks in \(RegisterLayout.risksFolder)/ by the `risk` method of isms.yaml"
        case "6.1.3": "record the risk treatment plan (`treatment` of assessed risks) beside the SoA"
        case "8.2": "record the risk assessments in \(RegisterLayout.risksFolder)/"
        case "8.3": "record the risk treatment (`treatment` of assessed risks) in \(RegisterLayout.risksFolder)/"
        case "6.2": "record the objectives with their `measure` in \(RegisterLayout.objectivesFolder)/"
        case "9.2": "record a performed internal audit in \(RegisterLayout.auditsFolder)/"
        case "9.3": "record a held management review in \(RegisterLayout.reviewsFolder)/"
        case "10.2":
            "record the nonconformities and their corrective actions in \(RegisterLayout.nonconformitiesFolder)/"
        default: nil
        }
    }
}
