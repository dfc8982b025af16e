import ISMSKit

/// The record texts recently shown in a form, by SHA-256: when a save finds the file changed on
/// disk, the refusal shows what changed between the text the page showed and the text there now.
/// Bounded, oldest forgotten first; a forgotten version only means the difference is not shown.
struct ServedVersions: Sendable {
    private var texts: [String: [UInt8]] = [:]
    private var order: [String] = []
    private let capacity: Int

    init(capacity: Int = 4096) { self.capacity = capacity }

    /// Remembers `bytes` and returns their digest, which the form carries as `base`.
    mutating func remember(_ bytes: [UInt8]) -> String {
        let digest = Digest.sha256(bytes)
        if texts[digest] == nil {
            texts[digest] = bytes
            order.append(digest)
            if order.count > capacity { texts[order.removeFirst()] = nil }
        }
        return digest
    }

    func text(_ digest: String) -> [UInt8]? { texts[digest] }
}
