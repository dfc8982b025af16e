import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("The hash cache: an optimisation that is never trusted blindly")
struct HashCacheTests {
    /// A fixture whose evidence file is old enough to be remembered (modified more than 2 s ago).
    private func agedFixture() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        let path = fixture.root + "/evidence/policy/policy.txt"
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        return fixture
    }

    private func check(_ fixture: FixtureRegister, cache: HashCache?) throws -> CheckReport {
        let report = RegisterChecker.check(try fixture.load(), asOf: CalendarDate(FixtureRegister.asOf)!, cache: cache)
        cache?.save()
        return report
    }

    @Test("a second run takes the hash from the cache, and any change to the file is noticed")
    func remembersAndNotices() throws {
        let fixture = try agedFixture()
        #expect(try check(fixture, cache: HashCache(root: fixture.root)).diagnostics.findings.isEmpty)
        let text = try String(contentsOfFile: fixture.root + "/" + HashCache.relativePath, encoding: .utf8)
        #expect(text.contains("evidence/policy/policy.txt"))
        // An edit of the same size: the modification time changes, so the file is hashed again.
        try fixture.write("evidence/policy/policy.txt", FixtureRegister.policyText.uppercased())
        let report = try check(fixture, cache: HashCache(root: fixture.root))
        #expect(report.diagnostics.findings.map(\.code).contains(.checksumMismatch))
    }

    @Test("a cache entry is used only when every key matches")
    func identityKeys() throws {
        let fixture = try agedFixture()
        _ = try check(fixture, cache: HashCache(root: fixture.root))
        let cache = HashCache(root: fixture.root)
        var info = stat()
        #expect(lstat(fixture.root + "/evidence/policy/policy.txt", &info) == 0)
        let size = Int64(info.st_size)
        let inode = UInt64(info.st_ino)
        let device = UInt64(info.st_dev)
        let exact = FileIdentity(
            size: size, modifiedSeconds: Int64(info.st_mtim.tv_sec), modifiedNanoseconds: Int64(info.st_mtim.tv_nsec),
            inode: inode, device: device)
        #expect(cache.digest(for: "evidence/policy/policy.txt", identity: exact) != nil)
        let variants = [
            FileIdentity(
                size: size + 1, modifiedSeconds: exact.modifiedSeconds, modifiedNanoseconds: exact.modifiedNanoseconds,
                inode: inode, device: device),
            FileIdentity(
                size: size, modifiedSeconds: exact.modifiedSeconds, modifiedNanoseconds: exact.modifiedNanoseconds + 1,
                inode: inode, device: device),
            FileIdentity(
                size: size, modifiedSeconds: exact.modifiedSeconds + 1, modifiedNanoseconds: exact.modifiedNanoseconds,
                inode: inode, device: device),
            FileIdentity(
                size: size, modifiedSeconds: exact.modifiedSeconds, modifiedNanoseconds: exact.modifiedNanoseconds,
                inode: inode + 1, device: device),
            FileIdentity(
                size: size, modifiedSeconds: exact.modifiedSeconds, modifiedNanoseconds: exact.modifiedNanoseconds,
                inode: inode, device: device + 1),
        ]
        for variant in variants { #expect(cache.digest(for: "evidence/policy/policy.txt", identity: variant) == nil) }
        #expect(cache.digest(for: "evidence/policy/other.txt", identity: exact) == nil)
    }

    @Test(
        "a corrupt, truncated, foreign or future cache is ignored with a warning",
        arguments: [
            "corrupt", "truncated", "machine", "version", "garbage",
        ])
    func untrusted(kind: String) throws {
        let fixture = try agedFixture()
        _ = try check(fixture, cache: HashCache(root: fixture.root))
        let path = fixture.root + "/" + HashCache.relativePath
        var text = try String(contentsOfFile: path, encoding: .utf8)
        switch kind {
        case "corrupt": text = text.replacingOccurrences(of: "policy.txt", with: "policy.TXT")
        case "truncated": text = String(text.dropLast(10))
        case "machine":
            var parts = text.split(separator: " ", maxSplits: 3).map(String.init)
            parts[2] = "another-machine"
            text = parts.joined(separator: " ")
        case "version": text = text.replacingOccurrences(of: "isms-hash-cache 1 ", with: "isms-hash-cache 9 ")
        default: text = "\u{0}\u{1}binary"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let cache = HashCache(root: fixture.root)
        #expect(cache.warning?.contains("ignoring the hash cache") == true)
        // Checking still works and the cache is rebuilt.
        #expect(try check(fixture, cache: cache).diagnostics.findings.isEmpty)
        #expect(HashCache(root: fixture.root).warning == nil)
    }

    @Test("a forged cache entry cannot hide a changed file: a fresh identity is never in it")
    func forgedEntry() throws {
        let fixture = try agedFixture()
        try fixture.write("evidence/policy/policy.txt", "tampered\n")
        // The file was just written: it is not remembered, and the mismatch is reported every run.
        for _ in 0..<2 {
            let report = try check(fixture, cache: HashCache(root: fixture.root))
            #expect(report.diagnostics.findings.map(\.code).contains(.checksumMismatch))
        }
    }

    @Test("isms check --no-cache neither reads nor writes the cache; a warning names the cache")
    func commandLine() throws {
        let fixture = try agedFixture()
        let none = try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--no-cache"])
        #expect(none.status == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/" + HashCache.relativePath))
        #expect(try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf]).status == 0)
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/" + HashCache.relativePath))
        try Data("isms-hash-cache 1 x y\nbad".utf8).write(
            to: URL(fileURLWithPath: fixture.root + "/" + HashCache.relativePath))
        let warned = try IsmsBinary.run(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("warning: ignoring the hash cache .isms/cache/hashes"))
    }
}
