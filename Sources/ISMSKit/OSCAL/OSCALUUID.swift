import Crypto

/// Deterministic UUIDs for OSCAL objects: RFC 4122 version 5 (name-based, SHA-1), so the same
/// register gives the same identifiers on every run and every machine, and an object keeps its
/// UUID across revisions of the document, as OSCAL asks ("per-subject").
///
/// The namespace is itself a version-5 UUID: the name `urn:isms:oscal` in the RFC's URL
/// namespace. An object's name is its organisation, audit id, kind and key, one per line:
/// `Fixture B.V.\n2026\nfinding\nA.5.1`.
public enum OSCALUUID {
    /// RFC 4122 appendix C: the namespace for URLs.
    static let urlNamespace: [UInt8] = [
        0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ]

    /// The namespace of every UUID isms exports.
    public static let namespace: String = format(v5(namespace: urlNamespace, name: "urn:isms:oscal"))

    static let namespaceBytes: [UInt8] = v5(namespace: urlNamespace, name: "urn:isms:oscal")

    /// The UUID of one object of a register's audit: `kind` says what it is (`finding`), `key`
    /// which one (`A.5.1`).
    public static func make(organisation: String, audit: String, kind: String, key: String = "") -> String {
        format(v5(namespace: namespaceBytes, name: [organisation, audit, kind, key].joined(separator: "\n")))
    }

    /// A version-5 UUID from a namespace and a name (UTF-8), as 16 bytes.
    static func v5(namespace: [UInt8], name: String) -> [UInt8] {
        var hasher = Insecure.SHA1()
        hasher.update(data: namespace)
        hasher.update(data: Array(name.utf8))
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return bytes
    }

    /// Lower-case 8-4-4-4-12 hex.
    static func format(_ bytes: [UInt8]) -> String {
        let hex = FileDigest.hex(bytes)
        let characters = Array(hex)
        var out = ""
        for (index, character) in characters.enumerated() {
            if [8, 12, 16, 20].contains(index) { out.append("-") }
            out.append(character)
        }
        return out
    }
}
