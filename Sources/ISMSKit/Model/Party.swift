/// A third party: a processor, another controller, or a recipient of personal data.
public struct Party: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, CaseIterable, Codable {
        case processor
        case controller
        case jointController = "joint-controller"
        case recipient
    }

    public var id: String
    public var name: String
    public var role: Role
    /// ISO 3166-1 alpha-2 code.
    public var country: String
    public var services: [String]
    public var privacyURL: String?
    public var transferSafeguard: TransferSafeguard?
    public var origin: RecordOrigin
}
