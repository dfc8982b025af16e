import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// Data-subject requests under controls/requests/, judged on the fixture's as-of date 2026-06-01
/// with the default deadline of 4 weeks: a request is due on `received` + 28 days.
@Suite("Data-subject requests")
struct DataSubjectRequestTests {
    private func makeFixture(_ records: [String: String], settings: String = FixtureRegister.settings) throws
        -> FixtureRegister
    {
        let fixture = try FixtureRegister()
        if settings != FixtureRegister.settings { try fixture.write("isms.yaml", settings) }
        for (name, record) in records { try RequestFixtures.add(fixture, name, record) }
        return fixture
    }

    // MARK: Reading

    @Test("a request is read with every key; answered in time it gives no finding")
    func readsRequest() throws {
        let fixture = try makeFixture([
            "DSR-2026-001": RequestFixtures.request(
                right: "withdrawal-of-consent", identityVerified: "2026-03-03", answered: "2026-03-14",
                extra: "example: true")
        ])
        let loaded = try fixture.load()
        let request = try #require(loaded.register.requests.first)
        #expect(request.reference == "DSR-2026-001")
        #expect(request.right == .withdrawalOfConsent)
        #expect(request.received == CalendarDate("2026-03-02"))
        #expect(request.identityVerified == CalendarDate("2026-03-03"))
        #expect(request.answered == CalendarDate("2026-03-14"))
        #expect(request.outcome == "Copy of the data sent.")
        #expect(request.example)
        #expect(request.origin.path == "controls/requests/DSR-2026-001.yaml")
        #expect(try fixture.codes().isEmpty)
    }

