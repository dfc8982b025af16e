/// Why a pack could not be written, in words that say what to do.
public struct PackError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
