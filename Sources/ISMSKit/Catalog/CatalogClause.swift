/// One clause of ISO/IEC 27001:2022 clauses 4 to 10, the management system's requirements.
public struct CatalogClause: Sendable, Hashable {
    /// The number as the standard writes it: `4`, `6.1.2`, `9.2`.
    public let number: String
    /// The official title (with Amendment 1:2024, which left the titles as they were).
    public let title: String
    /// The clause requires documented information to be available or retained ("documented
    /// information shall be available" / "the organization shall retain documented information").
    public let requiresDocumentedInformation: Bool

    /// The id as a register writes it: `clause-9.2`, never to collide with a control id.
    public var id: String { ClauseCatalog.prefix + number }

    /// `6.1.2` is at depth 3, `6` at depth 1.
    public var depth: Int { order.count }

    /// The top-level clause (`6` for `6.1.2`).
    public var section: String { String(number.prefix { $0 != "." }) }

    /// Sort key that orders `9.2` before `10.1`.
    public var order: [Int] { number.split(separator: ".").compactMap { Int($0) } }

    /// True when `self` is `other` or lies inside it (`6.1.2` inside `6.1` and `6`).
    public func isWithin(_ other: CatalogClause) -> Bool {
        order.count >= other.order.count && Array(order.prefix(other.order.count)) == other.order
    }
}
