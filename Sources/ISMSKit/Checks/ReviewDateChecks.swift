/// Decisions are revisited: a control or processing activity past its `review-by` date is
/// reported (W203), and an excluded Annex A control must carry a `review-by` date at all (W204),
/// so that each exclusion and its justification come up again every audit cycle.
enum ReviewDateChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for control in context.register.controls {
            if let reviewBy = control.reviewBy, reviewBy < context.asOf {
                findings.append(
                    Finding(
                        .reviewOverdue,
                        .controlReviewOverdue(control.id, reviewBy: reviewBy),
                        at: control.origin.location(of: "review-by")))
            }
            if control.applicable == false, control.reviewBy == nil, context.isInAnnexAFolder(control),
                control.catalogEntry != nil
            {
                findings.append(
                    Finding(
                        .exclusionWithoutReviewDate,
                        .exclusionWithoutReviewDate(control.id),
                        at: control.origin.location(of: "applicable")))
            }
        }
        for activity in context.register.processing {
            if let reviewBy = activity.reviewBy, reviewBy < context.asOf {
                findings.append(
                    Finding(
                        .reviewOverdue,
                        .processingReviewOverdue(activity.id, reviewBy: reviewBy),
                        at: activity.origin.location(of: "review-by")))
            }
        }
        return findings
    }
}
