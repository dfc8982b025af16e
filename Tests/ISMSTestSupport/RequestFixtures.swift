/// Data-subject request records for tests to vary.
public enum RequestFixtures {
    /// A request record; `answered` nil leaves it open (and without outcome unless one is given).
    public static func request(
        _ reference: String = "DSR-2026-001", right: String = "access", received: String = "2026-03-02",
        identityVerified: String? = nil, answered: String? = nil, outcome: String? = nil, extra: String = ""
    ) -> String {
        var lines = ["reference: \(ReportFixture.yaml(reference))", "right: \(right)", "received: \(received)"]
        if let identityVerified { lines.append("identity-verified: \(identityVerified)") }
        if let answered {
            lines.append("answered: \(answered)")
            lines.append("outcome: \(ReportFixture.yaml(outcome ?? "Copy of the data sent."))")
        } else if let outcome {
            lines.append("outcome: \(ReportFixture.yaml(outcome))")
        }
        if !extra.isEmpty { lines.append(extra) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes a request record under controls/requests/, named after the file name given.
    public static func add(_ fixture: FixtureRegister, _ name: String, _ record: String) throws {
        try fixture.write("controls/requests/\(name).yaml", record)
    }
}
