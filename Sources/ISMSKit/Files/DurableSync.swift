import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Puts written files and folders on the disk before a rename makes them count.
///
/// A rename is atomic against `kill -9` as it is, but after a power cut the kernel may have
/// written the rename and not the bytes it names: a pack, an evidence file or a record could come
/// back empty. So each write path flushes what it wrote before the rename (`fsync` of the file,
/// or one `syncfs` of a pack's staging folder, which costs one wait instead of one per file), and
/// the folder after it, so that the new name is on the disk too. A failed flush is a failed write.
enum DurableSync {
    /// Sees every flush made by the current task; tests count them or make one fail.
    @TaskLocal static var observer: SyncObserver?

    /// Flushes an open file's bytes to the disk (`fsync`).
    static func file(_ descriptor: Int32, path: String) throws(FileProblem) {
        try perform(.file, path) { fsync(descriptor) }
    }

    /// Flushes a file by path (opened for the purpose, as the zip's writer keeps no descriptor).
    static func file(atPath path: String) throws(FileProblem) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(.file, path, errno) }
        defer { close(descriptor) }
        try file(descriptor, path: path)
    }

    /// Flushes a folder's entries (the names a rename or a new file put there).
    static func folder(_ path: String) throws(FileProblem) {
        let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(.folder, path, errno) }
        defer { close(descriptor) }
        try perform(.folder, path) { fsync(descriptor) }
    }

    /// Flushes the whole file system that `descriptor` (opened before the writes, so that the
    /// kernel reports any write error since then) lives on: every file of a pack in one call.
    static func fileSystem(_ descriptor: Int32, path: String) throws(FileProblem) {
        try perform(.fileSystem, path) { syncfs(descriptor) }
    }

    /// Asks the kernel to start writing an open file out now, without waiting for it
    /// (`sync_file_range(SYNC_FILE_RANGE_WRITE)`): a pack starts the writeback of each large
    /// evidence copy as it finishes, so the disk writes while the next files are copied and the
    /// final `syncfs` waits for less. Not a flush: errors are left for the `syncfs` to report.
    static func startWriteback(_ descriptor: Int32) {
        guard !skipped, let function = syncFileRange else { return }
        _ = function(descriptor, 0, 0, 2)  // SYNC_FILE_RANGE_WRITE
    }

    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
    private static let syncFileRange: SyncFileRange? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range")
        .map { unsafeBitCast($0, to: SyncFileRange.self) }

    private typealias SyncFS = @convention(c) (Int32) -> Int32

    /// Linux's `syncfs`, looked up at run time: Glibc's module declares it only under `_GNU_SOURCE`.
    /// Where it is missing, `sync` (every file system, and no error report) is the fallback.
    private static func syncfs(_ descriptor: Int32) -> Int32 {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else {
            sync()
            return 0
        }
        return unsafeBitCast(symbol, to: SyncFS.self)(descriptor)
    }

    /// The folder that holds `path`.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `ISMS_BENCHMARK_SKIP_SYNC=1` skips every flush, for `scripts/benchmark` alone to measure
    /// what durability costs; nothing else sets it.
    static let skipped = getenv("ISMS_BENCHMARK_SKIP_SYNC").map { String(cString: $0) == "1" } ?? false

    private static func perform(_ kind: SyncKind, _ path: String, _ call: () -> Int32) throws(FileProblem) {
        if skipped { return }
        var code: Int32 = call() == 0 ? 0 : errno
        if let injected = observer?.record(kind, path) { code = injected }
        if code != 0 { throw failure(kind, path, code) }
    }

    private static func failure(_ kind: SyncKind, _ path: String, _ code: Int32) -> FileProblem {
        let what = kind == .folder ? "the folder \(path)" : path
        return FileProblem("cannot put \(what) on the disk: \(SystemError.describe(code))")
    }
}

/// What was flushed.
enum SyncKind: Sendable, Equatable {
    case file, folder, fileSystem
}

/// Records the flushes of a task (see `DurableSync.observer`), and fails those that `fail`
/// names with its errno, as a disk that reports a write error at `fsync` would.
final class SyncObserver: Sendable {
    private let events = Mutex<[(kind: SyncKind, path: String)]>([])
    private let fail: @Sendable (SyncKind, String) -> Int32?

    init(fail: @escaping @Sendable (SyncKind, String) -> Int32? = { _, _ in nil }) {
        self.fail = fail
    }

    /// Every flush so far, in order.
    var flushes: [(kind: SyncKind, path: String)] { events.withLock { $0 } }

    func record(_ kind: SyncKind, _ path: String) -> Int32? {
        events.withLock { $0.append((kind, path)) }
        return fail(kind, path)
    }
}
