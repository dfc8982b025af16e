import Crypto
import Foundation

/// Why a key or a signature cannot be made, read or used, in words that say what to do.
public struct SigningError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    /// The command line asked for something impossible (exit status 2 rather than 1).
    public let isUsage: Bool

    public init(_ description: String, isUsage: Bool = false) {
        self.description = description
        self.isUsage = isUsage
    }
}

/// OpenBSD signify's file formats, byte for byte. Every file is two lines:
/// `untrusted comment: <text>` and the base64 of a binary blob that starts with the algorithm
/// "Ed" (Ed25519). Public key: "Ed", 8-byte key number, 32-byte public key. Secret key: "Ed",
/// "BK" (bcrypt_pbkdf), 4-byte big-endian rounds, 16-byte salt, 8-byte checksum, key number,
/// 64-byte secret key (seed and public key) XORed with bcrypt_pbkdf's output when rounds > 0.
/// Signature: "Ed", key number, 64-byte Ed25519 signature.
public enum Signify {
    public static let commentHeader = "untrusted comment: "
    /// signify's COMMENTMAXLEN: a comment must be shorter (its terminating NUL counts).
    static let commentLimit = 1024
    static let algorithm = Array("Ed".utf8)
    static let kdfAlgorithm = Array("BK".utf8)
    /// The rounds signify uses for a passphrase.
    public static let defaultRounds = 42
    static let keyNumberSize = 8
    static let saltSize = 16
    static let checksumSize = 8
    /// Ed25519 seed (32 bytes) followed by the public key (32 bytes), as signify stores it.
    static let secretSize = 64
    static let publicSize = 32
    static let signatureSize = 64
    /// Larger key or signature files are refused unread.
    static let fileLimit = 64 << 10

    /// The two lines of a signify file.
    static func text(comment: String, blob: [UInt8]) -> String {
        "\(commentHeader)\(comment)\n\(Data(blob).base64EncodedString())\n"
    }

    /// A comment signify accepts: not empty, one line, shorter than 1024 bytes.
    static func checkComment(_ comment: String) throws(SigningError) {
        guard !comment.isEmpty else { throw SigningError("a signify comment cannot be empty", isUsage: true) }
        guard !comment.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\0" }) else {
            throw SigningError("a signify comment must be one line", isUsage: true)
        }
        guard comment.utf8.count < commentLimit else {
            throw SigningError("a signify comment must be shorter than \(commentLimit) bytes", isUsage: true)
        }
    }

    /// Reads a signify file's comment and blob; `kind` names it in messages ("public key").
    static func parse(_ text: String, kind: String, size: Int, kdf: Bool = false) throws(SigningError) -> (
        comment: String, blob: [UInt8]
    ) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 3, lines[2].isEmpty else {
            throw SigningError(
                "not a signify \(kind): expected a comment line and a base64 line, each ending in a newline")
        }
        guard lines[0].hasPrefix(commentHeader), lines[0].count > commentHeader.count else {
            throw SigningError("not a signify \(kind): the first line must start with `\(commentHeader)`")
        }
        let comment = String(lines[0].dropFirst(commentHeader.count))
        guard comment.utf8.count < commentLimit else { throw SigningError("the \(kind)'s comment is too long") }
        if lines[1].hasSuffix("\r") { lines[1] = lines[1].dropLast() }
        guard let data = Data(base64Encoded: String(lines[1])) else {
            throw SigningError("the \(kind) is damaged: its second line is not valid base64")
        }
        let blob = [UInt8](data)
        guard blob.count == size else {
            throw SigningError("the \(kind) is damaged: \(blob.count) bytes where signify writes \(size)")
        }
        guard Array(blob[0..<2]) == algorithm, !kdf || Array(blob[2..<4]) == kdfAlgorithm else {
            throw SigningError("unsupported \(kind): signify's Ed25519 (\"Ed\") keys only")
        }
        return (comment, blob)
    }

    /// Reads a key or signature file, refusing links, folders and anything large.
    static func read(_ path: String, kind: String) throws(SigningError) -> String {
        switch FileBytes.read(path, limit: fileLimit) {
        case .failure(let problem):
            throw SigningError("cannot read the \(kind) \(path): \(problem.message)")
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw SigningError("the \(kind) \(path) is not UTF-8 text")
            }
            return text
        }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}

