#if canImport(Glibc)
    import Glibc
#endif

/// Writing a whole buffer to a file descriptor: `write` may take less than it is given, or be
/// interrupted by a signal, and both mean "go on", not "failed".
enum FileDescriptorWrite {
    /// Writes every byte of `bytes`; nil when done, else the `errno` of the failed write.
    static func all(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var written = 0
        while written < bytes.count {
            let n = write(descriptor, base + written, bytes.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += n
        }
        return nil
    }
}
