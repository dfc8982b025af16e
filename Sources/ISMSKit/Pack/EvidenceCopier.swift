import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Copies an evidence file into a pack in large chunks, hashing what it copies, so the pack's
/// hash is the hash of the bytes actually in the pack. Never reads a file whole.
enum EvidenceCopier {
    static let chunkSize = 1 << 20
    /// Copies of at least this size start their writeback as soon as they are written (small
    /// ones are left to the kernel, which writes them out in batches).
    static let writebackThreshold: Int64 = 1 << 20

    /// Copies `source` to `destination` (creating folders) and returns the copy's digest. `durable`
    /// flushes the copy to the disk before returning (`evidence add` and `renew`, which copy a
    /// few files); a pack flushes its whole staging folder at once instead.
    static func copy(from source: String, to destination: String, durable: Bool = false) throws(PackError)
        -> FileDigest
    {
        let folder = String(destination[..<(destination.lastIndex(of: "/") ?? destination.endIndex)])
        try makeFolders(folder)
        let input = open(source, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { throw PackError("cannot read \(source): \(SystemError.describe(errno))") }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw PackError("\(source) is no longer a regular file")
        }
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw PackError.writing(destination, errno) }
        defer { close(output) }
        // A copy that fails half-way is removed, so no partial file is left in the pack.
        var complete = false
        defer { if !complete { unlink(destination) } }
        var hasher = SHA256()
        var size: Int64 = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = Glibc.read(input, buffer.baseAddress, chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw PackError("cannot read \(source): \(SystemError.describe(errno))")
            }
            if n == 0 { break }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<n])
            hasher.update(bufferPointer: chunk)
            if let failure = FileDescriptorWrite.all(chunk, to: output) {
                throw PackError.writing(destination, failure)
            }
            size += Int64(n)
        }
        if durable {
            do { try DurableSync.file(output, path: destination) } catch { throw PackError(error.message) }
        } else if size >= Self.writebackThreshold {
            DurableSync.startWriteback(output)
        }
        complete = true
        return FileDigest(sha256: FileDigest.hex(hasher.finalize()), size: size)
    }

    static func makeFolders(_ path: String) throws(PackError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw PackError("cannot create \(path): \(error.localizedDescription)")
        }
    }
}