/// A signify public key: what an auditor needs to check a signed pack.
public struct SignifyPublicKey: Sendable, Equatable {
    public let keyNumber: [UInt8]
    public let key: [UInt8]
    public let comment: String

    public init(keyNumber: [UInt8], key: [UInt8], comment: String) {
        self.keyNumber = keyNumber
        self.key = key
        self.comment = comment
    }

    /// Parses the text of a `.pub` file.
    public init(fileText: String) throws(SigningError) {
        let (comment, blob) = try Signify.parse(fileText, kind: "public key", size: 2 + 8 + Signify.publicSize)
        self.init(keyNumber: Array(blob[2..<10]), key: Array(blob[10...]), comment: comment)
    }

    public static func read(path: String) throws(SigningError) -> SignifyPublicKey {
        let text = try Signify.read(path, kind: "public key")
        do {
            return try SignifyPublicKey(fileText: text)
        } catch {
            throw SigningError("\(path): \(error.description)")
        }
    }

    public var fileText: String { Signify.text(comment: comment, blob: Signify.algorithm + keyNumber + key) }

    /// The key number in hexadecimal, to name the key in messages.
    public var keyNumberHex: String { Signify.hex(keyNumber) }

    /// Throws unless `signature` is this key's Ed25519 signature of exactly `message`.
    public func verify(_ signature: SignifySignature, of message: [UInt8]) throws(SigningError) {
        guard signature.keyNumber == keyNumber else {
            throw SigningError(
                "signed with another key (key number \(Signify.hex(signature.keyNumber)), "
                    + "this public key has \(keyNumberHex))")
        }
        guard let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: key),
            publicKey.isValidSignature(signature.signature, for: message)
        else {
            throw SigningError("the signature does not match: the signed file was changed, or the signature damaged")
        }
    }
}

/// A detached signify signature (`.sig`).
public struct SignifySignature: Sendable, Equatable {
    public let keyNumber: [UInt8]
    public let signature: [UInt8]
    public let comment: String

    public init(keyNumber: [UInt8], signature: [UInt8], comment: String) {
        self.keyNumber = keyNumber
        self.signature = signature
        self.comment = comment
    }

    public init(fileText: String) throws(SigningError) {
        let (comment, blob) = try Signify.parse(fileText, kind: "signature", size: 2 + 8 + Signify.signatureSize)
        self.init(keyNumber: Array(blob[2..<10]), signature: Array(blob[10...]), comment: comment)
    }

    public var fileText: String { Signify.text(comment: comment, blob: Signify.algorithm + keyNumber + signature) }
}

/// A signify secret key in the clear: the Ed25519 seed and the key number.
public struct SignifySecretKey: Sendable {
    public let keyNumber: [UInt8]
    public let seed: [UInt8]
    /// The Ed25519 public key of `seed`.
    public let publicKey: [UInt8]

    /// A key from a 32-byte Ed25519 seed and an 8-byte key number.
    public init(seed: [UInt8], keyNumber: [UInt8]) throws(SigningError) {
        guard seed.count == 32, keyNumber.count == Signify.keyNumberSize,
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        else { throw SigningError("a signify key needs a 32-byte seed and an 8-byte key number") }
        self.seed = seed
        self.keyNumber = keyNumber
        self.publicKey = Array(key.publicKey.rawRepresentation)
    }

    /// A new key: a random seed and a random key number.
    public static func generate() -> SignifySecretKey {
        let key = Curve25519.Signing.PrivateKey()
        // A fresh 32-byte seed and 8-byte number always make a key.
        return try! SignifySecretKey(
            seed: Array(key.rawRepresentation), keyNumber: Signify.randomBytes(Signify.keyNumberSize))
    }

    /// The key number as `isms verify` and the printed pack show it.
    public var keyNumberHex: String { Signify.hex(keyNumber) }

    public func publicKey(comment: String) -> SignifyPublicKey {
        SignifyPublicKey(keyNumber: keyNumber, key: publicKey, comment: comment)
    }

