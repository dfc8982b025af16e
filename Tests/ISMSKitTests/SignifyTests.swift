import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// Keys and a signature made by `signify-openbsd` (Debian 31-3), kept here so that the formats,
/// bcrypt_pbkdf and Ed25519 are checked against signify even where it is not installed.
enum SignifyReference {
    /// `signify -G -c reference -p ref.pub -s ref.sec` with the passphrase below (42 rounds).
    static let passphrase = Array("correct horse".utf8)
    static let publicKey = """
        untrusted comment: reference public key
        RWR4+gA9YofqrJV5KwIexC8t5Yn4L+sIk1++DAy/BGDcxqN1u3FJQYXJ

        """
    static let secretKey = """
        untrusted comment: reference secret key
        RWRCSwAAACq5sjhezTFF8GvuLT30wp2bsLMunxa6Kfh4+gA9YofqrBfpxkePwqA5TEGhrLvs7bMf16Dqw/MJKw+3hKyG/U/zCFrqcfNRl/66iqBn+kkuTtOQ3lJ9yeYdakI+FeqZnMM=

        """
    /// `signify -S -s ref.sec -m msg -x msg.sig` of `message`.
    static let message = Array("hello isms\n".utf8)
    static let signature = """
        untrusted comment: verify with ref.pub
        RWR4+gA9YofqrI9sSLt1UWOmWqZQ3KvCedmPsEzJpMBgnH12S0eyJxIuWa2TeEY4XHRxo5W4rZjWvW4nSQen4VL79RcvvIKQpgk=

        """
    /// `signify -G -n`: no passphrase (rounds 0).
    static let plainPublicKey = """
        untrusted comment: signify public key
        RWRpfxJZxFvrrmZ63Trbczcp6HdFtIXFH4WxFRop6ertZO45c58Bep27

        """
    static let plainSecretKey = """
        untrusted comment: signify secret key
        RWRCSwAAAABCYCgPpPKXc7PKWVwQLcEuDcoBCY+Z98xpfxJZxFvrrp2mozwUVMTbOJo+1/AaEQBOxI0cs9lcFBcUTjLajMyoZnrdOttzNynod0W0hcUfhbEVGinp6u1k7jlznwF6nbs=

        """
}

