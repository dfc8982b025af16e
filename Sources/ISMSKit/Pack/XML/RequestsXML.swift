/// Writes `<data-subject-requests>` of pack.xml: the register's deadline, the response times,
/// and each request of the audit period by reference number only. No name, contact detail or
/// outcome of a request is ever written; a reference that looks like contact details is left out.
enum RequestsXML {
    static func write(_ log: RequestLog, to writer: inout XMLWriter) {
        writer.start("data-subject-requests", [("deadline", log.deadline.description)])
        let times = log.responseTimes
        writer.empty(
            "response-times",
            [
                ("count", String(times.count)), ("answered", String(times.answered)), ("open", String(times.open)),
                ("overdue", String(times.overdue)), ("on-time", String(times.onTime)), ("late", String(times.late)),
                ("median-days", times.medianDays.map { ResponseTimes.text(days: $0) }),
                ("maximum-days", times.maximumDays.map(String.init)),
            ])
        for assessment in log.requests {
            let request = assessment.request
            writer.empty(
                "request",
                [
                    ("reference", request.shownReference),
                    ("reference-withheld", request.shownReference == nil ? "true" : nil),
                    ("right", request.right.rawValue), ("received", request.received.description),
                    ("identity-verified", request.identityVerified?.description),
                    ("due", assessment.due.description), ("answered", assessment.answered?.description),
                    ("days", assessment.daysToAnswer.map(String.init)),
                    ("on-time", assessment.onTime.map { $0 ? "true" : "false" }),
                    ("example", request.example ? "true" : "false"),
                ])
        }
        writer.end()
    }
}
