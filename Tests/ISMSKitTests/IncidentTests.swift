import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// Incidents and the GDPR's clock (issue 14): E800-E804, W800-W803, with the 72 hours counted
/// as elapsed time across both daylight-saving changes of 2026 in Europe/Amsterdam.
@Suite("Incidents and personal-data breaches: E800-E804, W800-W803")
struct IncidentTests {
    static let path = "controls/incidents/INC-2026-006.yaml"

    /// An incident record; `breach` is the indented body of the `breach` mapping, or nil.
    static func incident(
        aware: String = "2026-06-11T09:30+02:00", detected: String = "2026-06-11T09:00+02:00",
        breach: String? = nil, closed: String? = "2026-06-12", extra: String = ""
    ) -> String {
        var text = """
            id: INC-2026-006
            title: Newsletter sent with visible addresses
            detected: \(detected)
            aware: \(aware)
            category: misdirected e-mail
            severity: low
            description: A newsletter went out with the recipients in cc instead of bcc (14 recipients).
            processing: [newsletter]
            controls: [A.5.24]
            personal-data-breach: \(breach == nil ? "false" : "true")

            """
        if let breach { text += "breach:\n" + breach + "\n" }
        text += "remedial-action: Recipients asked to delete the message.\n"
        if let closed { text += "closed: \(closed)\n" }
        return text + extra
    }

