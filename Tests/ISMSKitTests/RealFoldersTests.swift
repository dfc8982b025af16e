import Foundation
import Testing

@testable import ISMSKit

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Evidence paths resolved through their folder")
struct RealFoldersTests {
    /// A register-like folder: more folders than the handle budget, each with one file, plus links.
    private func tree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("real-folders-\(UUID().uuidString)")
            .path
        for n in 0..<(RealFolders.handleBudget + 20) {
            try FileManager.default.createDirectory(atPath: "\(root)/evidence/f\(n)", withIntermediateDirectories: true)
            try Data("file \(n)\n".utf8).write(to: URL(fileURLWithPath: "\(root)/evidence/f\(n)/a.txt"))
        }
        try FileManager.default.createSymbolicLink(atPath: "\(root)/evidence/f0/link.txt", withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: "\(root)/evidence/linked", withDestinationPath: "f1")
        return root
    }

    @Test("every file resolves to its real path with its own lstat, beyond the handle budget too")
    func resolvesEveryFolder() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let real = try #require(RealFolders.realPath(root))
        let folders = RealFolders(root: root)
        for n in 0..<(RealFolders.handleBudget + 20) {
            let (file, info) = try #require(folders.resolve("evidence/f\(n)/a.txt"))
            let path = file.path
            #expect(path == "\(real)/evidence/f\(n)/a.txt")
            var expected = stat()
            #expect(lstat(path, &expected) == 0)
            #expect(info.st_ino == expected.st_ino && info.st_size == expected.st_size)
            #expect((info.st_mode & S_IFMT) == S_IFREG)
        }
    }

    @Test("a linked file or folder resolves to its target; a missing file is nil with ENOENT")
    func linksAndMissing() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let real = try #require(RealFolders.realPath(root))
        let folders = RealFolders(root: root)
        #expect(folders.resolve("evidence/f0/link.txt")?.path.path == "\(real)/evidence/f0/a.txt")
        #expect(folders.resolve("evidence/linked/a.txt")?.path.path == "\(real)/evidence/f1/a.txt")
        #expect(folders.resolve("evidence/f2/missing.txt") == nil)
        #expect(errno == ENOENT)
        #expect(folders.resolve("evidence/nowhere/a.txt") == nil)
        #expect(errno == ENOENT)
    }
}