    @Test("E101, E103, E104: required keys, unknown keys (a name), allowed rights")
    func recordFormat() throws {
        let fixture = try makeFixture([
            "a": "right: access\nreceived: 2026-03-02\n",
            "b": RequestFixtures.request("DSR-B", right: "forget-me"),
            "c": RequestFixtures.request("DSR-C", answered: "2026-03-10", extra: "name: Jan Jansen"),
            "d": "reference: DSR-D\nright: access\nreceived: 2026-03-02\nanswered: 2026-03-10\n",
        ])
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code.rawValue) == ["E101", "E104", "E103", "E101"])
        #expect(findings[0].message.contains("has no `reference`"))
        #expect(findings[1].message.contains("allowed: access, rectification, erasure"))
        #expect(findings[2].message.contains("unknown key `name`"))
        #expect(findings[3].message == "request DSR-D has an `answered` date but no `outcome`")
        #expect(findings[3].location.line == 4)
    }

    @Test("E106: two requests with one reference")
    func duplicateReference() throws {
        let fixture = try makeFixture([
            "a": RequestFixtures.request("DSR-1", answered: "2026-03-10"),
            "b": RequestFixtures.request("DSR-1", answered: "2026-03-11"),
        ])
        let findings = try fixture.findings(.duplicateID)
        #expect(findings.count == 1)
        #expect(findings.first?.location.path == "controls/requests/b.yaml")
        #expect(findings.first?.message.contains("controls/requests/a.yaml:1:1") == true)
    }

    // MARK: The deadline

    @Test("E500: open after its due date; open on the due date itself is due soon (W500), not overdue")
    func overdue() throws {
        let fixture = try makeFixture([
            "late": RequestFixtures.request("DSR-LATE", received: "2026-05-03"),
            "today": RequestFixtures.request("DSR-TODAY", received: "2026-05-04"),
        ])
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code) == [.requestOverdue, .requestDueSoon])
        #expect(
            findings[0].message
                == "request DSR-LATE (access), received on 2026-05-03, is still open after its due date 2026-05-31 (4 weeks)"
        )
        #expect(findings[0].severity == .error)
        #expect(findings[0].location.line == 1)
        #expect(findings[1].message.contains("is open and due today, on 2026-06-01"))
    }

    @Test("W500: open and due within 7 days; 8 days ahead is quiet")
    func dueSoon() throws {
        let fixture = try makeFixture([
            "seven": RequestFixtures.request("DSR-7", received: "2026-05-11"),
            "eight": RequestFixtures.request("DSR-8", received: "2026-05-12"),
            "one": RequestFixtures.request("DSR-1", received: "2026-05-05"),
        ])
        let findings = try fixture.findings(.requestDueSoon)
        #expect(findings.map(\.location.path) == ["controls/requests/one.yaml", "controls/requests/seven.yaml"])
        #expect(findings[0].message.contains("due tomorrow, on 2026-06-02"))
        #expect(findings[1].message.contains("due in 7 days, on 2026-06-08"))
        #expect(findings[1].severity == .warning)
        #expect(!(try fixture.check().diagnostics.fails(strict: false)))
    }

    @Test("W501: answered after the due date is a warning; on the due date it is on time")
    func answeredLate() throws {
        let fixture = try makeFixture([
            "late": RequestFixtures.request("DSR-LATE", received: "2026-03-02", answered: "2026-03-31"),
            "last-day": RequestFixtures.request("DSR-LAST", received: "2026-03-02", answered: "2026-03-30"),
        ])
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code) == [.requestAnsweredLate])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.location.line == 4)
        #expect(
            findings.first?.message
                == "request DSR-LATE (access) was answered on 2026-03-31, 29 days after it was received on 2026-03-02: after its due date 2026-03-30 (4 weeks)"
        )
    }

    @Test("E501: answered or verified before received, or any date after the as-of date")
    func impossibleDates() throws {
        let fixture = try makeFixture([
            "a": RequestFixtures.request("DSR-A", received: "2026-03-10", answered: "2026-03-09"),
            "b": RequestFixtures.request("DSR-B", received: "2026-03-10", identityVerified: "2026-03-01"),
            "c": RequestFixtures.request("DSR-C", received: "2026-05-20", answered: "2026-06-02"),
            "d": RequestFixtures.request("DSR-D", received: "2026-06-05"),
            "e": RequestFixtures.request("DSR-E", received: "2026-05-20", identityVerified: "2026-06-10"),
        ])
        let findings = try fixture.check().diagnostics.sorted
        #expect(findings.map(\.code) == Array(repeating: .requestDateImpossible, count: 5))
        #expect(findings.map(\.location.line) == [4, 4, 4, 3, 4])
        #expect(findings[0].message == "`answered` 2026-03-09 of request DSR-A is before it was received (2026-03-10)")
        #expect(findings[2].message == "`answered` 2026-06-02 of request DSR-C is after the as-of date 2026-06-01")
        #expect(findings[3].message == "request DSR-D was received on 2026-06-05, after the as-of date 2026-06-01")
        // A request with an impossible date is not judged against the deadline as well.
        #expect(!findings.contains { $0.code == .requestOverdue || $0.code == .requestDueSoon })
    }

    @Test("defaults.request-deadline: 1 month moves the due date; 0 days is not allowed")
    func deadlineSetting() throws {
        let month = FixtureRegister.settings.replacingOccurrences(
            of: "  warning-window: 30 days\n", with: "  warning-window: 30 days\n  request-deadline: 1 month\n")
        let fixture = try makeFixture(
            ["a": RequestFixtures.request("DSR-A", received: "2026-05-03")], settings: month)
        #expect(try fixture.load().register.settings.requestDeadline == Period(1, .months))
        // Due 2026-06-03: two days ahead, not overdue as with 4 weeks.
        #expect(try fixture.codes() == ["W500"])
        #expect(try fixture.findings(.requestDueSoon).first?.message.contains("on 2026-06-03 (1 month)") == true)

        let zero = FixtureRegister.settings.replacingOccurrences(
            of: "  warning-window: 30 days\n", with: "  warning-window: 30 days\n  request-deadline: 0 days\n")
        let invalid = try makeFixture([:], settings: zero)
        let finding = try #require(invalid.findings(.invalidValue).first)
        #expect(finding.message == "`request-deadline` must be longer than 0 days")
        #expect(finding.location.path == "isms.yaml")
        #expect(try invalid.load().register.settings.requestDeadline == Period(4, .weeks))
        // Absent, the deadline is 4 weeks.
        #expect(try FixtureRegister().load().register.settings.requestDeadline == Period(4, .weeks))
    }

    // MARK: No personal data

    @Test("W502: a reference or outcome with an e-mail address or phone number, never repeated in a message")
    func personalData() throws {
        let fixture = try makeFixture([
            "a": RequestFixtures.request("jan.jansen@example.nl", answered: "2026-03-10"),
            "b": RequestFixtures.request("06-12345678", answered: "2026-03-10"),
            "c": RequestFixtures.request("DSR-C", answered: "2026-03-10", outcome: "Called back on +31 6 1234 5678."),
            "d": RequestFixtures.request("DSR-D", received: "2026-05-03"),
        ])
        try RequestFixtures.add(fixture, "e", RequestFixtures.request("piet@example.org", received: "2026-05-01"))
        let findings = try fixture.check().diagnostics.sorted
        let personal = findings.filter { $0.code == .requestMayHoldPersonalData }
        #expect(personal.map(\.location.path) == ["a", "b", "c", "e"].map { "controls/requests/\($0).yaml" })
        #expect(personal.map(\.location.line) == [1, 1, 5, 1])
        #expect(personal.allSatisfy { $0.severity == .warning })
        // An overdue request with a personal reference is named by its file.
        let overdue = findings.filter { $0.code == .requestOverdue }.map(\.message)
        #expect(overdue.count == 2)
        #expect(overdue.contains { $0.hasPrefix("the request in controls/requests/e.yaml (access)") })
        for finding in findings {
            for secret in ["jan.jansen", "example.nl", "piet@", "12345678", "1234 5678"] {
                #expect(!finding.message.contains(secret), "\(finding.message)")
            }
        }
    }

    @Test("the pattern finds addresses and phone numbers, not reference numbers or dates")
    func pattern() {
        for text in [
            "jan@example.nl", "Mail: j.jansen+dsr@mail.example.com.", "06-12345678", "0612345678", "+31 6 1234 5678",
            "088 23 44 700", "(030) 123 4567", "answered, call 020-1234567",
        ] {
            #expect(PersonalDataPattern.matches(text), "\(text)")
        }
        for text in [
            "DSR-2026-001", "DSR-20260301-0001", "2026-03-14", "Answered on 2026-03-14 after 12 days.", "REQ 2026 07",
            "user@localhost", "Sent by e-mail to the address the request came from.", "@handle",
        ] {
            #expect(!PersonalDataPattern.matches(text), "\(text)")
        }
    }

    @Test("no personal data in pack.xml or index.html: the reference is withheld, outcomes never written")
    func packWithoutPersonalData() throws {
        let fixture = try makeFixture([
            "a": RequestFixtures.request("jan.jansen@example.nl", answered: "2026-03-10"),
            "b": RequestFixtures.request(
                "DSR-B", right: "erasure", answered: "2026-03-12", outcome: "Secret outcome for Jan Jansen"),
        ])
        let content = try XMLFixtures.content(fixture)
        let xml = PackXMLRenderer.render(content)
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try XMLFixtures.expectXmllintValid(xml)
        #expect(
            xml.contains(
                "<request reference-withheld=\"true\" right=\"access\" received=\"2026-03-02\" due=\"2026-03-30\" answered=\"2026-03-10\" days=\"8\" on-time=\"true\" example=\"false\"/>"
            ))
        #expect(xml.contains("<request reference=\"DSR-B\" right=\"erasure\""))
        for language in ReportLanguage.allCases {
            let html = PackHTMLRenderer.render(PackContent(report: content.report, language: language))
            for output in [xml, html] {
                #expect(!output.contains("jan.jansen"))
                #expect(!output.contains("Jan Jansen"))
                #expect(!output.contains("Secret outcome"))
            }
            #expect(html.contains(language == .nl ? "achtergehouden" : "withheld"))
        }
    }

    // MARK: Response times

    @Test("median of an odd and an even count, maximum, and the counts")
    func statistics() throws {
        #expect(ResponseTimes.median([]) == nil)
        #expect(ResponseTimes.median([14, 3, 9]) == 9)
        #expect(ResponseTimes.median([24, 0, 14, 9]) == 11.5)
        #expect(ResponseTimes.median([5]) == 5)
        #expect(ResponseTimes.median([4, 7]) == 5.5)
        #expect(ResponseTimes.text(days: 11.5) == "11.5")
        #expect(ResponseTimes.text(days: 12) == "12")
        #expect(ResponseTimes.text(days: 0) == "0")

        let fixture = try makeFixture([
            "a": RequestFixtures.request("DSR-A", received: "2026-02-09", answered: "2026-02-23"),
            "b": RequestFixtures.request("DSR-B", received: "2026-05-04", answered: "2026-05-04"),
            "c": RequestFixtures.request("DSR-C", received: "2026-03-02", answered: "2026-04-03"),
            "d": RequestFixtures.request("DSR-D", received: "2026-04-20"),
            "e": RequestFixtures.request("DSR-E", received: "2026-05-25"),
            // Before the audit period: not listed, not counted.
            "f": RequestFixtures.request("DSR-F", received: "2025-12-20", answered: "2026-01-05"),
        ])
        let log = RequestLog(register: try fixture.load().register, asOf: CalendarDate("2026-06-01")!)
        #expect(log.deadline == Period(4, .weeks))
        #expect(log.requests.map(\.request.reference) == ["DSR-A", "DSR-C", "DSR-D", "DSR-B", "DSR-E"])
        let times = log.responseTimes
        #expect(times.count == 5 && times.answered == 3 && times.open == 2 && times.overdue == 1)
        #expect(times.onTime == 2 && times.late == 1)
        // 14, 0 and 32 days: the median of an odd count is the middle value.
        #expect(times.medianDays == 14)
        #expect(times.maximumDays == 32)
        let byReference = Dictionary(uniqueKeysWithValues: log.requests.map { ($0.request.reference, $0) })
        #expect(byReference["DSR-C"]?.onTime == false)
        #expect(byReference["DSR-D"]?.onTime == false && byReference["DSR-D"]?.isOverdue == true)
        #expect(byReference["DSR-E"]?.onTime == nil && byReference["DSR-E"]?.daysLeft == 21)

        let xml = PackXMLRenderer.render(try XMLFixtures.content(fixture))
        #expect(
            xml.contains(
                "<response-times count=\"5\" answered=\"3\" open=\"2\" overdue=\"1\" on-time=\"2\" late=\"1\" median-days=\"14\" maximum-days=\"32\"/>"
            ))
        #expect(xml.contains("received=\"2026-04-20\" due=\"2026-05-18\" on-time=\"false\" example=\"false\"/>"))
        #expect(!xml.contains("DSR-F"))
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try XMLFixtures.expectXmllintValid(xml)
    }

    @Test("pack.xml: the element is valid with no requests, and an even count's median ends in .5")
    func packXML() throws {
        let empty = PackXMLRenderer.render(try XMLFixtures.content(try FixtureRegister()))
        #expect(
            empty.contains(
                "<data-subject-requests deadline=\"4 weeks\">\n    <response-times count=\"0\" answered=\"0\" open=\"0\" overdue=\"0\" on-time=\"0\" late=\"0\"/>\n  </data-subject-requests>\n  <evidence>"
            ))
        #expect(SchemaValidator.validate(xml: Array(empty.utf8)) == [])
        try XMLFixtures.expectXmllintValid(empty)

        let fixture = try makeFixture([
            "a": RequestFixtures.request("DSR-A", received: "2026-03-02", answered: "2026-03-06"),
            "b": RequestFixtures.request(
                "DSR-B", right: "portability", received: "2026-03-09", identityVerified: "2026-03-10",
                answered: "2026-03-16", extra: "example: true"),
        ])
        let xml = PackXMLRenderer.render(try XMLFixtures.content(fixture))
        #expect(xml.contains("median-days=\"5.5\" maximum-days=\"7\""))
        #expect(
            xml.contains(
                "<request reference=\"DSR-B\" right=\"portability\" received=\"2026-03-09\" identity-verified=\"2026-03-10\" due=\"2026-04-06\" answered=\"2026-03-16\" days=\"7\" on-time=\"true\" example=\"true\"/>"
            ))
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try XMLFixtures.expectXmllintValid(xml)
        // The schema is strict inside the element: an unknown attribute or child is invalid.
        for broken in [
            xml.replacingOccurrences(of: "right=\"portability\"", with: "right=\"portability\" name=\"Jan\""),
            xml.replacingOccurrences(of: "right=\"portability\"", with: "right=\"forget-me\""),
            xml.replacingOccurrences(of: "median-days=\"5.5\"", with: "median-days=\"5.25\""),
            xml.replacingOccurrences(
                of: "</data-subject-requests>", with: "<outcome>Sent</outcome>\n</data-subject-requests>"),
        ] {
            #expect(!SchemaValidator.validate(xml: Array(broken.utf8)).isEmpty)
        }
    }

    // MARK: index.html and the RoPA

    @Test("index.html shows the commitment and the requests in Dutch and in English")
    func htmlSection() throws {
        let fixture = try makeFixture([
            "a": RequestFixtures.request("DSR-A", received: "2026-03-02", answered: "2026-03-06"),
            "b": RequestFixtures.request("DSR-B", right: "objection", received: "2026-03-09", answered: "2026-03-16"),
            "c": RequestFixtures.request("DSR-C", right: "erasure", received: "2026-05-20"),
        ])
        let report = try XMLFixtures.content(fixture).report
        let nl = PackHTMLRenderer.render(PackContent(report: report, language: .nl))
        let en = PackHTMLRenderer.render(PackContent(report: report, language: .en))
        #expect(nl.contains(/<li><a href="#requests">\d+\. Verzoeken van betrokkenen<\/a><\/li>/))
        #expect(nl.contains("<strong>Wij reageren binnen 4 weken.</strong>"))
        #expect(nl.contains("AVG art. 12 lid 3: uiterlijk binnen één maand."))
        #expect(nl.contains("<tr><th scope=\"row\">Mediane reactietijd</th><td>5,5 dagen</td></tr>"))
        #expect(nl.contains("<td>bezwaar (art. 21)</td>"))
        #expect(nl.contains("<span class=\"state state-expiring\">openstaand</span>"))
        #expect(en.contains(/<li><a href="#requests">\d+\. Data-subject requests<\/a><\/li>/))
        #expect(en.contains("<strong>We answer within 4 weeks.</strong>"))
        #expect(en.contains("<tr><th scope=\"row\">Median response time</th><td>5.5 days</td></tr>"))
        #expect(en.contains("<td>objection (Art. 21)</td>"))
        #expect(en.contains("<td class=\"id\">DSR-A</td><td>access (Art. 15)</td><td class=\"date\">2026-03-02</td>"))
        // The section sits between the third parties and the evidence.
        let order = ["id=\"parties\"", "id=\"requests\"", "id=\"evidence\""].compactMap { en.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
        if Shell.has(HTMLFixtures.xmllint) { try HTMLFixtures.expectParses(en) }

        let empty = PackHTMLRenderer.render(try HTMLFixtures.content(try FixtureRegister(), .en))
        #expect(empty.contains("<strong>We answer within 4 weeks.</strong>"))
        #expect(empty.contains("No requests in the audit period."))
    }

    @Test("isms ropa shows the deadline above the table and in JSON, not as a CSV column")
    func ropaDeadline() throws {
        let fixture = try ReportFixture.make()
        let table = RoPATable.build(try ReportFixture.report(fixture))
        let field = try #require(table.fields.first { $0.key == "request-deadline" })
        #expect(field.cell.text == "4 weeks" && !field.inEveryRow)
        #expect(MarkdownTableWriter().write(table).contains("- Data-subject requests answered within: 4 weeks\n"))
        let json = JSONTableWriter().write(table)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["request-deadline"] as? String == "4 weeks")
        #expect(!CSVWriter().write(table).contains("4 weeks"))

        let month = FixtureRegister.settings.replacingOccurrences(
            of: "  warning-window: 30 days\n", with: "  warning-window: 30 days\n  request-deadline: 1 month\n")
        try fixture.write("isms.yaml", month)
        let monthly = RoPATable.build(try ReportFixture.report(fixture))
        #expect(MarkdownTableWriter().write(monthly).contains("- Data-subject requests answered within: 1 month\n"))
    }

    // MARK: The example register

    @Test("the example register: five illustrative requests, on time, one open; still 0 errors")
    func exampleRegister() throws {
        let loaded = try RegisterLoader.load(root: IsmsBinary.repositoryRoot)
        let register = loaded.register
        #expect(register.settings.requestDeadline == Period(4, .weeks))
        #expect(register.requests.count == 5)
        #expect(register.requests.allSatisfy { $0.example && !$0.referenceLooksPersonal })
        let report = RegisterChecker.check(loaded, asOf: CalendarDate("2026-11-02")!, hashAll: true)
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.sorted.filter { $0.severity == .error })")
        #expect(!report.diagnostics.findings.contains { $0.location.path.hasPrefix("controls/requests/") })
        let log = RequestLog(register: register, asOf: report.asOf)
        #expect(log.responseTimes.count == 5 && log.responseTimes.open == 1 && log.responseTimes.late == 0)
        #expect(log.responseTimes.medianDays == 11.5 && log.responseTimes.maximumDays == 24)
        let xml = PackXMLRenderer.render(PackContent(report: report, language: .nl))
        #expect(SchemaValidator.validate(xml: Array(xml.utf8)) == [])
        try XMLFixtures.expectXmllintValid(xml)
        #expect(xml.contains("<data-subject-requests deadline=\"4 weeks\">"))
        // The request of 2026-10-21 is due on 2026-11-18: due soon a week before, overdue after.
        let later = RegisterChecker.check(loaded, asOf: CalendarDate("2026-11-11")!)
        #expect(later.diagnostics.findings.filter { $0.code == .requestDueSoon }.count == 1)
        let overdue = RegisterChecker.check(loaded, asOf: CalendarDate("2026-11-19")!)
        #expect(overdue.diagnostics.findings.filter { $0.code == .requestOverdue }.count == 1)
    }
}
