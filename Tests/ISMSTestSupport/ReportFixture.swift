import Foundation
import ISMSKit

/// A small register with one control in every evidence state, Dutch accents, a justification with a
/// comma, quotes and a line break, a formula-like justification, and two processing activities.
/// On `asOf` (2026-06-01, warning window 30 days):
/// A.5.1 to A.5.4 covered or excluded, A.5.5 expired, A.5.6 expiring, A.5.7 missing, A.5.8 undecided.
public enum ReportFixture {
    public static let asOf = FixtureRegister.asOf
    public static let dutchJustification =
        "Verplicht, want cliëntgegevens worden één keer per jaar beoordeeld (beëindigd: nee)."
    public static let trickyJustification = "Roles, as \"agreed\"\nby the board"
    public static let formulaJustification = "=HYPERLINK(\"http://evil.example\",\"click\")"

    public static func control(
        _ id: String, title: String, applicable: String = "true", justification: String, status: String = "implemented",
        owner: String = "CISO"
    ) -> String {
        """
        id: \(id)
        title: \(yaml(title))
        applicable: \(applicable)
        justification: \(yaml(justification))
        status: \(status)
        owner: \(yaml(owner))

        """
    }

    /// A YAML double-quoted scalar.
    public static func yaml(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    public static func make() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        let special: Set<String> = ["A.5.3", "A.5.5", "A.5.6", "A.5.7", "A.5.8"]
        try fixture.addEvidence(
            "ev-policy",
            supports: AnnexACatalog.controls.map(\.id).filter { !special.contains($0) } + ["ORG-2", "ORG-10"]
                + ClauseCatalog.documentedInformation.map(\.id))
        try fixture.write(
            "controls/annex-a/A.5.1.yaml",
            control("A.5.1", title: "Policies for information security", justification: dutchJustification))
        try fixture.write(
            "controls/annex-a/A.5.2.yaml",
            control(
                "A.5.2", title: "Information security roles and responsibilities", justification: trickyJustification,
                owner: "Directie, Security Officer"))
        try fixture.write(
            "controls/annex-a/A.5.3.yaml",
            control(
                "A.5.3", title: "Segregation of duties", applicable: "false",
                justification: "Excluded: five people, no segregation possible.", status: "not-started"))
        try fixture.write(
            "controls/annex-a/A.5.4.yaml",
            control("A.5.4", title: "Management responsibilities", justification: formulaJustification))
        try fixture.write(
            "controls/annex-a/A.5.8.yaml",
            "id: A.5.8\ntitle: Information security in project management\napplicable:\njustification: x\nstatus: planned\nowner: PMO\n"
        )
        try fixture.write(
            "controls/custom/ORG-10.yaml", control("ORG-10", title: "Pipes | and <b>tags</b>", justification: "Own."))
        try fixture.write(
            "controls/custom/ORG-2.yaml", control("ORG-2", title: "Own control two", justification: "Own."))
        try fixture.addEvidence(
            "ev-old", folder: "evidence/old", file: "old.txt", content: "old\n", collected: "2025-01-10",
            supports: ["A.5.5", "A.5.6"])
        try fixture.addEvidence(
            "ev-soon", folder: "evidence/soon", file: "soon.txt", content: "soon\n", collected: "2025-06-15",
            supports: ["A.5.6", "newsletter"])
        try fixture.addEvidence(
            "ev-dpa", folder: "evidence/dpa", file: "dpa.pdf", content: "dpa\n", collected: "2026-05-01",
            supports: ["purechat"])
        try fixture.write(
            "controls/processing/newsletter.yaml",
            """
            id: newsletter
            name: Nieuwsbrief
            purposes: ["Send the newsletter, monthly", "Measure reach"]
            legal-basis: consent
            data-subjects: [Abonnees]
            data-categories: [Voornaam, E-mailadres]
            special-categories: []
            recipients: [purechat]
            transfers:
              - country: "US"
                safeguard: DPF
            retention: until consent is withdrawn
            controls: [A.5.1, ORG-2]
            automated-decisions: false
            minors: |
              Not aimed at children under 16.
              Parents may ask for deletion.
            source: "Privacyverklaring, 'Nieuwsbrief'"

            """)
        try fixture.write(
            "controls/processing/contact-form.yaml",
            """
            id: contact-form
            name: Contact form
            purposes: [Answer questions]
            legal-basis: contract
            data-subjects: [Visitors]
            data-categories: [Name, Email]
            special-categories: [Health]
            special-categories-condition: health-care
            recipients: []
            transfers: []
            retention: undetermined
            controls: [A.5.1]
            automated-decisions: true

            """)
        try fixture.write(
            "controls/parties/purechat.yaml",
            ProcessingFixtures.party(id: "purechat", role: "processor", country: "US", safeguard: "DPF"))
        return fixture
    }

    public static func report(_ fixture: FixtureRegister, asOf: String = asOf) throws -> CheckReport {
        try fixture.check(asOf: asOf)
    }
}