@Suite("signify keys and signatures, and bcrypt_pbkdf")
struct SignifyTests {
    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }

    /// OpenBSD's regress/lib/libutil/bcrypt_pbkdf vectors.
    static let pbkdfVectors: [(password: String, salt: [UInt8], rounds: Int, key: String)] = [
        ("password", Array("salt".utf8), 4, "5bbf0cc293587f1c3635555c27796598d47e579071bf427e9d8fbe842aba34d9"),
        ("password", [0], 4, "c12b566235eee04c212598970a579a67"),
        ("\0", Array("salt".utf8), 4, "6051be18c2f4f82cbf0efee5471b4bb9"),
        ("password\0", Array("salt\0".utf8), 4, "7410e44cf4fa07bfaac8a928b1727fac001375e7bf7384370f48efd121743050"),
        ("pass\0wor", Array("sa\0l".utf8), 4, "c2bffd9db38f6569efef4372f4de83c0"),
        ("pass\0word", Array("sa\0lt".utf8), 4, "4ba4ac3925c0e8d7f0cdb6bb1684a56f"),
        (
            "password", Array("salt".utf8), 8,
            "e1367ec5151a33faac4cc1c144cd23fa15d5548493ecc99b9b5d9c0d3b27bec76227ea66088b849b20ab7aa478010246e74bba51723fefa9f9474d6508845e8d"
        ),
        ("password", Array("salt".utf8), 42, "833cf0dcf56db65608e8f0dc0ce882bd"),
        (
            "Lorem ipsum dolor sit amet, consectetur adipisicing elit, "
                + "sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. "
                + "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris "
                + "nisi ut aliquip ex ea commodo consequat. "
                + "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum "
                + "dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non "
                + "proident, sunt in culpa qui officia deserunt mollit anim id est laborum.",
            Array("salis\0".utf8), 8, "10978b07253df57f71a162eb0e8ad30a"
        ),
    ]

    @Test("bcrypt_pbkdf gives OpenBSD's regression vectors")
    func pbkdfVectors() throws {
        for vector in Self.pbkdfVectors {
            let expected = Self.hex(vector.key)
            let key = try BcryptPBKDF.derive(
                passphrase: Array(vector.password.utf8), salt: vector.salt, rounds: vector.rounds,
                count: expected.count)
            #expect(key == expected, "\(vector.password.prefix(12)) / \(vector.rounds) rounds")
        }
    }

    @Test("bcrypt_pbkdf refuses what OpenBSD's refuses")
    func pbkdfRefuses() {
        #expect(throws: SigningError.self) { try BcryptPBKDF.derive(passphrase: [], salt: [1], rounds: 1, count: 8) }
        #expect(throws: SigningError.self) { try BcryptPBKDF.derive(passphrase: [1], salt: [], rounds: 1, count: 8) }
        #expect(throws: SigningError.self) { try BcryptPBKDF.derive(passphrase: [1], salt: [1], rounds: 0, count: 8) }
        #expect(throws: SigningError.self) {
            try BcryptPBKDF.derive(passphrase: [1], salt: [1], rounds: 1, count: 1025)
        }
    }

    @Test("Blowfish with the ordinary key schedule gives Eric Young's test vectors")
    func blowfishVectors() {
        let vectors: [(key: String, plain: String, cipher: String)] = [
            ("0000000000000000", "0000000000000000", "4ef997456198dd78"),
            ("ffffffffffffffff", "ffffffffffffffff", "51866fd5b85ecb8a"),
            ("3000000000000000", "1000000000000001", "7d856f9a613063f2"),
            ("0123456789abcdef", "1111111111111111", "61f9c3802281b096"),
            ("fedcba9876543210", "0123456789abcdef", "0aceab0fc6a0a28d"),
        ]
        for vector in vectors {
            var blowfish = Blowfish()
            blowfish.expand(key: Blowfish.words(cycling: Self.hex(vector.key)))
            var block = Blowfish.words(cycling: Self.hex(vector.plain))
            blowfish.encrypt(&block)
            let cipher = block.map { String(format: "%08x", $0) }.joined()
            #expect(cipher == vector.cipher, "key \(vector.key)")
        }
    }

    @Test("a key signify made with a passphrase opens, and signs exactly as signify did")
    func signifyReferenceKey() throws {
        let file = try SignifySecretKeyFile(fileText: SignifyReference.secretKey)
        #expect(file.needsPassphrase)
        #expect(file.rounds == 42)
        #expect(file.comment == "reference secret key")
        let key = try file.decrypt(passphrase: SignifyReference.passphrase)
        let publicKey = try SignifyPublicKey(fileText: SignifyReference.publicKey)
        #expect(key.publicKey(comment: "reference public key") == publicKey)
        let signature = try key.sign(SignifyReference.message, comment: "verify with ref.pub")
        #expect(signature.fileText == SignifyReference.signature)
        try publicKey.verify(try SignifySignature(fileText: SignifyReference.signature), of: SignifyReference.message)
    }

    @Test("a key signify made without a passphrase opens without one")
    func signifyPlainKey() throws {
        let file = try SignifySecretKeyFile(fileText: SignifyReference.plainSecretKey)
        #expect(!file.needsPassphrase)
        let key = try file.decrypt(passphrase: nil)
        #expect(key.publicKey(comment: "signify public key").fileText == SignifyReference.plainPublicKey)
    }

    @Test("public key, secret key and signature files round-trip byte for byte")
    func roundTrips() throws {
        #expect(try SignifyPublicKey(fileText: SignifyReference.publicKey).fileText == SignifyReference.publicKey)
        #expect(try SignifySignature(fileText: SignifyReference.signature).fileText == SignifyReference.signature)
        let original = try SignifySecretKeyFile(fileText: SignifyReference.secretKey)
        let key = try original.decrypt(passphrase: SignifyReference.passphrase)
        let again = try key.fileText(
            comment: original.comment, passphrase: SignifyReference.passphrase, rounds: Int(original.rounds),
            salt: original.salt)
        #expect(again == SignifyReference.secretKey)
        let plain = try key.fileText(comment: "plain secret key", passphrase: nil)
        let reread = try SignifySecretKeyFile(fileText: plain)
        #expect(reread.rounds == 0)
        #expect(try reread.decrypt(passphrase: nil).seed == key.seed)
    }

    @Test("the secret key file has signify's layout: Ed, BK, rounds, salt, checksum, key number, key")
    func secretLayout() throws {
        let key = try SignifySecretKey(seed: Array(repeating: 7, count: 32), keyNumber: Array(1...8))
        let text = try key.fileText(comment: "layout secret key", passphrase: nil, salt: Array(repeating: 9, count: 16))
        let line = text.split(separator: "\n")[1]
        let blob = [UInt8](Data(base64Encoded: String(line))!)
        #expect(blob.count == 104)
        #expect(Array(blob[0..<4]) == Array("EdBK".utf8))
        #expect(Array(blob[4..<8]) == [0, 0, 0, 0])
        #expect(Array(blob[8..<24]) == Array(repeating: 9, count: 16))
        #expect(Array(blob[32..<40]) == Array(1...8))
        #expect(Array(blob[40..<72]) == Array(repeating: 7, count: 32))
        #expect(Array(blob[72...]) == key.publicKey)
        let encrypted = try key.fileText(
            comment: "c", passphrase: Array("pw".utf8), salt: Array(repeating: 9, count: 16))
        let encryptedBlob = [UInt8](Data(base64Encoded: String(encrypted.split(separator: "\n")[1]))!)
        #expect(Array(encryptedBlob[4..<8]) == [0, 0, 0, 42])
        #expect(Array(encryptedBlob[24..<32]) == Array(blob[24..<32]), "the checksum is of the clear key")
        #expect(Array(encryptedBlob[40...]) != Array(blob[40...]))
    }

    @Test("a wrong passphrase is reported as such, not as a damaged key")
    func wrongPassphrase() throws {
        let file = try SignifySecretKeyFile(fileText: SignifyReference.secretKey)
        #expect {
            _ = try file.decrypt(passphrase: Array("correct horsf".utf8))
        } throws: { error in
            (error as? SigningError)?.description.contains("incorrect passphrase") == true
        }
        #expect(throws: SigningError.self) { _ = try file.decrypt(passphrase: nil) }
    }

    @Test("a signature by another key, or of other bytes, does not verify")
    func wrongKeyAndMessage() throws {
        let publicKey = try SignifyPublicKey(fileText: SignifyReference.publicKey)
        let signature = try SignifySignature(fileText: SignifyReference.signature)
        let other = try SignifyPublicKey(fileText: SignifyReference.plainPublicKey)
        #expect {
            try other.verify(signature, of: SignifyReference.message)
        } throws: { error in
            (error as? SigningError)?.description.contains("signed with another key") == true
        }
        // Same key number, other key: the signature itself must fail.
        let impostor = SignifyPublicKey(keyNumber: publicKey.keyNumber, key: other.key, comment: "impostor")
        #expect(throws: SigningError.self) { try impostor.verify(signature, of: SignifyReference.message) }
        var changed = SignifyReference.message
        changed[0] ^= 1
        #expect {
            try publicKey.verify(signature, of: changed)
        } throws: { error in
            (error as? SigningError)?.description.contains("does not match") == true
        }
    }

    @Test("damaged files are refused with a reason")
    func damagedFiles() {
        let cases: [(String, String)] = [
            (SignifyReference.publicKey.replacingOccurrences(of: "RWR4+", with: "RWR4*"), "not valid base64"),
            (SignifyReference.publicKey.replacingOccurrences(of: "YXJ\n", with: "\n"), "not valid base64"),
            (
                SignifyReference.publicKey.replacingOccurrences(of: "untrusted comment: ", with: "comment: "),
                "first line"
            ),
            (SignifyReference.publicKey.replacingOccurrences(of: "\nRWR4", with: "\n"), "damaged"),
            (
                "untrusted comment: x\n" + Data(Array("Xx".utf8) + Array(repeating: 0, count: 40)).base64EncodedString()
                    + "\n",
                "unsupported"
            ),
            (String(SignifyReference.publicKey.dropLast()), "newline"),
            (SignifyReference.publicKey + "extra\n", "newline"),
        ]
        for (text, reason) in cases {
            #expect {
                _ = try SignifyPublicKey(fileText: text)
            } throws: { error in
                (error as? SigningError)?.description.contains(reason) == true
            }
        }
        #expect(throws: SigningError.self) { _ = try SignifySignature(fileText: SignifyReference.publicKey) }
        #expect(throws: SigningError.self) { _ = try SignifySecretKeyFile(fileText: SignifyReference.publicKey) }
    }

    @Test("Ed25519 signatures are deterministic (RFC 8032): the same key and bytes give the same signature")
    func deterministic() throws {
        let key = SignifySecretKey.generate()
        let message = Array("a manifest\n".utf8)
        let first = try key.sign(message, comment: "verify with k.pub")
        let second = try key.sign(message, comment: "verify with k.pub")
        #expect(first == second)
        try key.publicKey(comment: "k").verify(first, of: message)
    }

    @Test("key files: the secret key has mode 0600, nothing is written over, and both files read back")
    func keyFiles() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-signify-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = try SignifySecretKey(seed: Array(repeating: 3, count: 32), keyNumber: Array(repeating: 4, count: 8))
        let written = try SignifyKeyFiles.write(key, name: folder + "/org", passphrase: nil)
        let secretMode = try FileManager.default.attributesOfItem(atPath: written.secretPath)[.posixPermissions] as? Int
        let publicMode = try FileManager.default.attributesOfItem(atPath: written.publicPath)[.posixPermissions] as? Int
        #expect(secretMode == 0o600)
        #expect(publicMode == 0o644)
        let publicText = try String(contentsOfFile: written.publicPath, encoding: .utf8)
        #expect(publicText.hasPrefix("untrusted comment: isms public key\n"))
        #expect(try SignifyPublicKey.read(path: written.publicPath) == written.publicKey)
        let secret = try SignifySecretKeyFile.read(path: written.secretPath)
        #expect(secret.comment == "isms secret key")
        #expect(try secret.decrypt(passphrase: nil).seed == key.seed)
        let before = try Data(contentsOf: URL(fileURLWithPath: written.secretPath))
        #expect {
            _ = try SignifyKeyFiles.write(SignifySecretKey.generate(), name: folder + "/org", passphrase: nil)
        } throws: { error in
            (error as? SigningError)?.description.contains("already exists") == true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: written.secretPath)) == before)
        // Only the public key there: refused too, and no secret key left behind.
        try FileManager.default.removeItem(atPath: written.secretPath)
        #expect(throws: SigningError.self) { _ = try SignifyKeyFiles.generate(name: folder + "/org", passphrase: nil) }
        #expect(!FileManager.default.fileExists(atPath: written.secretPath))
        // A link where the secret key would go is not followed.
        symlink(folder + "/elsewhere", folder + "/linked.sec")
        #expect(throws: SigningError.self) {
            _ = try SignifyKeyFiles.generate(name: folder + "/linked", passphrase: nil)
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/elsewhere"))
    }

    @Test("a signer is named by its .sec file and writes signify's comment")
    func signer() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-signer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(SignifyReference.secretKey.utf8).write(to: URL(fileURLWithPath: folder + "/ref.sec"))
        var asked = 0
        let signer = try PackSigner.load(secretKey: folder + "/ref.sec") { () throws(SigningError) in
            asked += 1
            return SignifyReference.passphrase
        }
        #expect(asked == 1)
        #expect(try signer.signatureText(for: SignifyReference.message) == SignifyReference.signature)
        try Data(SignifyReference.secretKey.utf8).write(to: URL(fileURLWithPath: folder + "/ref.key"))
        #expect(throws: SigningError.self) {
            _ = try PackSigner.load(secretKey: folder + "/ref.key") { () throws(SigningError) in [] }
        }
    }
}
