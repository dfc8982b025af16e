import Foundation

/// Why a pack could not be written, in words that say what to do.
public struct PackError: Error, Sendable, CustomStringConvertible {
    public let description: String
    /// True when the pack itself could not be written (a full disk, a read-only folder): the
    /// whole run must stop, not only the one evidence file being copied.
    var isWriteFailure = false
    public init(_ description: String) { self.description = description }

    /// A failure to write into the pack, with what to do about a full disk.
    static func writing(_ path: String, _ code: Int32) -> PackError {
        let full = code == ENOSPC || code == EDQUOT
        var error = PackError(
            "cannot write \(path): \(SystemError.describe(code))"
                + (full ? " (free some space, or write the pack elsewhere with --out)" : ""))
        error.isWriteFailure = true
        return error
    }
}
