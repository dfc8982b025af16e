import Crypto

/// OpenBSD's bcrypt_pbkdf(3), the key derivation signify and OpenSSH use for passphrases: PBKDF2's
/// structure with SHA-512 collapsing the passphrase and salt and a bcrypt-like Blowfish hash as the
/// pseudo-random function, its output bytes spread over the key rather than concatenated.
public enum BcryptPBKDF {
    /// Bytes one bcrypt hash gives: eight 32-bit words.
    static let hashSize = 32
    /// "OxychromaticBlowfishSwatDynamite": the text each bcrypt hash encrypts.
    static let magic = Array("OxychromaticBlowfishSwatDynamite".utf8)

    /// Derives `count` bytes (1 to 1024) from a non-empty passphrase and salt with `rounds` (at
    /// least 1) rounds, exactly as OpenBSD's `bcrypt_pbkdf`.
    public static func derive(passphrase: [UInt8], salt: [UInt8], rounds: Int, count: Int) throws(SigningError)
        -> [UInt8]
    {
        guard rounds >= 1, rounds <= Int(UInt32.max) else {
            throw SigningError("bcrypt_pbkdf: rounds must be at least 1")
        }
        guard !passphrase.isEmpty else { throw SigningError("the passphrase is empty") }
        guard !salt.isEmpty else { throw SigningError("bcrypt_pbkdf: the salt is empty") }
        guard count >= 1, count <= hashSize * hashSize else {
            throw SigningError("bcrypt_pbkdf: the key length must be 1 to \(hashSize * hashSize) bytes")
        }
        let stride = (count + hashSize - 1) / hashSize
        let amount = (count + stride - 1) / stride
        let hashedPassphrase = Array(SHA512.hash(data: passphrase))
        var key = [UInt8](repeating: 0, count: count)
        var remaining = count
        var block: UInt32 = 1
        while remaining > 0 {
            let counter = [
                UInt8(block >> 24), UInt8((block >> 16) & 0xFF), UInt8((block >> 8) & 0xFF), UInt8(block & 0xFF),
            ]
            var hashedSalt = Array(SHA512.hash(data: salt + counter))
            var last = bcryptHash(passphrase: hashedPassphrase, salt: hashedSalt)
            var out = last
            for _ in 1..<rounds {
                hashedSalt = Array(SHA512.hash(data: last))
                last = bcryptHash(passphrase: hashedPassphrase, salt: hashedSalt)
                for index in 0..<hashSize { out[index] ^= last[index] }
            }
            // Not PBKDF2's concatenation: byte i of this block goes to key[i * stride + block - 1].
            var written = 0
            for index in 0..<min(amount, remaining) {
                let destination = index * stride + Int(block) - 1
                if destination >= count { break }
                key[destination] = out[index]
                written += 1
            }
            remaining -= written
            block += 1
        }
        return key
    }

    /// bcrypt_hash: the expensive key schedule keyed with the hashed passphrase and salted with the
    /// hashed salt, then 64 encryptions of the magic text; the words come out little-endian.
    static func bcryptHash(passphrase: [UInt8], salt: [UInt8]) -> [UInt8] {
        let passWords = Blowfish.words(cycling: passphrase)
        let saltWords = Blowfish.words(cycling: salt)
        var blowfish = Blowfish()
        blowfish.expand(key: passWords, data: saltWords)
        for _ in 0..<64 {
            blowfish.expand(key: saltWords)
            blowfish.expand(key: passWords)
        }
        var text = Blowfish.words(cycling: magic)
        for _ in 0..<64 { blowfish.encrypt(&text) }
        var out: [UInt8] = []
        out.reserveCapacity(hashSize)
        for word in text {
            out += [UInt8(word & 0xFF), UInt8((word >> 8) & 0xFF), UInt8((word >> 16) & 0xFF), UInt8(word >> 24)]
        }
        return out
    }
}
