import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a new key pair as `NAME.pub` and `NAME.sec`, the way `signify -G` does: never over an
/// existing file, the secret key created with mode 0600 by `O_CREAT | O_EXCL`.
public enum SignifyKeyFiles {
    public struct Written: Sendable {
        public let publicPath: String
        public let secretPath: String
        public let publicKey: SignifyPublicKey
    }

    /// Generates a key and writes it; `comment` starts both files' comments ("isms public key",
    /// "isms secret key", as signify's -c). A nil passphrase leaves the secret key unencrypted.
    public static func generate(name: String, comment: String = "isms", passphrase: [UInt8]?) throws(SigningError)
        -> Written
    {
        try write(SignifySecretKey.generate(), name: name, comment: comment, passphrase: passphrase)
    }

    public static func write(
        _ key: SignifySecretKey, name: String, comment: String = "isms", passphrase: [UInt8]?,
        rounds: Int = Signify.defaultRounds
    ) throws(SigningError) -> Written {
        let publicPath = name + ".pub"
        let secretPath = name + ".sec"
        for path in [publicPath, secretPath] {
            var info = stat()
            if lstat(path, &info) == 0 {
                throw SigningError("\(path) already exists; a key is never written over (choose another NAME)")
            }
        }
        let publicKey = key.publicKey(comment: comment + " public key")
        try Signify.checkComment(publicKey.comment)
        let secretText = try key.fileText(comment: comment + " secret key", passphrase: passphrase, rounds: rounds)
        try create(secretPath, Array(secretText.utf8), mode: 0o600)
        do {
            try create(publicPath, Array(publicKey.fileText.utf8), mode: 0o644)
        } catch {
            unlink(secretPath)
            throw error
        }
        return Written(publicPath: publicPath, secretPath: secretPath, publicKey: publicKey)
    }

    /// Creates a new file (refusing an existing one, even a link), writes it whole and flushes it.
    static func create(_ path: String, _ bytes: [UInt8], mode: mode_t) throws(SigningError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let code = errno
            if code == EEXIST {
                throw SigningError("\(path) already exists; a key is never written over (choose another NAME)")
            }
            throw SigningError("cannot create \(path): \(SystemError.describe(code))")
        }
        // The umask may only take permissions away; the mode must be exactly this.
        fchmod(fd, mode)
        var failure = bytes.withUnsafeBytes { FileDescriptorWrite.all($0, to: fd) } ?? 0
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure != 0 {
            unlink(path)
            throw SigningError("cannot write \(path): \(SystemError.describe(failure))")
        }
    }
}
