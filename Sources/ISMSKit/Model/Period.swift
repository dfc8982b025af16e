/// A length of time as registers write it: `30 days`, `6 weeks`, `12 months`, `1 year`.
/// Used for evidence freshness and the warning window.
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable, Codable {
        case days, weeks, months, years
    }

    public let amount: Int
    public let unit: Unit

    public init(_ amount: Int, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// Parses `N unit`, accepting the singular (`1 month`) too.
    public init?(_ text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2, words[0].allSatisfy(\.isASCII), let amount = Int(words[0]),
            amount >= 0, amount <= 10_000
        else { return nil }
        var unitWord = String(words[1]).lowercased()
        if !unitWord.hasSuffix("s") { unitWord += "s" }
        guard let unit = Unit(rawValue: unitWord) else { return nil }
        self.init(amount, unit)
    }

    public var description: String {
        let name = amount == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue
        return "\(amount) \(name)"
    }

    /// The day this period after `date` ends on.
    public func after(_ date: CalendarDate) -> CalendarDate {
        switch unit {
        case .days: date.adding(days: amount)
        case .weeks: date.adding(days: amount * 7)
        case .months: date.adding(months: amount)
        case .years: date.adding(months: amount * 12)
        }
    }
}
