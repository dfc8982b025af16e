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
                        .duplicateID,
                        .requestReferenceDuplicate(request.findingSubject, firstAt: first.origin.start.description),
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
                    .requestReferencePersonal(path: request.origin.path),
                    at: request.origin.location(of: "reference")))
        }
        if let outcome = request.outcome, PersonalDataPattern.matches(outcome) {
            findings.append(
                Finding(
                    .requestMayHoldPersonalData,
                    .requestOutcomePersonal(request.findingSubject),
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
                    .requestReceivedAfterAsOf(request.findingSubject, received: request.received, asOf: asOf),
                    at: request.origin.location(of: "received")))
        }
        for (key, date) in [("identity-verified", request.identityVerified), ("answered", request.answered)] {
            guard let date else { continue }
            if date < request.received {
                findings.append(
                    Finding(
                        .requestDateImpossible,
                        .requestDateBeforeReceived(key: key, date, request.findingSubject, received: request.received),
                        at: request.origin.location(of: key)))
            } else if date > asOf {
                findings.append(
                    Finding(
                        .requestDateImpossible,
                        .requestDateAfterAsOf(key: key, date, request.findingSubject, asOf: asOf),
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
                    .requestAnsweredLate(
                        request.findingSubject, request.right, answered: answered, days: days,
                        received: request.received,
                        due: due, deadline: deadline),
                    at: request.origin.location(of: "answered"))
            ]
        }
        if assessment.isOverdue {
            return [
                Finding(
                    .requestOverdue,
                    .requestOverdue(
                        request.findingSubject, request.right, received: request.received, due: due, deadline: deadline),
                    at: request.origin.start)
            ]
        }
        if assessment.daysLeft <= dueSoonDays {
            return [
                Finding(
                    .requestDueSoon,
                    .requestDueSoon(
                        request.findingSubject, request.right, received: request.received,
                        daysLeft: assessment.daysLeft, due: due, deadline: deadline),
                    at: request.origin.start)
            ]
        }
        return []
    }
}

extension DataSubjectRequest {
    /// How findings name the request: by its reference, or by its file when the reference must not be shown.
    var findingSubject: FindingSubject {
        shownReference.map { FindingSubject("request", id: $0) } ?? .request(in: origin.path)
    }
}
