/// One gap or problem that `isms check` reports: a value every output format renders alike.
///
/// The wording comes from a `FindingMessage`, rendered once in each report language: `message` is
/// the English text the command line prints, `text(in:)` the text of a pack in its language.
public struct Finding: Sendable, Hashable, Codable {
    public var code: FindingCode
    /// The English text: what `isms check`, `explain` and pack.xml show, and what findings sort on.
    public var message: String
    /// The Dutch text, shown by a pack written in Dutch.
    public var dutchMessage: String
    public var location: SourceLocation

    public var severity: Severity { code.severity }

    public init(_ code: FindingCode, _ message: FindingMessage, at location: SourceLocation) {
        self.init(code, english: message.english, dutch: message.dutch, at: location)
    }

    /// A finding whose texts were rendered before (read back from the record cache).
    init(_ code: FindingCode, english: String, dutch: String, at location: SourceLocation) {
        self.code = code
        self.message = english
        self.dutchMessage = dutch
        self.location = location
    }

    /// The message in a report language.
    public func text(in language: ReportLanguage) -> String {
        switch language {
        case .en: message
        case .nl: dutchMessage
        }
    }
}

extension Finding: Comparable {
    /// Findings sort by place first (paths in natural order), then by code and English message (also
    /// in natural order: clause 5.2 before clause 10.2), so output is stable and the same in every
    /// language.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return NaturalOrder.precedes(lhs.message, rhs.message)
    }
}

/// A finding can stand for the failure of a stage that reads one file.
extension Finding: Error {}
