/// One control of the built-in Annex A catalog.
public struct CatalogControl: Sendable, Hashable {
    /// The clause number without prefix, such as `5.1`.
    public let number: String
    /// The official title from Table A.1.
    public let title: String
    /// The theme (clause 5 to 8) the control belongs to.
    public let theme: Theme

    /// The identifier as a register writes it: `A.5.1`.
    public var id: String { "A." + number }

    /// Sort key that orders `A.5.2` before `A.5.10`.
    public var order: [Int] { number.split(separator: ".").compactMap { Int($0) } }
}

/// The four themes of ISO/IEC 27001:2022 Annex A.
public enum Theme: String, Sendable, CaseIterable, Codable, Comparable {
    case organizational, people, physical, technological

    /// The clause of Annex A that holds the theme.
    public var clause: Int {
        switch self {
        case .organizational: 5
        case .people: 6
        case .physical: 7
        case .technological: 8
        }
    }

    public static func < (lhs: Theme, rhs: Theme) -> Bool { lhs.clause < rhs.clause }
}
