import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

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
        let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.root + "/" + HashCache.relativePath))
        #expect(bytes.starts(with: Data("isms-hash-cache \(HashCache.formatVersion) ".utf8)))
        #expect(bytes.range(of: Data("evidence/policy/policy.txt".utf8)) != nil)
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
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let newline = try #require(bytes.firstIndex(of: 0x0A))
        var header = String(decoding: bytes[..<newline], as: UTF8.self)
        var body = Data(bytes[newline...])
        switch kind {
        case "corrupt":
            let name = try #require(body.range(of: Data("policy.txt".utf8)))
            body.replaceSubrange(name, with: Data("policy.TXT".utf8))
        case "truncated": body = body.dropLast(10)
        case "machine":
            var parts = header.split(separator: " ").map(String.init)
            parts[2] = "another-machine"
            header = parts.joined(separator: " ")
        case "version":
            header = header.replacingOccurrences(
                of: "isms-hash-cache \(HashCache.formatVersion) ", with: "isms-hash-cache 99 ")
        default: (header, body) = ("\u{0}\u{1}binary", Data())
        }
        try (Data(header.utf8) + body).write(to: URL(fileURLWithPath: path))
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

    @Test("a saved cache keeps the files this run met or hashed, and drops the rest")
    func keepsWhatWasUsed() throws {
        let root = try FixtureRegister().root
        let old = Int64(Date().timeIntervalSince1970) - 3600
        let identities = (1...3).map { n in
            FileIdentity(size: Int64(n), modifiedSeconds: old, modifiedNanoseconds: 7, inode: UInt64(n), device: 1)
        }
        let digests = ["a", "b", "c"].map { String(repeating: $0, count: 64) }
        let first = HashCache(root: root)
        for n in 0..<3 { first.remember(digests[n], for: "evidence/\(n)", identity: identities[n]) }
        first.remember("not hex", for: "evidence/x", identity: identities[0])
        first.save()

        let second = HashCache(root: root)
        #expect(second.warning == nil)
        #expect(second.digest(for: "evidence/x", identity: identities[0]) == nil)
        #expect(second.digest(for: "evidence/0", identity: identities[0]) == digests[0])
        #expect(second.digest(for: "evidence/2", identity: identities[2]) == digests[2])
        second.save()

        let third = HashCache(root: root)
        #expect(third.digest(for: "evidence/0", identity: identities[0]) == digests[0])
        #expect(third.digest(for: "evidence/1", identity: identities[1]) == nil)
        #expect(third.digest(for: "evidence/2", identity: identities[2]) == digests[2])
    }

    @Test("random damage under a correct checksum never traps the reader; a path twice is damage")
    func mutatedBodies() throws {
        let identity = FileIdentity(size: 1, modifiedSeconds: 2, modifiedNanoseconds: 3, inode: 4, device: 5)
        let known = HashCache.Known(
            identity: identity, digest: try #require(HashCache.SHA256Bytes(hex: String(repeating: "ab", count: 32))))
        let body = HashCache.encode(["evidence/a.txt": known, "evidence/b.txt": known])
        let decoded = try HashCache.decode(body)
        #expect(decoded.0.count == 2 && decoded.1.count == 2)
        for damaged in randomlyDamaged(body) { _ = try? HashCache.decode(damaged) }
        #expect(throws: CacheReader.Damaged.self) { try HashCache.decode(Array(body.dropLast())) }
        let twice = HashCache.encode(["evidence/a.txt": known, "evidence/b.txt": known]).map { $0 == 0x62 ? 0x61 : $0 }
        #expect(throws: CacheReader.Damaged.self) { try HashCache.decode(twice) }
    }
}
