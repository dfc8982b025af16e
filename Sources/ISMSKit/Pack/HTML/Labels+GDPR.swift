/// The words of the pack's GDPR parts beyond Art. 30(1): the Art. 9(2) conditions, processing
/// as a processor (Art. 30(2)), and the DPO and EU representative (Art. 30(1)(a)), in Dutch or
/// English with the AVG's own Dutch terms.
struct GDPRLabels: Sendable {
    let processorRegister: String
    let controllers: String
    let processingCategories: String
    let specialCategoriesCondition: String
    let dpo: String
    let euRepresentative: String
    private let language: ReportLanguage

    static func forLanguage(_ language: ReportLanguage) -> GDPRLabels {
        switch language {
        case .nl:
            GDPRLabels(
                processorRegister: "Verwerkingen als verwerker (art. 30 lid 2)",
                controllers: "Verwerkingsverantwoordelijken namens wie wordt verwerkt",
                processingCategories: "Categorieën van verwerkingen",
                specialCategoriesCondition: "Uitzonderingsgrond bijzondere persoonsgegevens (art. 9 lid 2 AVG)",
                dpo: "Functionaris voor gegevensbescherming", euRepresentative: "Vertegenwoordiger in de EU",
                language: language)
        case .en:
            GDPRLabels(
                processorRegister: "Processing as a processor (GDPR Art. 30(2))",
                controllers: "Controllers on whose behalf", processingCategories: "Categories of processing",
                specialCategoriesCondition: "Condition for special categories (GDPR Art. 9(2))",
                dpo: "Data protection officer", euRepresentative: "Representative in the EU", language: language)
        }
    }

    /// The condition in words, with its article.
    func condition(_ value: SpecialCategoryCondition) -> String {
        let letter = value.article.dropFirst("9(2)(".count).dropLast()
        let article = language == .nl ? "art. 9 lid 2 sub \(letter) AVG" : "GDPR Art. \(value.article)"
        return "\(conditionWords(value)) (\(article))"
    }

    private func conditionWords(_ value: SpecialCategoryCondition) -> String {
        let dutch = language == .nl
        switch value {
        case .explicitConsent: return dutch ? "uitdrukkelijke toestemming" : "explicit consent"
        case .employment:
            return dutch
                ? "arbeidsrecht, sociale zekerheid en sociale bescherming"
                : "employment, social security and social protection law"
        case .vitalInterests: return dutch ? "vitaal belang" : "vital interests"
        case .notForProfit:
            return dutch ? "instantie zonder winstoogmerk, voor haar leden" : "not-for-profit body, for its members"
        case .madePublic:
            return dutch
                ? "kennelijk openbaar gemaakt door de betrokkene" : "manifestly made public by the data subject"
        case .legalClaims: return dutch ? "rechtsvordering" : "legal claims"
        case .substantialPublicInterest: return dutch ? "zwaarwegend algemeen belang" : "substantial public interest"
        case .healthCare:
            return dutch ? "gezondheidszorg en arbeidsgeneeskunde" : "health or social care, occupational medicine"
        case .publicHealth: return dutch ? "volksgezondheid" : "public health"
        case .archivingResearch:
            return dutch
                ? "archivering, wetenschappelijk of historisch onderzoek, statistiek"
                : "archiving, scientific or historical research, statistics"
        }
    }
}
