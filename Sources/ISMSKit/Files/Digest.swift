import Crypto

/// SHA-256 of bytes in memory, as lowercase hex.
public enum Digest {
    public static func sha256(_ bytes: [UInt8]) -> String {
        FileDigest.hex(SHA256.hash(data: bytes))
    }

    static func sha256(_ bytes: ArraySlice<UInt8>) -> String {
        FileDigest.hex(bytes.withUnsafeBytes { SHA256.hash(data: $0) })
    }
}
