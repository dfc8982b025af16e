/// The keys each kind of record may hold, in the order docs/register-format.md lists them.
/// A key outside its list is reported with the closest known key.
enum RecordKeys {
    static let settings = ["organisation", "scope", "standard", "audit", "defaults", "report-language"]
    static let organisation = [
        "name", "address", "contact-email", "phone", "website", "security-officer", "supervisory-authority",
    ]
    static let audit = ["id", "period-start", "period-end", "planned-date", "certification-body"]
    static let defaults = ["freshness", "warning-window", "request-deadline"]
    static let control = [
        "id", "title", "applicable", "justification", "status", "owner", "freshness", "processing", "narrative",
        "review-by",
    ]
    static let processing = [
        "id", "name", "purposes", "legal-basis", "data-subjects", "data-categories", "special-categories",
        "recipients", "transfers", "retention", "controls", "automated-decisions", "minors", "source", "review-by",
    ]
    static let transfer = ["country", "safeguard"]
    static let party = ["id", "name", "role", "country", "services", "privacy-url", "transfer-safeguard"]
    static let evidence = ["id", "title", "collected", "owner", "files", "supports", "sha256", "expires", "example"]
    static let request = ["reference", "right", "received", "identity-verified", "answered", "outcome", "example"]
}
