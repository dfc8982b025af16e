import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What identifies a file's content without reading it: size, modification time to the
/// nanosecond, inode and device. Any difference means the file must be hashed again.
public struct FileIdentity: Sendable, Hashable {
    public let size: Int64
    public let modifiedSeconds: Int64
    public let modifiedNanoseconds: Int64
    public let inode: UInt64
    public let device: UInt64

    public init(size: Int64, modifiedSeconds: Int64, modifiedNanoseconds: Int64, inode: UInt64, device: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
        self.device = device
    }

    /// True when the file was last modified more than two seconds ago. Caches remember only such
    /// files: a change within the same clock tick as the one remembered could not be told apart.
    var isSettled: Bool { modifiedSeconds < Int64(Date().timeIntervalSince1970) - 2 }

    init(_ info: stat) {
        self.init(
            size: Int64(info.st_size), modifiedSeconds: Int64(info.st_mtim.tv_sec),
            modifiedNanoseconds: Int64(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }
}
