/// A request by a data subject to exercise a right of GDPR Chapter III (or to withdraw consent,
/// Art. 7(3)), recorded under controls/requests/ by its reference number: never by the person's
/// name or contact details, which stay in the request file itself.
public struct DataSubjectRequest: Sendable, Hashable, Codable {
    /// The right the data subject exercises.
    public enum Right: String, Sendable, CaseIterable, Codable {
        /// Art. 15.
        case access
        /// Art. 16.
        case rectification
        /// Art. 17.
        case erasure
        /// Art. 18.
        case restriction
        /// Art. 21.
        case objection
        /// Art. 20.
        case portability
        /// Art. 7(3).
        case withdrawalOfConsent = "withdrawal-of-consent"
    }

    /// The request's reference number, such as `DSR-2026-001`.
    public var reference: String
    public var right: Right
    public var received: CalendarDate
    /// The day the requester's identity was verified, when that was needed and done.
    public var identityVerified: CalendarDate?
    /// The day the request was answered; nil while it is open.
    public var answered: CalendarDate?
    /// What the answer was; may be absent while the request is open.
    public var outcome: String?
    /// An illustrative sample rather than a real request.
    public var example: Bool
    public var origin: RecordOrigin

    /// The last day to answer on time: `received` plus the deadline (received on Monday
    /// 2026-03-02 with a deadline of 4 weeks: due Monday 2026-03-30), as GDPR periods are counted
    /// (Regulation 1182/71, Art. 3(2)(c)). From the day after, the request is late.
    public func due(deadline: Period) -> CalendarDate { deadline.after(received) }

    /// True when the reference looks like an e-mail address or a phone number: output then leaves
    /// it out, so that a pack never carries contact details.
    public var referenceLooksPersonal: Bool { PersonalDataPattern.matches(reference) }

    /// The reference when it is safe to show, else nil.
    public var shownReference: String? { referenceLooksPersonal ? nil : reference }

    /// How findings name the request: by its reference, or by its file when the reference must not be shown.
    public var subject: String {
        shownReference.map { "request \($0)" } ?? "the request in \(origin.path)"
    }
}

/// A data-subject request as it stands on the as-of date.
public struct RequestAssessment: Sendable, Hashable {
    public let request: DataSubjectRequest
    public let asOf: CalendarDate
    /// The last day to answer on time: `received` + the register's `request-deadline`.
    public let due: CalendarDate
    /// The answer date, when the request was answered on or before the as-of date (and not before
    /// it was received); nil while the request is open on that day.
    public let answered: CalendarDate?

    public init(_ request: DataSubjectRequest, deadline: Period, asOf: CalendarDate) {
        self.request = request
        self.asOf = asOf
        due = request.due(deadline: deadline)
        if let answered = request.answered, answered <= asOf, answered >= request.received {
            self.answered = answered
        } else {
            self.answered = nil
        }
    }

    /// Days from receipt to answer; nil while open.
    public var daysToAnswer: Int? { answered.map { request.received.days(until: $0) } }

    public var isOpen: Bool { answered == nil }

    /// Open after its due date.
    public var isOverdue: Bool { answered == nil && asOf > due }

    /// Days from the as-of date to the due date: 0 on the due date, negative once overdue.
    public var daysLeft: Int { asOf.days(until: due) }

    /// True when answered on or before the due date; false when answered after it, or still open
    /// after it; nil while open up to it.
    public var onTime: Bool? {
        if let answered { return answered <= due }
        return isOverdue ? false : nil
    }
}

/// Response times of a set of requests: how many, how many answered, open, overdue, on time and
/// late, and the median and maximum number of days to answer (of the answered requests).
public struct ResponseTimes: Sendable, Hashable {
    public let count: Int
    public let answered: Int
    public let open: Int
    public let overdue: Int
    public let onTime: Int
    public let late: Int
    /// The median of the days to answer; the mean of the two middle values for an even count.
    public let medianDays: Double?
    public let maximumDays: Int?

    public init(_ assessments: [RequestAssessment]) {
        let days = assessments.compactMap(\.daysToAnswer)
        count = assessments.count
        answered = days.count
        open = assessments.count(where: \.isOpen)
        overdue = assessments.count(where: \.isOverdue)
        onTime = assessments.count { $0.onTime == true }
        late = assessments.count { $0.answered != nil && $0.onTime == false }
        medianDays = Self.median(days)
        maximumDays = days.max()
    }

    /// The median of whole numbers: the middle value, or the mean of the two middle values.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return Double(sorted[middle]) }
        return Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// A number of days as pack.xml and index.html write it: `12`, or `12.5` for a half.
    public static func text(days: Double) -> String {
        let whole = days.rounded(.down)
        if whole == days { return String(Int(whole)) }
        return String(Int(whole)) + ".5"
    }
}

/// The requests an audit pack shows: those received within the audit period, up to the as-of
/// date, oldest first, with their response times and the register's deadline.
public struct RequestLog: Sendable, Hashable {
    public let deadline: Period
    public let requests: [RequestAssessment]
    public let responseTimes: ResponseTimes

    public init(register: Register, asOf: CalendarDate) {
        let settings = register.settings
        deadline = settings.requestDeadline
        let audit = settings.audit
        requests = register.requests
            .filter { $0.received >= audit.periodStart && $0.received <= audit.periodEnd && $0.received <= asOf }
            .sorted { ($0.received, $0.reference, $0.origin.path) < ($1.received, $1.reference, $1.origin.path) }
            .map { RequestAssessment($0, deadline: settings.requestDeadline, asOf: asOf) }
        responseTimes = ResponseTimes(requests)
    }
}

extension PackContent {
    /// The data-subject requests of the audit period, as pack.xml and index.html show them.
    public var requestLog: RequestLog { RequestLog(register: register, asOf: asOf) }
}
