/// ISO 3166-1 alpha-2 country codes, and which of them are in the European Economic Area.
public enum CountryCode {
    /// EU member states plus Iceland, Liechtenstein and Norway: transfers among them need no safeguard.
    public static let eea: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    ]

    public static func isInEEA(_ code: String) -> Bool { eea.contains(code) }

    /// Reads a two-letter upper-case code.
    static func read(_ reader: RecordReader, key: String, required: Bool) -> String? {
        guard let value = reader.text(key, required: required) else { return nil }
        let valid = value.unicodeScalars.count == 2 && value.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
        guard valid else {
            // A placeholder is reported once, as E107, by the reader.
            if RegisterTemplate.holdsPlaceholder(value) { return nil }
            reader.sink.report(
                .invalidValue, .countryCodeInvalid(key: key, value: value),
                at: reader.valueLocation(of: key))
            return nil
        }
        return value
    }
}
