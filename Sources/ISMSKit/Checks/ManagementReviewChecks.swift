/// Management reviews (9.3): minutes that exist, a review held within
/// `management-review.interval` (E706), every input of 9.3.2 recorded (W707), and the actions
/// decided done on time (W708).
enum ManagementReviewChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        let reviews = context.register.reviews
        guard !reviews.isEmpty else { return [] }
        var findings: [Finding] = []
        for review in reviews {
            if let minutes = review.minutes {
                findings += context.unknownIDs(
                    [minutes], in: "minutes", of: "management review \(review.id)",
                    "names as its minutes unknown evidence", known: context.index.evidence, origin: review.origin)
            }
            let empty = ManagementReview.Input.allCases.filter { review.input($0) == nil }
            if !empty.isEmpty {
                findings.append(
                    Finding(
                        .reviewInputEmpty,
                        "management review \(review.id) records nothing for \(empty.map { "`\($0.rawValue)` (\($0.title))" }.joined(separator: ", ")): write what the review considered under \(empty.count == 1 ? "it" : "each")",
                        at: review.origin.location(of: "inputs")))
            }
            for decision in review.decisions {
                for action in decision.actions where action.isOverdue(asOf: context.asOf) {
                    findings.append(
                        Finding(
                            .reviewActionOverdue,
                            "action of management review \(review.id) was due on \(action.due!) and is not done (\(action.action)): do it and record `done`, or have the next review replan it",
                            at: action.location))
                }
            }
        }
        if let overdue = overdue(reviews, context) { findings.append(overdue) }
        return findings
    }

    /// E706: reviews were held, but the latest is older than the interval. With none held at all,
    /// clause 9.3's E700 says it (or evidence supports 9.3 and nothing is said).
    private static func overdue(_ reviews: [ManagementReview], _ context: CheckContext) -> Finding? {
        let held = reviews.filter { $0.isHeld(asOf: context.asOf) }
        guard let latest = held.max(by: { $0.date! < $1.date! }), let day = latest.date else { return nil }
        let interval = context.settings.managementSystem.reviewInterval
        let due = interval.after(day)
        guard due < context.asOf else { return nil }
        return Finding(
            .managementReviewOverdue,
            "the last management review, \(latest.id), was held on \(day) and the next was due by \(due) (`management-review.interval` \(interval)): hold the review and record it",
            at: latest.origin.location(of: "date"))
    }
}
