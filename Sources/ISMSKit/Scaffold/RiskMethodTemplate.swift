/// The risk method `isms init` writes into isms.yaml: an ISO/IEC 27005-style 5 × 5 lookup grid
/// with four levels, medium risks accepted by the security officer and higher ones by top
/// management. docs/register-format.md shows it verbatim (a test keeps the two equal).
public enum RiskMethodTemplate {
    public static let section = """
        risk:
          likelihood:
            - {key: rare, en: Rare, nl: Zelden, description: Less than once in ten years.}
            - {key: unlikely, en: Unlikely, nl: Onwaarschijnlijk, description: Once in three to ten years.}
            - {key: possible, en: Possible, nl: Mogelijk, description: Once in one to three years.}
            - {key: likely, en: Likely, nl: Waarschijnlijk, description: Once or more a year.}
            - {key: almost-certain, en: Almost certain, nl: Vrijwel zeker, description: Several times a year.}
          impact:
            - {key: negligible, en: Negligible, nl: Verwaarloosbaar, description: No noticeable effect.}
            - {key: minor, en: Minor, nl: Klein, description: Short disruption or a few people affected; no lasting harm.}
            - {key: moderate, en: Moderate, nl: Matig, description: A day of disruption or a group's personal data exposed.}
            - {key: major, en: Major, nl: Groot, description: Days of disruption or a reportable data breach.}
            - {key: severe, en: Severe, nl: Ernstig, description: Continuity at stake or a large data breach.}
          levels:
            - {key: low, en: Low, nl: Laag}
            - {key: medium, en: Medium, nl: Middel}
            - {key: high, en: High, nl: Hoog}
            - {key: very-high, en: Very high, nl: Zeer hoog}
          # Rows: likelihood; columns: impact from negligible to severe.
          grid:
            rare: [low, low, low, medium, medium]
            unlikely: [low, low, medium, medium, high]
            possible: [low, medium, medium, high, high]
            likely: [medium, medium, high, high, very-high]
            almost-certain: [medium, high, high, very-high, very-high]
          acceptance:
            # The highest level that may be retained without a formal acceptance.
            retain-up-to: low
            # Who may accept a residual risk of each level above that.
            accepted-by:
              medium: Security Officer
              high: Top management
              very-high: Top management
          review: 12 months

        """
}
