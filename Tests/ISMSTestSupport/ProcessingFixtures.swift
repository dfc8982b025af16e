/// Valid processing-activity and party records for tests to vary.
public enum ProcessingFixtures {
    public static func activity(
        id: String, basis: String = "contract", recipients: [String] = [], transfers: String = "[]",
        retention: String = "while customer", controls: [String] = ["A.5.34"]
    ) -> String {
        """
        id: \(id)
        name: Activity \(id)
        purposes: [Serve customers]
        legal-basis: \(basis)
        data-subjects: [Customers]
        data-categories: [Name, Email]
        special-categories: []
        recipients: [\(recipients.joined(separator: ", "))]
        transfers: \(transfers)
        retention: \(retention)
        controls: [\(controls.joined(separator: ", "))]
        automated-decisions: false
        minors: Not aimed at children under 16.
        source: Privacy statement

        """
    }

    public static func party(id: String, role: String = "recipient", country: String = "NL", safeguard: String? = nil)
        -> String
    {
        """
        id: \(id)
        name: Party \(id)
        role: \(role)
        country: "\(country)"
        services: [Hosting]
        privacy-url: https://example.com/privacy
        \(safeguard.map { "transfer-safeguard: \($0)" } ?? "")

        """
    }
}
