import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes one file of the pack (pack.xml, an HTML page) as it is rendered: text is gathered in a
/// 1 MiB buffer, and each full buffer is hashed and written, so the file is never held whole and
/// its SHA-256 is that of the bytes written. Rendering cannot throw, so the first failure to write
/// is kept and `finish()` reports it; nothing is written after it.
final class PackFileWriter: TextSink {
    static let bufferSize = 1 << 20

    /// The file's path, for messages.
    let path: String
    private var descriptor: Int32
    private let buffer: UnsafeMutableRawBufferPointer
    private var used = 0
    private var hasher = SHA256()
    /// The errno of the first failed write.
    private var failure: Int32?

    /// Creates the file (it must not exist: the pack is built in a fresh folder).
    init(path: String) throws(PackError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PackError.writing(path, errno) }
        self.path = path
        self.descriptor = descriptor
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.bufferSize, alignment: 16)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        buffer.deallocate()
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends bytes, writing the buffer out whenever it fills.
    func append(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, !bytes.isEmpty else { return }
        var rest = bytes
        while !rest.isEmpty {
            let count = min(rest.count, buffer.count - used)
            (buffer.baseAddress! + used).copyMemory(from: rest.baseAddress!, byteCount: count)
            used += count
            rest = UnsafeRawBufferPointer(rebasing: rest[count...])
            if used == buffer.count { flush() }
        }
    }

    /// Writes what is buffered and closes the file; returns the SHA-256 of everything written.
    /// Like the evidence copies, the file is not flushed to the disk on its own (an fsync per
    /// file would wait for every copy written before it): the pack counts once its folder is
    /// swapped into place whole.
    func finish() throws(PackError) -> String {
        flush()
        if close(descriptor) != 0, failure == nil, errno != EINTR { failure = errno }
        descriptor = -1
        if let failure { throw PackError.writing(path, failure) }
        return FileDigest.hex(hasher.finalize())
    }

    private func flush() {
        defer { used = 0 }
        guard failure == nil, used > 0 else { return }
        let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<used])
        hasher.update(bufferPointer: chunk)
        if let problem = FileDescriptorWrite.all(chunk, to: descriptor) { failure = problem }
    }
}
