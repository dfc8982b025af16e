import Foundation

/// Incident records for the report and pack tests: an incident without personal data, a breach
/// notified late across the autumn clock change with its reasons, a high-risk breach exempted
/// under Art. 34(3)(a), and an open breach whose clock still runs.
public enum IncidentFixtures {
    public static let records: [(path: String, text: String)] = [
        (
            "controls/incidents/INC-1.yaml",
            """
            id: INC-1
            title: "Phishing <b>mail</b>, reported"
            detected: 2026-03-02 08:40 Europe/Amsterdam
            aware: 2026-03-02 09:15 Europe/Amsterdam
            category: phishing
            severity: medium
            description: A phishing mail with a fake login page; no credentials entered.
            controls: [A.5.24]
            personal-data-breach: false
            remedial-action: Sender blocked.
            lessons: "=cmd|' /C calc'!A0"
            closed: 2026-03-03

            """
        ),
        (
            "controls/incidents/INC-2.yaml",
            """
            id: INC-2
            title: Backup copy of the customer table sent to the wrong supplier
            detected: 2026-03-27T08:45Z
            aware: 2026-03-27 10:00 Europe/Amsterdam
            category: misdirected data
            severity: high
            description: A backup of the customer table went to the wrong supplier, who confirmed deletion.
            processing: [newsletter]
            controls: [A.5.14, A.8.12]
            personal-data-breach: true
            breach:
              risk: risk
              reasoning: Names and e-mail addresses of customers; the recipient is bound by contract.
              notified-authority: 2026-03-30T11:30+02:00
              authority-reference: AP-2026-0042
              delay-reason: The supplier confirmed the scope only on Monday.
              data-subjects: 1200
              records: 1200
            remedial-action: Deletion confirmed in writing; transfers now need a second pair of eyes.
            closed: 2026-04-02

            """
        ),
        (
            "controls/incidents/INC-3.yaml",
            """
            id: INC-3
            title: Laptop lost
            aware: 2026-05-04T18:00+02:00
            category: lost device
            severity: medium
            description: A laptop was left on a train.
            personal-data-breach: true
            breach:
              risk: high
              reasoning: The laptop held an export of customer orders.
              notified-authority: 2026-05-05T10:00+02:00
              exemption:
                ground: 34(3)(a)
                reasoning: The disk is encrypted (full-disk encryption, key not on the device).
              data-subjects: 300
            remedial-action: Device wiped remotely.
            closed: 2026-05-06

            """
        ),
        (
            "controls/incidents/INC-4.yaml",
            """
            id: INC-4
            title: Mailing list exposed
            aware: 2026-05-31T12:00+02:00
            category: misdirected e-mail
            severity: low
            description: A mailing went out with the addresses in cc.
            personal-data-breach: true
            breach:
              risk: risk
              reasoning: Addresses of private persons were visible to each other.
            remedial-action: Recipients asked to delete the message.

            """
        ),
    ]

    /// A valid register holding the incidents above and the processing activity they name.
    public static func register() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/processing/newsletter.yaml", ProcessingFixtures.activity(id: "newsletter", controls: ["A.5.34"]))
        for (path, text) in records { try fixture.write(path, text) }
        return fixture
    }
}
