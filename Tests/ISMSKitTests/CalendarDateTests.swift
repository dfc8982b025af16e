import ISMSKit
import Testing

@Suite("Calendar dates as registers write them")
struct CalendarDateTests {
    @Test(
        "YYYY-MM-DD with a real day is a date",
        arguments: [
            ("2026-01-01", 2026, 1, 1), ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29),
            ("2026-12-31", 2026, 12, 31), ("0001-04-30", 1, 4, 30),
        ])
    func valid(text: String, year: Int, month: Int, day: Int) {
        #expect(CalendarDate(text) == CalendarDate(year: year, month: month, day: day))
        #expect(CalendarDate(text)?.description == text)
    }

    @Test(
        "anything else is not",
        arguments: [
            "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01",
            "26-01-01", "2026/01/01", "2026-01-01T00:00", "２０２６-01-01", "2026-0a-01", "+026-01-01", "",
            "2026-01-1 ", " 2026-01-1",
        ])
    func invalid(text: String) {
        #expect(CalendarDate(text) == nil)
    }
}
