import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Signs a pack's MANIFEST.sha256 with a signify secret key: `MANIFEST.sha256.sig`, which
/// `signify -V -p NAME.pub -x MANIFEST.sha256.sig -m MANIFEST.sha256` checks.
public struct PackSigner: Sendable {
    public let key: SignifySecretKey
    /// The signature's comment, as signify writes it: `verify with NAME.pub`.
    public let comment: String

    public init(key: SignifySecretKey, comment: String) {
        self.key = key
        self.comment = comment
    }

    /// Reads `NAME.sec`, asking `passphrase` for the passphrase only when the key is encrypted.
    public static func load(secretKey path: String, passphrase: () throws(SigningError) -> [UInt8])
        throws(SigningError) -> PackSigner
    {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(".sec"), name.count > 4 else {
            throw SigningError(
                "the secret key must be a file named NAME.sec (as `isms keygen` writes it)", isUsage: true)
        }
        let file = try SignifySecretKeyFile.read(path: path)
        let key: SignifySecretKey
        do {
            key = try file.decrypt(passphrase: file.needsPassphrase ? try passphrase() : nil)
        } catch  where !error.isUsage {
            throw SigningError("\(path): \(error.description)")
        }
        return PackSigner(key: key, comment: "verify with \(name.dropLast(4)).pub")
    }

    /// The signature file's text for the manifest's exact bytes.
    public func signatureText(for manifest: [UInt8]) throws(SigningError) -> String {
        try key.sign(manifest, comment: comment).fileText
    }
}

/// What `isms verify` makes of MANIFEST.sha256.sig before it trusts the manifest.
public enum PackSignature {
    public static let fileName = PackVerifier.signatureName
    static let limit = 64 << 10

    public enum Outcome: Sendable, Equatable {
        /// No key given and no signature in the pack.
        case unsigned
        /// A signature is there, but no key was given to check it with.
        case notChecked
        /// The signature verifies with the key: the manifest is the one that was signed.
        case good(keyNumber: String)
        /// With a key: the signature is missing, damaged, by another key or not of this manifest.
        case bad(String)
    }

    /// Checks `folder/MANIFEST.sha256.sig` against `manifest` (the manifest's exact bytes).
    public static func check(folder: String, manifest: [UInt8], key: SignifyPublicKey?) -> Outcome {
        let path = folder + "/" + fileName
        var info = stat()
        let exists = lstat(path, &info) == 0
        guard let key else { return exists ? .notChecked : .unsigned }
        guard exists else { return .bad("missing: the pack is not signed, but --key asks for a signature") }
        let text: String
        switch FileBytes.read(path, limit: limit) {
        case .failure(let problem):
            return .bad("cannot be read: \(problem.message)")
        case .success(let bytes):
            guard let decoded = String(validating: bytes, as: UTF8.self) else { return .bad("is not UTF-8 text") }
            text = decoded
        }
        do {
            let signature = try SignifySignature(fileText: text)
            try key.verify(signature, of: manifest)
            return .good(keyNumber: key.keyNumberHex)
        } catch {
            return .bad(error.description)
        }
    }
}