    /// The Ed25519 signature of exactly `message` (RFC 8032: the same bytes every time).
    public func sign(_ message: [UInt8], comment: String) throws(SigningError) -> SignifySignature {
        do {
            let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
            return SignifySignature(
                keyNumber: keyNumber, signature: Array(try key.signature(for: message)), comment: comment)
        } catch {
            throw SigningError("cannot sign: \(error)")
        }
    }

    /// The 64 bytes signify stores: seed, then public key.
    var secretBytes: [UInt8] { seed + publicKey }

    /// The `.sec` file: encrypted with bcrypt_pbkdf(passphrase, salt, rounds) when a passphrase
    /// is given, in the clear with rounds 0 otherwise. The salt is random unless given.
    public func fileText(
        comment: String, passphrase: [UInt8]?, rounds: Int = Signify.defaultRounds, salt: [UInt8]? = nil
    )
        throws(SigningError) -> String
    {
        try Signify.checkComment(comment)
        let salt = salt ?? Signify.randomBytes(Signify.saltSize)
        guard salt.count == Signify.saltSize else { throw SigningError("a signify salt has 16 bytes") }
        let secret = secretBytes
        let checksum = Array(SHA512.hash(data: secret).prefix(Signify.checksumSize))
        var stored = secret
        var storedRounds: UInt32 = 0
        if let passphrase {
            guard rounds >= 1, rounds <= Int(UInt32.max) else { throw SigningError("rounds must be at least 1") }
            storedRounds = UInt32(rounds)
            let mask = try BcryptPBKDF.derive(
                passphrase: passphrase, salt: salt, rounds: rounds, count: Signify.secretSize)
            for index in 0..<Signify.secretSize { stored[index] ^= mask[index] }
        }
        let roundBytes = (0..<4).map { UInt8((storedRounds >> (24 - 8 * UInt32($0))) & 0xFF) }
        let blob = Signify.algorithm + Signify.kdfAlgorithm + roundBytes + salt + checksum + keyNumber + stored
        return Signify.text(comment: comment, blob: blob)
    }
}

/// A `.sec` file as read: possibly encrypted, so not yet usable.
public struct SignifySecretKeyFile: Sendable {
    public let comment: String
    public let rounds: UInt32
    let salt: [UInt8]
    let checksum: [UInt8]
    public let keyNumber: [UInt8]
    let stored: [UInt8]

    public init(fileText: String) throws(SigningError) {
        let (comment, blob) = try Signify.parse(
            fileText, kind: "secret key", size: 2 + 2 + 4 + 16 + 8 + 8 + Signify.secretSize, kdf: true)
        self.comment = comment
        rounds = blob[4..<8].reduce(0) { ($0 << 8) | UInt32($1) }
        salt = Array(blob[8..<24])
        checksum = Array(blob[24..<32])
        keyNumber = Array(blob[32..<40])
        stored = Array(blob[40...])
    }

    public static func read(path: String) throws(SigningError) -> SignifySecretKeyFile {
        let text = try Signify.read(path, kind: "secret key")
        do {
            return try SignifySecretKeyFile(fileText: text)
        } catch {
            throw SigningError("\(path): \(error.description)")
        }
    }

    /// True when the key is encrypted (rounds > 0) and a passphrase must be given.
    public var needsPassphrase: Bool { rounds > 0 }

    /// The key in the clear. A wrong passphrase shows as a checksum that does not match.
    public func decrypt(passphrase: [UInt8]?) throws(SigningError) -> SignifySecretKey {
        var secret = stored
        if rounds > 0 {
            guard let passphrase else { throw SigningError("the secret key is encrypted: a passphrase is needed") }
            let mask = try BcryptPBKDF.derive(
                passphrase: passphrase, salt: salt, rounds: Int(rounds), count: Signify.secretSize)
            for index in 0..<Signify.secretSize { secret[index] ^= mask[index] }
        }
        guard Array(SHA512.hash(data: secret).prefix(Signify.checksumSize)) == checksum else {
            throw SigningError(
                rounds > 0
                    ? "incorrect passphrase (the secret key's checksum does not match)"
                    : "the secret key is damaged (its checksum does not match)")
        }
        let key = try SignifySecretKey(seed: Array(secret[0..<32]), keyNumber: keyNumber)
        guard key.publicKey == Array(secret[32...]) else {
            throw SigningError("the secret key is damaged (its public half does not belong to it)")
        }
        return key
    }
}
