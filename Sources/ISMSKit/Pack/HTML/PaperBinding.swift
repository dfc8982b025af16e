/// What ties a printed page to the signed pack: the SHA-256 of pack.xml, which the manifest
/// lists and its signature covers (the manifest's own hash cannot appear in a page that the
/// manifest lists), and the number of the signify key that signed the manifest. An auditor who
/// holds the paper can compare both with `isms verify` on the pack.
public struct PaperBinding: Sendable, Equatable {
    /// Hex SHA-256 of pack.xml as written into the pack; nil when the HTML is rendered alone.
    public var packXMLSHA256: String?
    /// Hex signify key number of the key signing the manifest; nil when the pack is unsigned.
    public var keyNumber: String?

    public init(packXMLSHA256: String? = nil, keyNumber: String? = nil) {
        self.packXMLSHA256 = packXMLSHA256
        self.keyNumber = keyNumber
    }
}
