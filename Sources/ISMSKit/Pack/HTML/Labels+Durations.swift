/// Durations and retention rules in the pack's language: the register writes `6 months` and
/// `while customer` in English (they are values of its keys), and a Dutch page shows
/// `6 maanden` and `zolang klant`.
extension ReportLanguage {
    /// A period in words: `4 weken`, `1 maand`; `4 weeks`, `1 month`.
    func words(_ period: Period) -> String {
        switch self {
        case .en: return period.description
        case .nl:
            let one = period.amount == 1
            let unit: String
            switch period.unit {
            case .days: unit = one ? "dag" : "dagen"
            case .weeks: unit = one ? "week" : "weken"
            case .months: unit = one ? "maand" : "maanden"
            case .years: unit = "jaar"
            }
            return "\(period.amount) \(unit)"
        }
    }

    /// The rules docs/register-format.md names for `retention`, in Dutch.
    private static let dutchRetentionRules: [String: String] = [
        "undetermined": "onbepaald (nog niet vastgesteld)",
        "while customer": "zolang de organisatie klant is",
        "until consent is withdrawn": "tot de toestemming wordt ingetrokken",
        "until the request is answered": "tot het verzoek is beantwoord",
    ]

    /// A retention as the page shows it: a duration or one of the documented rules in the page's
    /// words; any other text as the register writes it (it is the organisation's own wording).
    func retention(_ text: String) -> String {
        guard self == .nl else { return text }
        let trimmed = text.trimmingSpaces()
        if let period = Period(trimmed) { return words(period) }
        return Self.dutchRetentionRules[trimmed.lowercased()] ?? text
    }
}
