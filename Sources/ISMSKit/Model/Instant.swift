import Foundation

/// A moment as a record writes it: a date and a time of day with a UTC offset
/// (`2026-06-11T09:30+02:00`, `2026-06-11T07:30Z`) or with a zone of the tz database
/// (`2026-06-11 09:30 Europe/Amsterdam`). Deadlines such as the GDPR's 72 hours are elapsed
/// time between two instants, so a time without an offset or zone cannot be counted and is
/// refused; a zone's daylight-saving changes are applied as the tz database has them.
public struct Instant: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00Z.
    public let seconds: Int64
    /// The text as the record wrote it, shown back as written.
    public let text: String

    public var description: String { text }

    public init(seconds: Int64, text: String) {
        self.seconds = seconds
        self.text = text
    }

    /// Why a text is no instant, in words a person can act on.
    public struct Problem: Error, Sendable, Equatable {
        public let message: String
    }

    public static func parse(_ raw: String) -> Result<Instant, Problem> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let scalars = Array(text.utf8)
        guard scalars.count >= 16, let date = CalendarDate(String(decoding: scalars[0..<10], as: UTF8.self)),
            scalars[10] == UInt8(ascii: "T") || scalars[10] == UInt8(ascii: " ")
        else {
            return .failure(
                Problem(
                    message:
                        "`\(text)` is not a date and time such as `2026-06-11T09:30+02:00` or `2026-06-11 09:30 Europe/Amsterdam`"
                ))
        }
        var index = 11
        func number(_ count: Int) -> Int? {
            guard index + count <= scalars.count else { return nil }
            var value = 0
            for byte in scalars[index..<(index + count)] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return value
        }
        let noTime = Problem(message: "`\(text)` has no time of day `HH:MM` (00:00 to 23:59) after its date")
        guard let hour = number(2), hour < 24, index < scalars.count, scalars[index] == UInt8(ascii: ":") else {
            return .failure(noTime)
        }
        index += 1
        guard let minute = number(2), minute < 60 else { return .failure(noTime) }
        var second = 0
        if index < scalars.count, scalars[index] == UInt8(ascii: ":") {
            index += 1
            guard let value = number(2), value < 60 else {
                return .failure(Problem(message: "`\(text)` has seconds that are not `00` to `59`"))
            }
            second = value
        }
        let local = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        let rest = String(decoding: scalars[index...], as: UTF8.self)
        let noZone = Problem(
            message:
                "`\(text)` has no UTC offset or zone, so the hours since it cannot be counted: write it as `\(String(text.prefix(16)))+02:00` or `\(String(text.prefix(16))) Europe/Amsterdam`"
        )
        if rest.isEmpty { return .failure(noZone) }
        if rest == "Z" { return .success(Instant(seconds: local, text: text)) }
        if let first = rest.first, first == "+" || first == "-" {
            let digits = Array(rest.utf8.dropFirst())
            guard digits.count == 5, digits[2] == UInt8(ascii: ":"),
                let h = Int(String(decoding: digits[0..<2], as: UTF8.self)),
                let m = Int(String(decoding: digits[3..<5], as: UTF8.self)), h <= 14, m < 60
            else { return .failure(Problem(message: "`\(text)` has an offset that is not `+HH:MM` or `-HH:MM`")) }
            let offset = Int64((h * 3600 + m * 60) * (first == "-" ? -1 : 1))
            return .success(Instant(seconds: local - offset, text: text))
        }
        guard rest.first == " ", let zone = TimeZone(identifier: String(rest.dropFirst())), rest.count > 1 else {
            return .failure(
                Problem(
                    message:
                        "`\(text)` ends in `\(rest.trimmingCharacters(in: .whitespaces))`, which is no UTC offset (`+02:00`, `Z`) or zone of the tz database (`Europe/Amsterdam`)"
                ))
        }
        return zoned(local, zone, text)
    }

    /// The instant a local time names in `zone`. A time the zone skips (clocks put forward) is
    /// refused; a time it has twice (clocks put back) is the earlier of the two, as the docs say.
    private static func zoned(_ local: Int64, _ zone: TimeZone, _ text: String) -> Result<Instant, Problem> {
        func offset(at utc: Int64) -> Int64 { Instant(seconds: utc, text: "").offset(in: zone) }
        let nearby = Set([offset(at: local - 86_400), offset(at: local), offset(at: local + 86_400)])
        let valid = nearby.filter { offset(at: local - $0) == $0 }
        guard let chosen = valid.max() else {
            return .failure(
                Problem(
                    message:
                        "`\(text)` does not exist: the clocks of \(zone.identifier) skip that time (daylight saving begins); write the time with its UTC offset"
                ))
        }
        return .success(Instant(seconds: local - chosen, text: text))
    }

    /// The start of a day in a zone: the as-of date's instant for deadlines counted in hours.
    public static func startOf(_ date: CalendarDate, in zone: TimeZone) -> Instant {
        let local = Int64(date.dayNumber) * 86_400
        let seconds = (try? zoned(local, zone, "").get().seconds) ?? local
        return Instant(seconds: seconds, text: "\(date)T00:00 \(zone.identifier)")
    }

    /// This instant plus whole hours, written in UTC.
    public func adding(hours: Int64) -> Instant {
        let later = seconds + hours * 3600
        return Instant(seconds: later, text: Self.utcText(later))
    }

    /// Elapsed hours from this instant to `other` (negative when `other` is earlier).
    public func hours(until other: Instant) -> Double { Double(other.seconds - seconds) / 3600 }

    /// `2026-06-14T07:30Z`.
    public static func utcText(_ seconds: Int64) -> String {
        let (day, second) = split(seconds)
        return "\(day)T" + String(format: "%02d:%02d", second / 3600, second / 60 % 60) + "Z"
    }

    /// `2026-06-14T07:30:00Z`, an XML Schema dateTime.
    public var utcDateTime: String {
        let (day, second) = Self.split(seconds)
        return "\(day)T" + String(format: "%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60) + "Z"
    }

    /// The offset of `zone` from UTC at this instant, in seconds.
    public func offset(in zone: TimeZone) -> Int64 {
        Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
    }

    /// The calendar day this instant falls on in `zone`.
    public func day(in zone: TimeZone) -> CalendarDate { Self.split(seconds + offset(in: zone)).day }

    /// `2026-06-11 10:30 Europe/Amsterdam`: this instant's local time in `zone`, to the minute, as
    /// a record writes it, with the zone's name as isms.yaml gives it.
    public func localText(in zone: TimeZone, named name: String) -> String {
        let (day, second) = Self.split(seconds + offset(in: zone))
        return "\(day) " + String(format: "%02d:%02d", second / 3600, second / 60 % 60) + " \(name)"
    }

    /// `2026-10-25T02:30+01:00`: this instant's local time in `zone` with its offset, to the minute,
    /// for the hour a zone has twice, where the zone's name alone would mean the earlier one.
    public func offsetText(in zone: TimeZone) -> String {
        let offset = offset(in: zone)
        let (day, second) = Self.split(seconds + offset)
        let minutes = Int(abs(offset) / 60)
        return "\(day)T" + String(format: "%02d:%02d", second / 3600, second / 60 % 60)
            + String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", minutes / 60, minutes % 60)
    }

    /// A count of seconds since 1970 as a day and the seconds into it, floored (before 1970 too).
    private static func split(_ seconds: Int64) -> (day: CalendarDate, second: Int) {
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (CalendarDate(dayNumber: Int(day)), Int(seconds - day * 86_400))
    }

    public static func < (a: Instant, b: Instant) -> Bool { a.seconds < b.seconds }
    public static func == (a: Instant, b: Instant) -> Bool { a.seconds == b.seconds && a.text == b.text }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(seconds)
        hasher.combine(text)
    }
}