    private func fixture(_ record: String) throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/processing/newsletter.yaml", ProcessingFixtures.activity(id: "newsletter", controls: ["A.5.34"]))
        try fixture.write(Self.path, record)
        return fixture
    }

    private func codes(_ record: String, asOf: String) throws -> [String] {
        // Near the fixture's planned audit its SoA, never approved, is E209 (SoAApprovalTests).
        try fixture(record).codes(asOf: asOf).filter { $0 != FindingCode.soaNeverApproved.rawValue }
    }

    @Test("an incident that is no breach, closed in time, has no findings")
    func clean() throws {
        #expect(try codes(Self.incident(), asOf: "2026-07-01") == [])
    }

    @Test("E800: a breach with a risk, not notified, 72 hours after aware (the Art. 34-for-Art. 33 mistake)")
    func notNotified() throws {
        let record = Self.incident(breach: "  risk: risk\n  reasoning: No high risk, so not notified.\n")
        let findings = try fixture(record).findings(.breachNotNotified, asOf: "2026-06-15")
        #expect(findings.map(\.location.description) == ["\(Self.path):12:3"])
        #expect(findings.first?.message.contains("ended at 2026-06-14T07:30Z") == true)
        #expect(try codes(record, asOf: "2026-06-15") == ["E800"])
    }

    @Test("W802: the clock still runs: the deadline and the hours left")
    func due() throws {
        let record = Self.incident(
            breach: "  risk: high\n  data-subjects-informed: 2026-06-11T15:00+02:00\n", closed: nil)
        let findings = try fixture(record).findings(.breachNotificationDue, asOf: "2026-06-13")
        // Due 2026-06-14T07:30Z; the as-of date starts at 2026-06-13T00:00Z (the default zone, UTC).
        #expect(findings.first?.message.contains("by 2026-06-14T07:30Z: 31 hours left") == true)
        #expect(try codes(record, asOf: "2026-06-13") == ["W802"])
    }

    @Test("the as-of date starts at midnight in the register's zone")
    func registerZone() throws {
        let record = Self.incident(
            breach: "  risk: high\n  data-subjects-informed: 2026-06-11T15:00+02:00\n", closed: nil)
        let fixture = try fixture(record)
        try fixture.write(
            "isms.yaml",
            FixtureRegister.settings.replacingOccurrences(
                of: "  warning-window: 30 days\n", with: "  warning-window: 30 days\n  time-zone: Europe/Amsterdam\n"))
        let findings = try fixture.findings(.breachNotificationDue, asOf: "2026-06-13")
        // Midnight in Amsterdam is 2026-06-12T22:00Z: two hours more.
        #expect(findings.first?.message.contains("33 hours left") == true)
    }

    @Test("E802: risk none without its reasoning; with it, nothing")
    func unreasoned() throws {
        let record = Self.incident(breach: "  risk: none\n")
        let findings = try fixture(record).findings(.breachRiskUnreasoned, asOf: "2026-07-01")
        #expect(findings.map(\.location.line) == [12])
        #expect(try codes(record, asOf: "2026-07-01") == ["E802"])
        let reasoned = Self.incident(
            breach: "  risk: none\n  reasoning: The addresses were all of one team, who knew each other.\n")
        #expect(try codes(reasoned, asOf: "2026-07-01") == [])
    }

    @Test("E803: a high risk with neither the data subjects informed nor an exemption")
    func subjectsNotInformed() throws {
        let notified = "  notified-authority: 2026-06-12T10:00+02:00\n"
        #expect(try codes(Self.incident(breach: "  risk: high\n" + notified), asOf: "2026-07-01") == ["E803"])
        let exempt =
            "  risk: high\n" + notified
            + "  exemption:\n    ground: 34(3)(a)\n    reasoning: The export was encrypted with a key that did not leave the company.\n"
        #expect(try codes(Self.incident(breach: exempt), asOf: "2026-07-01") == [])
        let unknownGround = exempt.replacingOccurrences(of: "34(3)(a)", with: "34(3)(d)")
        let ground = try codes(Self.incident(breach: unknownGround), asOf: "2026-07-01")
        #expect(ground == ["E803", "E104"], "\(ground)")
    }

    @Test("spring 2026: 71.5 elapsed hours across the night the clocks go forward are in time")
    func springForward() throws {
        // Aware Friday 27 March 10:00 CET (09:00Z); the deadline is Monday 30 March 11:00 CEST (09:00Z).
        let onTime = Self.incident(
            aware: "2026-03-27 10:00 Europe/Amsterdam", detected: "2026-03-27 09:00 Europe/Amsterdam",
            breach: "  risk: risk\n  notified-authority: 2026-03-30 10:30 Europe/Amsterdam\n", closed: "2026-03-31")
        #expect(try codes(onTime, asOf: "2026-04-01") == [])
        let late = onTime.replacingOccurrences(of: "2026-03-30 10:30", with: "2026-03-30 11:00")
        let findings = try fixture(late).findings(.breachNotifiedLateUnexplained, asOf: "2026-04-01")
        #expect(findings.first?.message.contains("72.0 hours after `aware`") == true)
    }

    @Test("autumn 2026: 72.5 elapsed hours across the night the clocks go back are late")
    func fallBack() throws {
        // Aware Friday 23 October 10:00 CEST (08:00Z); the deadline is Monday 26 October 09:00 CET (08:00Z).
        let late = Self.incident(
            aware: "2026-10-23 10:00 Europe/Amsterdam", detected: "2026-10-23T07:45Z",
            breach: "  risk: risk\n  notified-authority: 2026-10-26T09:30+01:00\n", closed: "2026-10-27")
        let findings = try fixture(late).findings(.breachNotifiedLateUnexplained, asOf: "2026-11-01")
        #expect(findings.first?.message.contains("72.5 hours after `aware`") == true)
        #expect(findings.map(\.location.line) == [13])
        let reasons = late.replacingOccurrences(
            of: "  notified-authority: 2026-10-26T09:30+01:00\n",
            with:
                "  notified-authority: 2026-10-26T09:30+01:00\n  delay-reason: The processor reported the scope only on Monday.\n"
        )
        #expect(try codes(reasons, asOf: "2026-11-01") == ["W800"])
        let onTime = late.replacingOccurrences(of: "2026-10-26T09:30+01:00", with: "2026-10-26 08:30 Europe/Amsterdam")
        #expect(try codes(onTime, asOf: "2026-11-01") == [])
    }

    @Test("a time without an offset or zone, a time the clocks skip, an unknown zone: E104 at the value")
    func uncountable() throws {
        for (value, words) in [
            ("2026-06-11T09:30", "has no UTC offset or zone"), ("2026-03-29 02:30 Europe/Amsterdam", "skip that time"),
            ("2026-06-11 09:30 Europe/Amsterdm", "no UTC offset"), ("2026-06-11", "not a date and time"),
        ] {
            let findings = try fixture(Self.incident(aware: value)).findings(.invalidValue, asOf: "2026-07-01")
            #expect(findings.map(\.location.description) == ["\(Self.path):4:8"], "\(value)")
            #expect(findings.first?.message.contains(words) == true, "\(value): \(findings.map(\.message))")
        }
    }

    @Test("a local time the clocks repeat is the earlier of the two")
    func ambiguous() throws {
        let first = try Instant.parse("2026-10-25 02:30 Europe/Amsterdam").get()
        #expect(first.seconds == (try Instant.parse("2026-10-25T00:30Z").get()).seconds)
        #expect((try Instant.parse("2026-10-25 03:30 Europe/Amsterdam").get()).seconds - first.seconds == 7200)
    }

    @Test("E804: aware before detected, notified before aware, a time after the as-of date")
    func impossible() throws {
        let before = Self.incident(aware: "2026-06-11T08:00+02:00")
        #expect(try fixture(before).findings(.incidentTimeImpossible, asOf: "2026-07-01").map(\.location.line) == [4])
        let early = Self.incident(
            breach: "  risk: risk\n  notified-authority: 2026-06-11T09:00+02:00\n")
        #expect(try codes(early, asOf: "2026-07-01") == ["E804"])
        #expect(try codes(Self.incident(closed: nil), asOf: "2026-06-10") == ["E804", "E804"])
    }

    @Test("W801: an incident open longer than defaults.incident-close")
    func openTooLong() throws {
        let open = Self.incident(closed: nil)
        #expect(try codes(open, asOf: "2026-07-11") == [])
        #expect(try codes(open, asOf: "2026-07-12") == ["W801"])
    }

    @Test(
        "the record's own rules: a breach block needs personal-data-breach, a breach needs its block, closing needs the remedial action"
    )
    func shape() throws {
        let stray = Self.incident(breach: "  risk: none\n  reasoning: x\n").replacingOccurrences(
            of: "personal-data-breach: true", with: "personal-data-breach: false")
        #expect(try codes(stray, asOf: "2026-07-01") == ["E104"])
        let missing = Self.incident().replacingOccurrences(
            of: "personal-data-breach: false", with: "personal-data-breach: true")
        #expect(try codes(missing, asOf: "2026-07-01") == ["E101"])
        let named = Self.incident(breach: "  risk: none\n  reasoning: x\n  data-subjects: veertien\n")
        let counts = try fixture(named).findings(.invalidValue, asOf: "2026-07-01")
        #expect(counts.map(\.location.description) == ["\(Self.path):14:18"])
        #expect(counts.first?.message.contains("must be a whole number such as `14`, not `veertien`: a count") == true)
        let unremedied = Self.incident().replacingOccurrences(
            of: "remedial-action: Recipients asked to delete the message.\n", with: "")
        #expect(try codes(unremedied, asOf: "2026-07-01") == ["E101"])
    }

    @Test("unknown processing, controls and nonconformities; personal data in the description")
    func references() throws {
        let record = Self.incident(extra: "nonconformities: [NC-9]\n")
            .replacingOccurrences(of: "processing: [newsletter]", with: "processing: [newsleter]")
            .replacingOccurrences(of: "controls: [A.5.24]", with: "controls: [A.5.99]")
            .replacingOccurrences(of: "(14 recipients).", with: "(14 recipients, one was jan@example.nl).")
        let found = try codes(record, asOf: "2026-07-01")
        #expect(found == ["W803", "E408", "E701", "E701"], "\(found)")
    }

    @Test("incident add: aware is the moment of writing in the register's zone, the rest to fill in, an id once")
    func intake() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "isms.yaml",
            FixtureRegister.settings.replacingOccurrences(
                of: "  warning-window: 30 days\n", with: "  warning-window: 30 days\n  time-zone: Europe/Amsterdam\n"))
        // 2026-03-29T01:30:45Z: just after the clocks went forward in Amsterdam (03:30 CEST).
        let now = Date(timeIntervalSince1970: TimeInterval(try Instant.parse("2026-03-29T01:30:45Z").get().seconds))
        let request = IncidentIntakeRequest(
            id: "INC-9", title: "Laptop: lost", severity: .high, category: nil, personalDataBreach: true, now: now)
        let (path, aware) = try IncidentIntake.add(request, to: try fixture.load())
        #expect(path == "controls/incidents/INC-9.yaml")
        #expect(aware.text == "2026-03-29 03:30 Europe/Amsterdam")
        let findings = try fixture.check(asOf: "2026-03-29").diagnostics.sorted
        #expect(findings.map(\.code) == [.placeholderLeft, .placeholderLeft, .placeholderLeft, .placeholderLeft])
        #expect(findings.map { $0.location.line ?? 0 } == [8, 10, 16, 17])
        #expect(throws: IncidentIntake.Refusal.self) { try IncidentIntake.add(request, to: try fixture.load()) }
        // In the hour the clocks repeat (25 October), the second 02:30 is written with its offset,
        // since the zone's name alone would read as the first.
        for (utc, written) in [
            ("2026-10-25T00:30:00Z", "2026-10-25 02:30 Europe/Amsterdam"),
            ("2026-10-25T01:30:00Z", "2026-10-25T02:30+01:00"),
        ] {
            let moment = Date(timeIntervalSince1970: TimeInterval(try Instant.parse(utc).get().seconds))
            var later = request
            later.id = "INC-" + String(utc.prefix(13).suffix(2))
            later.now = moment
            let (_, aware) = try IncidentIntake.add(later, to: try fixture.load())
            #expect(aware.text == written)
            #expect(try Instant.parse(aware.text).get().seconds == aware.seconds)
        }
    }
}
