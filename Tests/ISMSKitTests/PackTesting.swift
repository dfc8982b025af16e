import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// What the pack's section tests share: the content of a fixture's pack, and excerpts of a
/// rendered page for golden files of one section.
enum PackTesting {
    /// The fixture checked on `FixtureRegister.asOf` with every evidence file hashed, as a pack sees it.
    static func content(_ fixture: FixtureRegister, _ language: ReportLanguage = .en) throws -> PackContent {
        let report = RegisterChecker.check(try fixture.load(), asOf: CalendarDate(FixtureRegister.asOf)!, hashAll: true)
        return PackContent(report: report, language: language)
    }

    /// The part of `text` from the first `start` to the end of the first `end` after it.
    static func excerpt(_ text: String, from start: String, to end: String) throws -> String {
        let lower = try #require(text.range(of: start)).lowerBound
        let upper = try #require(text.range(of: end, range: lower..<text.endIndex)).upperBound
        return String(text[lower..<upper]) + "\n"
    }
}
