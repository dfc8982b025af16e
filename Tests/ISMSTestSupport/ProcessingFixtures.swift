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

    /// An HR record resting on two bases, each purpose naming its own (GDPR Art. 6(1)(b) and (c)),
    /// with health data under the employment condition of Art. 9(2)(b).
    public static func personnel(id: String = "personnel", condition: String? = "employment") -> String {
        """
        id: \(id)
        name: Personnel records
        purposes:
          - purpose: Salarisadministratie
            legal-basis: legal-obligation
          - purpose: Arbeidsovereenkomst uitvoeren
            legal-basis: contract
        legal-basis: [contract, legal-obligation]
        data-subjects: [Employees]
        data-categories: [Name, Bank account, Sick leave]
        special-categories: [Health (sick leave)]
        \(condition.map { "special-categories-condition: \($0)" } ?? "")
        recipients: []
        transfers: []
        retention: 7 years after employment ends
        controls: [A.5.34]
        automated-decisions: false

        """
    }

    /// Processing carried out as a processor on behalf of a customer (GDPR Art. 30(2)).
    public static func asProcessor(id: String, controllers: String = "[Klant B.V.]") -> String {
        """
        id: \(id)
        name: Platform hosting for customers
        role: processor
        controllers: \(controllers)
        processing-categories: [Hosting, Backup]
        transfers: []
        controls: [A.5.34]

        """
    }

    /// isms.yaml of `FixtureRegister` with a DPO and an EU representative (GDPR Art. 30(1)(a)).
    public static let settingsWithOfficers = FixtureRegister.settings.replacingOccurrences(
        of: "  supervisory-authority: Autoriteit Persoonsgegevens\n",
        with: """
              supervisory-authority: Autoriteit Persoonsgegevens
              dpo: "J. de Vries, FG <fg@fixture.example>"
              eu-representative: Rep & Co <rep@fixture.example>

            """)

    /// Adds the GDPR cases to a register: the DPO and EU representative, the two-basis HR record
    /// with an Art. 9(2) condition, and processing as a processor for a party and a named customer.
    public static func addGDPRCases(to fixture: FixtureRegister) throws {
        try fixture.write("isms.yaml", settingsWithOfficers)
        try fixture.write("controls/processing/personnel.yaml", personnel())
        try fixture.write("controls/parties/klant.yaml", party(id: "klant", role: "controller"))
        try fixture.write(
            "controls/processing/hosting.yaml", asProcessor(id: "hosting", controllers: "[klant, Other Customer B.V.]"))
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
