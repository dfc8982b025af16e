/// Data-subject requests answered within the register's deadline (`defaults.request-deadline`),
/// with possible dates, unique references and no contact details in the record.
///
/// A request is due (the last day to answer on time) on `received` + deadline: open after its due
/// date it is overdue (E500); open with the due date at most 7 days ahead, due soon (W500);
/// answered after its due date, late (W501). A request with an impossible date (E501) is not
/// judged against the deadline.
enum DataSubjectRequestChecks: RegisterCheck {
    /// An open request is due soon when its due date is at most this many days ahead.
    static let dueSoonDays = 7

    static func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let deadline = context.settings.requestDeadline
        var seen: [String: DataSubjectRequest] = [:]
        for request in context.register.requests {
            if let first = seen[request.reference] {
                findings.append(
                    Finding(
                        .duplicateID, "\(request.subject) uses the reference of \(first.origin.start.description)",
                        at: request.origin.location(of: "reference")))
            } else {
                seen[request.reference] = request
            }
            findings += personalData(request)
            let impossible = impossibleDates(request, asOf: context.asOf)
            findings += impossible
            if impossible.isEmpty { findings += timeliness(request, deadline: deadline, asOf: context.asOf) }
        }
        return findings
    }

    private static func personalData(_ request: DataSubjectRequest) -> [Finding] {
        var findings: [Finding] = []
        if request.referenceLooksPersonal {
            findings.append(
                Finding(
                    .requestMayHoldPersonalData,
                    "the `reference` of the request in \(request.origin.path) looks like an e-mail address or phone number; use a reference number such as `DSR-2026-001`",
                    at: request.origin.location(of: "reference")))
        }
        if let outcome = request.outcome, PersonalDataPattern.matches(outcome) {
            findings.append(
                Finding(
                    .requestMayHoldPersonalData,
                    "the `outcome` of \(request.subject) looks like it holds an e-mail address or phone number; describe the answer without contact details",
                    at: request.origin.location(of: "outcome")))
        }
        return findings
    }

    private static func impossibleDates(_ request: DataSubjectRequest, asOf: CalendarDate) -> [Finding] {
        var findings: [Finding] = []
        if request.received > asOf {
            findings.append(
                Finding(
                    .requestDateImpossible,
                    "\(request.subject) was received on \(request.received), after the as-of date \(asOf)",
                    at: request.origin.location(of: "received")))
        }
        for (key, date) in [("identity-verified", request.identityVerified), ("answered", request.answered)] {
            guard let date else { continue }
            if date < request.received {
                findings.append(
                    Finding(
                        .requestDateImpossible,
                        "`\(key)` \(date) of \(request.subject) is before it was received (\(request.received))",
                        at: request.origin.location(of: key)))
            } else if date > asOf {
                findings.append(
                    Finding(
                        .requestDateImpossible,
                        "`\(key)` \(date) of \(request.subject) is after the as-of date \(asOf)",
                        at: request.origin.location(of: key)))
            }
        }
        return findings
    }

    private static func timeliness(_ request: DataSubjectRequest, deadline: Period, asOf: CalendarDate) -> [Finding] {
        let assessment = RequestAssessment(request, deadline: deadline, asOf: asOf)
        let due = assessment.due
        if let answered = assessment.answered {
            guard answered > due, let days = assessment.daysToAnswer else { return [] }
            return [
                Finding(
                    .requestAnsweredLate,
                    "\(request.subject) (\(request.right.rawValue)) was answered on \(answered), \(days) days after it was received on \(request.received): after its due date \(due) (\(deadline))",
                    at: request.origin.location(of: "answered"))
            ]
        }
        if assessment.isOverdue {
            return [
                Finding(
                    .requestOverdue,
                    "\(request.subject) (\(request.right.rawValue)), received on \(request.received), is still open after its due date \(due) (\(deadline))",
                    at: request.origin.start)
            ]
        }
        if assessment.daysLeft <= dueSoonDays {
            let left: String
            switch assessment.daysLeft {
            case 0: left = "today"
            case 1: left = "tomorrow"
            default: left = "in \(assessment.daysLeft) days"
            }
            return [
                Finding(
                    .requestDueSoon,
                    "\(request.subject) (\(request.right.rawValue)), received on \(request.received), is open and due \(left), on \(due) (\(deadline))",
                    at: request.origin.start)
            ]
        }
        return []
    }
}
