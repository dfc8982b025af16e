/// Who a request comes from, as its session cookie says.
enum AccessRole: Sendable, Equatable {
    /// The compliance lead: may change the register.
    case editor
    /// The auditor: may read everything and change nothing; every write is refused on the server.
    case viewer

    var mayWrite: Bool { self == .editor }
}
