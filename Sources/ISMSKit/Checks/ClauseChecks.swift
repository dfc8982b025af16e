/// The clauses of ISO/IEC 27001 that require documented information, each met on the as-of date
/// by current evidence that supports it or by the register's own records (`ClauseFulfilment`).
enum ClauseChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        context.clauses.filter { !$0.isMet }.map { fulfilment in
            let clause = fulfilment.clause
            return Finding(
                .clauseUndocumented,
                .clauseUndocumented(clause, asOf: context.asOf),
                at: context.settings.origin.start)
        }
    }

}
