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
                    [minutes], in: "minutes", of: FindingSubject("management review", id: review.id), .minutes,
                    known: context.index.evidence, origin: review.origin)
            }
            let empty = ManagementReview.Input.allCases.filter { review.input($0) == nil }
            if !empty.isEmpty {
                findings.append(
                    Finding(
                        .reviewInputEmpty,
                        .reviewInputEmpty(review: review.id, empty),
                        at: review.origin.location(of: "inputs")))
            }
            for decision in review.decisions {
                for action in decision.actions where action.isOverdue(asOf: context.asOf) {
                    findings.append(
                        Finding(
                            .reviewActionOverdue,
                            .reviewActionOverdue(review: review.id, due: action.due!, action: action.action),
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
            .managementReviewOverdue(review: latest.id, held: day, due: due, interval: interval),
            at: latest.origin.location(of: "date"))
    }
}
