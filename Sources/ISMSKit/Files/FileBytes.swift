#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be read, in words a user can act on.
public struct FileProblem: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Reads small files whole, refusing anything that is not a regular file or is over a limit.
/// Opens without following a final symbolic link and without blocking on a FIFO.
public enum FileBytes {
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], FileProblem> {
        read(path) { size in
            guard size <= limit else {
                return .failure(FileProblem("it is \(size) bytes, more than the limit of \(limit)"))
            }
            return .success(size)
        }
    }

    /// The first `count` bytes of a regular file (all of a shorter one), however large it is.
    public static func head(_ path: String, count: Int) -> Result<[UInt8], FileProblem> {
        read(path) { size in .success(min(size, count)) }
    }

    /// Opens `path`, checks it is a regular file, and reads as many bytes as `amount` decides
    /// from the file's size (or fails with its problem).
    private static func read(_ path: String, amount: (Int) -> Result<Int, FileProblem>)
        -> Result<[UInt8], FileProblem>
    {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return .failure(FileProblem(SystemError.describe(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(FileProblem(SystemError.describe(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(FileProblem("it is not a regular file"))
        }
        let wanted: Int
        switch amount(Int(info.st_size)) {
        case .success(let count): wanted = count
        case .failure(let problem): return .failure(problem)
        }
        var bytes = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(FileProblem(SystemError.describe(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(bytes.count - filled)
        return .success(bytes)
    }
}

/// Human words for `errno` values.
public enum SystemError {
    public static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: "it does not exist"
        case EACCES, EPERM: "permission denied"
        case ELOOP: "it is a symbolic link (or a loop of them)"
        case EISDIR: "it is a folder"
        case ENOTDIR: "a part of its path is not a folder"
        case ENAMETOOLONG: "its path is too long"
        default: String(cString: strerror(code))
        }
    }
}
