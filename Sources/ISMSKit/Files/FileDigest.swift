import Crypto

#if canImport(Glibc)
    import Glibc
#endif

/// The SHA-256 and size of a file, computed by streaming it in large chunks through
/// swift-crypto (which uses the CPU's SHA extensions), never reading it whole.
public struct FileDigest: Sendable, Hashable {
    public let sha256: String
    public let size: Int64

    static let chunkSize = 1 << 20

    /// Hashes a regular file. Opens without blocking (a FIFO never hangs it) and refuses anything
    /// that is not a regular file once open.
    public static func compute(path: String) -> Result<FileDigest, FileProblem> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(FileProblem(SystemError.describe(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(FileProblem(SystemError.describe(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(FileProblem("it is not a regular file")) }
        var hasher = SHA256()
        var size: Int64 = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(FileProblem(SystemError.describe(errno)))
            }
            if n == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            size += Int64(n)
        }
        return .success(FileDigest(sha256: hex(hasher.finalize()), size: size))
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let bytes = Array(digest)
        return String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            for (index, byte) in bytes.enumerated() {
                out[2 * index] = hexDigit(byte >> 4)
                out[2 * index + 1] = hexDigit(byte & 0x0F)
            }
            return bytes.count * 2
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }
}
