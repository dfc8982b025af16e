import ISMSKit

/// How `isms serve` was asked to run.
public struct WorkbenchOptions: Sendable {
    /// The register's folder, absolute.
    public var root: String
    public var host: String
    /// 0 lets the system choose a free port (the printed URL says which).
    public var port: Int
    /// Only the viewer's token exists: nothing can be changed.
    public var readOnly: Bool
    /// Print a second URL whose token gives a view that cannot change anything.
    public var viewerToken: Bool
    /// Each save becomes a git commit naming the record and the keys changed.
    public var commit: Bool
    /// The largest request body accepted (an upload of evidence files), in bytes.
    public var maxUploadBytes: Int
    /// The day the register is judged on; nil is today, read again at each check.
    public var asOf: CalendarDate?

    public init(
        root: String, host: String = "127.0.0.1", port: Int = 8027, readOnly: Bool = false, viewerToken: Bool = false,
        commit: Bool = false, maxUploadBytes: Int = 256 << 20, asOf: CalendarDate? = nil
    ) {
        self.root = root
        self.host = host
        self.port = port
        self.readOnly = readOnly
        self.viewerToken = viewerToken
        self.commit = commit
        self.maxUploadBytes = maxUploadBytes
        self.asOf = asOf
    }
}
