/// An information security objective (ISO/IEC 27001 6.2): what is to be achieved, how it is
/// measured against a target, who owns it, by when, and the measurements taken so far.
public struct Objective: Sendable, Hashable, Codable {
    /// Which side of the target meets it.
    public enum Direction: String, Sendable, CaseIterable, Codable {
        /// Met when the value is the target or more (availability, training completion).
        case atLeast = "at-least"
        /// Met when the value is the target or less (incidents, days to patch).
        case atMost = "at-most"
    }

    public enum Status: String, Sendable, CaseIterable, Codable {
        case active, achieved, withdrawn
    }

    /// How the objective is measured (6.2 b, 6.2 e, 9.1).
    public struct Measure: Sendable, Hashable, Codable {
        /// What is measured, in words.
        public var what: String
        public var target: Quantity
        public var unit: String
        public var direction: Direction
        /// How often a measurement is expected; nil means once per management review interval.
        public var every: Period?
        public var location: SourceLocation

        /// True when `value` meets the target.
        public func isMet(by value: Quantity) -> Bool {
            switch direction {
            case .atLeast: value.value >= target.value
            case .atMost: value.value <= target.value
            }
        }
    }

    /// One measurement: when, and the value found.
    public struct Measurement: Sendable, Hashable, Codable {
        public var date: CalendarDate
        public var value: Quantity
        public var note: String?
        public var location: SourceLocation
    }

    public var id: String
    /// The objective in one sentence.
    public var objective: String
    public var measure: Measure?
    public var owner: String
    public var due: CalendarDate?
    /// In the order written; `latest(asOf:)` picks by date.
    public var measurements: [Measurement]
    public var status: Status?
    /// Controls and risks the objective serves.
    public var controls: [String]
    public var risks: [String]
    public var example: Bool
    public var origin: RecordOrigin

    /// The last measurement taken on or before `asOf`.
    public func latest(asOf: CalendarDate) -> Measurement? {
        measurements.filter { $0.date <= asOf }.max { $0.date < $1.date }
    }

    /// True when the latest measurement on `asOf` meets the target; nil when there is none.
    public func isMet(asOf: CalendarDate) -> Bool? {
        guard let measure, let latest = latest(asOf: asOf) else { return nil }
        return measure.isMet(by: latest.value)
    }
}
