import Foundation

/// The frame shared by the caches under `.isms/cache`: one header line naming the format, its
/// version, what the content depends on (the machine, the build) and the SHA-256 of the body, so
/// a cache that was truncated, edited or carried elsewhere is recognised and not trusted.
enum CacheFile {
    struct ReadFailure: Error {
        /// Nil when there is no cache yet (nothing to warn about).
        let reason: String?
        init(_ reason: String?) { self.reason = reason }
    }

    /// The bytes of a cache file and where its body lies in them (not copied out: a cache is
    /// megabytes, read on every run).
    struct Body {
        let bytes: [UInt8]
        let range: Range<Int>

        init(_ bytes: [UInt8], range: Range<Int>? = nil) {
            self.bytes = bytes
            self.range = range ?? 0..<bytes.count
        }

        var reader: CacheReader { CacheReader(bytes, range: range) }
    }

    /// The body of the cache file, or why it cannot be trusted.
    static func read(_ path: String, magic: String, version: Int, stamp: String) -> Result<Body, ReadFailure> {
        guard FileManager.default.fileExists(atPath: path) else { return .failure(ReadFailure(nil)) }
        guard case .success(let bytes) = FileBytes.read(path, limit: 1 << 30) else {
            return .failure(ReadFailure("it cannot be read"))
        }
        guard let newline = bytes.firstIndex(of: 0x0A) else { return .failure(ReadFailure("it is truncated")) }
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
        let body = Body(bytes, range: (newline + 1)..<bytes.count)
        guard header.count >= 3, header[0] == magic else {
            return .failure(ReadFailure("it is not a cache of this kind"))
        }
        guard header[1] == String(version), header.count == 3 + stamp.split(separator: " ").count else {
            return .failure(ReadFailure("it is from another version of isms"))
        }
        guard header[2..<(header.count - 1)].joined(separator: " ") == stamp else {
            return .failure(ReadFailure("it is from another machine or another build of isms"))
        }
        guard header[header.count - 1] == Digest.sha256(bytes[body.range]) else {
            return .failure(ReadFailure("it is corrupt or truncated"))
        }
        return .success(body)
    }

    /// Writes a cache file atomically; a failure is ignored (the cache is an optimisation).
    static func write(_ body: [UInt8], to path: String, magic: String, version: Int, stamp: String) {
        let header = "\(magic) \(version) \(stamp) \(Digest.sha256(body))\n"
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? AtomicFile.write(Data(header.utf8) + Data(body), to: path)
    }

    /// This machine's identity: /etc/machine-id, else the host name. Read once per run (each
    /// cache asks for it when it is opened and again when it is saved).
    static func machine() -> String { machineIdentity }

    private static let machineIdentity: String = {
        if case .success(let bytes) = FileBytes.read("/etc/machine-id", limit: 256),
            let id = String(validating: bytes, as: UTF8.self)?.trimmingCharacters(in: .whitespacesAndNewlines),
            !id.isEmpty, !id.contains(" ")
        {
            return id
        }
        let host = ProcessInfo.processInfo.hostName.filter { !$0.isWhitespace }
        return host.isEmpty ? "unknown" : host
    }()
}
