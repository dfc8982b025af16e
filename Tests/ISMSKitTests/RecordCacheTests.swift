import Foundation
import ISMSTestSupport
import Testing

@_spi(Fuzzing) @testable import ISMSKit

@Suite("The record cache: unchanged records are not parsed again, and nothing else changes")
struct RecordCacheTests {
    /// A copy of the example register (every kind of record, most optional fields set) plus records
    /// that produce load findings, every file dated an hour ago so that the cache may remember it.
    private func agedExample() throws -> FixtureRegister {
        let fixture = try FixtureRegister(baseline: false)
        let source = IsmsBinary.repositoryRoot
        for item in ["isms.yaml", "controls", "evidence"] {
            try FileManager.default.copyItem(atPath: source + "/" + item, toPath: fixture.root + "/" + item)
        }
        try fixture.write(
            "controls/custom/ORG-9.yaml",
            "id: ORG-9\ntitle: Odd\napplicable: maybe\nowner: CISO\nnarative: typo\nreview-by: 2026-02-30\n")
        try fixture.write("controls/custom/ORG-10.yaml", "id: [broken\n")
        // Purposes with their bases, an Art. 9(2) condition, processing as a processor.
        try fixture.write("controls/processing/personnel.yaml", ProcessingFixtures.personnel())
        try fixture.write("controls/processing/hosting.yaml", ProcessingFixtures.asProcessor(id: "hosting"))
        try age(fixture)
        return fixture
    }

    private func age(_ fixture: FixtureRegister) throws {
        let past = Date(timeIntervalSinceNow: -3600)
        let walker = FileManager.default.enumerator(atPath: fixture.root)
        while let relative = walker?.nextObject() as? String {
            try FileManager.default.setAttributes(
                [.modificationDate: past], ofItemAtPath: fixture.root + "/" + relative)
        }
    }

    private func load(_ fixture: FixtureRegister, cached: Bool = true) throws -> LoadedRegister {
        try RegisterLoader.load(root: fixture.root, cached: cached)
    }

    private func expectSame(_ cached: LoadedRegister, _ fresh: LoadedRegister) {
        #expect(cached.register.controls == fresh.register.controls)
        #expect(cached.register.evidence == fresh.register.evidence)
        #expect(cached.register.processing == fresh.register.processing)
        #expect(cached.register.parties == fresh.register.parties)
        #expect(cached.register.requests == fresh.register.requests)
        #expect(cached.register.risks == fresh.register.risks)
        #expect(cached.register.objectives == fresh.register.objectives)
        #expect(cached.register.audits == fresh.register.audits)
        #expect(cached.register.nonconformities == fresh.register.nonconformities)
        #expect(cached.register.reviews == fresh.register.reviews)
        #expect(cached.register.unreadable == fresh.register.unreadable)
        #expect(cached.register.incidents == fresh.register.incidents)
        #expect(cached.findings == fresh.findings)
    }

    @Test("records read from the cache equal records parsed afresh, findings included")
    func roundTrip() throws {
        let fixture = try agedExample()
        let fresh = try load(fixture, cached: false)
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/" + RecordCache.relativePath))
        #expect(fresh.findings.contains { $0.code == .unknownKey })
        #expect(fresh.findings.contains { $0.code == .yamlSyntax })
        // Incidents with their instants and a breach's nested assessment.
        #expect(fresh.register.incidents.contains { $0.breach?.dataSubjects != nil && $0.aware != nil })
        // A record that does not parse is cached as what could be made out of it.
        #expect(fresh.register.unreadable.map(\.id) == ["ORG-10"])
        #expect(!fresh.register.processing.flatMap(\.transfers).isEmpty)
        #expect(!fresh.register.requests.isEmpty)
        // Risks with every optional part, and controls with requirements, go through the cache too.
        #expect(fresh.register.risks.contains { $0.acceptance != nil && !$0.planned.isEmpty && $0.residual != nil })
        #expect(fresh.register.controls.contains { !$0.requirements.isEmpty })
        #expect(
            fresh.register.processing.contains {
                $0.legalBases.count == 2 && $0.purposes.allSatisfy { $0.legalBasis != nil }
                    && !$0.specialCategoryConditions.isEmpty
            })
        #expect(fresh.register.processing.contains { $0.role == .processor && !$0.controllers.isEmpty })
        // So do the management-system records, with their nested measurements, actions and reviews.
        #expect(fresh.register.objectives.contains { !$0.measurements.isEmpty && $0.measure?.every != nil })
        #expect(fresh.register.audits.contains { $0.performed != nil && $0.report != nil })
        #expect(fresh.register.nonconformities.contains { $0.effectiveness?.effective == true && $0.closed != nil })
        #expect(fresh.register.reviews.contains { !$0.decisions.isEmpty && $0.inputs.count == 10 })

        let filling = try load(fixture)
        #expect(filling.cacheWarning == nil)
        expectSame(filling, fresh)
        let cache = RecordCache(root: fixture.root)
        #expect(cache.warning == nil)
        var info = stat()
        let file = "controls/annex-a/A.5.1.yaml"
        #expect(lstat(fixture.root + "/" + file, &info) == 0)
        #expect(cache.entry(for: file, identity: FileIdentity(info)) != nil)

        let warm = try load(fixture)
        expectSame(warm, fresh)
        let asOf = CalendarDate(year: 2026, month: 11, day: 2)
        #expect(
            RegisterChecker.check(warm, asOf: asOf).diagnostics.findings
                == RegisterChecker.check(fresh, asOf: asOf).diagnostics.findings)
    }

    @Test("the fast path for evidence files writes the bytes of their synthesised Codable coding")
    func fileFastPath() throws {
        let files = [
            EvidenceRecord.File(
                path: "a b/ç.pdf", location: SourceLocation(path: "evidence/x.evidence.yaml", line: 4, column: 5),
                registerPath: "evidence/a b/ç.pdf"),
            EvidenceRecord.File(
                path: "../../outside", location: SourceLocation(path: "elsewhere.yaml", line: nil, column: nil),
                registerPath: nil),
        ]
        for file in files {
            let fast = PositionalEncoder(recordPath: "evidence/x.evidence.yaml")
            try fast.write(file)
            let synthesised = PositionalEncoder(recordPath: "evidence/x.evidence.yaml")
            try synthesised.writeSynthesised(file)
            #expect(fast.writer.bytes == synthesised.writer.bytes)
            var reader = CacheReader(synthesised.writer.bytes)
            reader.recordPath = "evidence/x.evidence.yaml"
            #expect(try EvidenceRecord.File(positional: &reader) == file)
            #expect(reader.isAtEnd)
        }
    }

    @Test("the fast path for evidence records writes the bytes of their synthesised Codable coding")
    func evidenceFastPath() throws {
        let path = "evidence/x/ev-a.evidence.yaml"
        let at = { (line: Int) in SourceLocation(path: path, line: line, column: 3) }
        let records = [
            EvidenceRecord(
                id: "ev-a", title: "Tïtle", collected: CalendarDate(year: 2026, month: 2, day: 28), owner: "CISO",
                files: [
                    EvidenceRecord.File(path: "a.pdf", location: at(5), registerPath: "evidence/x/a.pdf"),
                    EvidenceRecord.File(path: "/etc/passwd", location: at(6), registerPath: nil),
                ],
                supports: ["A.5.1", "newsletter"], sha256: ["a.pdf": String(repeating: "ab", count: 32)],
                sha256Locations: ["a.pdf": at(9)], expires: CalendarDate(year: 2027, month: 1, day: 1),
                currentUntilExpires: true, example: true,
                origin: RecordOrigin(
                    path: path, start: at(1), keys: ["id": at(1)], items: ["supports": ["A.5.1": at(7)]])),
            EvidenceRecord(
                id: "ev-b", title: "", collected: CalendarDate(year: 0, month: 1, day: 1), owner: "", files: [],
                supports: [], sha256: [:], sha256Locations: [:], expires: nil, example: false,
                origin: RecordOrigin(path: path)),
        ]
        for record in records {
            let fast = PositionalEncoder(recordPath: path)
            try fast.write(record)
            let synthesised = PositionalEncoder(recordPath: path)
            try synthesised.writeSynthesised(record)
            #expect(fast.writer.bytes == synthesised.writer.bytes)
            var reader = CacheReader(synthesised.writer.bytes)
            reader.recordPath = path
            #expect(try EvidenceRecord(positional: &reader) == record)
            #expect(reader.isAtEnd)
        }
    }

    @Test("an entry is used only while size, modification time, inode and device all match")
    func identity() throws {
        let fixture = try agedExample()
        _ = try load(fixture)
        let path = fixture.root + "/controls/custom/ORG-9.yaml"
        var before = stat()
        #expect(lstat(path, &before) == 0)

        // Same size and the old modification time put back: the cache cannot tell, and answers
        // from memory (this is what proves that the second load used it).
        try "id: ORG-8\ntitle: Odd\napplicable: maybe\nowner: CISO\nnarative: typo\nreview-by: 2026-02-30\n"
            .write(toFile: path, atomically: false, encoding: .utf8)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(try load(fixture).register.controls.contains { $0.id == "ORG-9" })

        // Any later modification time: parsed again.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -1800)], ofItemAtPath: path)
        let reloaded = try load(fixture)
        #expect(reloaded.register.controls.contains { $0.id == "ORG-8" })
        #expect(!reloaded.register.controls.contains { $0.id == "ORG-9" })
    }

    @Test("a record changed a moment ago is parsed, not remembered; a deleted one is forgotten")
    func freshAndDeleted() throws {
        let fixture = try agedExample()
        _ = try load(fixture)
        try fixture.write("controls/custom/ORG-9.yaml", "id: ORG-7\ntitle: New\napplicable: true\nowner: CISO\n")
        #expect(try load(fixture).register.controls.contains { $0.id == "ORG-7" })
        var info = stat()
        #expect(lstat(fixture.root + "/controls/custom/ORG-9.yaml", &info) == 0)
        #expect(
            RecordCache(root: fixture.root).entry(for: "controls/custom/ORG-9.yaml", identity: FileIdentity(info))
                == nil)

        try fixture.remove("controls/custom/ORG-10.yaml")
        let loaded = try load(fixture)
        #expect(!loaded.findings.contains { $0.location.path == "controls/custom/ORG-10.yaml" })
    }

    @Test(
        "a damaged, foreign or hostile cache is ignored with a warning, and the records are parsed",
        arguments: ["flipped", "truncated", "machine", "version", "garbage", "forged"])
    func untrusted(kind: String) throws {
        let fixture = try agedExample()
        let fresh = try load(fixture)
        let path = fixture.root + "/" + RecordCache.relativePath
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let newline = bytes.firstIndex(of: 0x0A)!
        let header = String(decoding: bytes[..<newline], as: UTF8.self)
        var body = Array(bytes[(newline + 1)...])
        var damaged: [UInt8]
        switch kind {
        case "flipped":
            body[body.count / 2] ^= 0x20
            damaged = Array(header.utf8) + [0x0A] + body
        case "truncated":
            damaged = Array(bytes.prefix(bytes.count - 100))
        case "machine":
            damaged =
                Array(header.replacingOccurrences(of: CacheFile.machine(), with: "elsewhere").utf8) + [0x0A] + body
        case "version":
            damaged =
                Array(
                    header.replacingOccurrences(
                        of: "isms-record-cache \(RecordCache.formatVersion) ", with: "isms-record-cache 99 "
                    ).utf8) + [
                    0x0A
                ] + body
        case "garbage":
            damaged = Array("not a cache at all".utf8)
        default:
            // A body that no writer produced, under a correct checksum: counts far beyond the data.
            body = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F] + body
            damaged =
                Array(
                    "isms-record-cache \(RecordCache.formatVersion) \(RecordCache.stamp()) \(Digest.sha256(body))\n"
                        .utf8) + body
        }
        try Data(damaged).write(to: URL(fileURLWithPath: path))
        let loaded = try load(fixture)
        #expect(loaded.cacheWarning?.contains("ignoring the record cache .isms/cache/records") == true)
        expectSame(loaded, fresh)
        // Rebuilt: the next load trusts the new file again.
        #expect(try load(fixture).cacheWarning == nil)
    }

    @Test("random damage under a correct checksum never traps the reader")
    func mutatedBodies() throws {
        let fixture = try agedExample()
        _ = try load(fixture)
        let path = fixture.root + "/" + RecordCache.relativePath
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let body = Array(bytes[(bytes.firstIndex(of: 0x0A)! + 1)...])
        for damaged in randomlyDamaged(body) { _ = try? RecordCache.decode(damaged) }
        _ = try? RecordCache.decode(Array(body.prefix(body.count / 3)))
    }

    @Test("a cache of many sections decodes every entry under its own path, in any order of sections")
    func sections() throws {
        let count = RecordCache.entriesPerSection * 2 + 7
        var entries: [String: RecordCache.Entry] = [:]
        for n in 0..<count {
            let identity = FileIdentity(
                size: Int64(n), modifiedSeconds: 1_700_000_000, modifiedNanoseconds: Int64(n), inode: UInt64(n),
                device: 9)
            let finding = Finding(
                .invalidValue, .yamlError("finding \(n)"), at: SourceLocation(path: "controls/\(n).yaml", line: n))
            entries["controls/\(n).yaml"] = RecordCache.Entry(identity: identity, record: nil, findings: [finding])
        }
        let (index, decoded) = try RecordCache.decode(RecordCache.encode(entries))
        #expect(index.count == count && decoded.count == count)
        for (file, slot) in index {
            let n = try #require(Int(file.dropFirst("controls/".count).dropLast(".yaml".count)))
            #expect(decoded[slot].identity.inode == UInt64(n))
            #expect(decoded[slot].findings.map(\.message) == ["YAML error: finding \(n)"])
            #expect(decoded[slot].findings.first?.location == SourceLocation(path: file, line: n))
        }
        // The same path in two sections is damage, not a second entry.
        var twice = RecordCache.encode(entries)
        let early = Array("controls/100.yaml".utf8)  // sorts into the first section
        let late = Array(try #require(entries.keys.max()).utf8)  // controls/999.yaml, in the last
        let at = try #require(twice.firstRange(of: late))
        #expect(early.count == late.count)
        twice.replaceSubrange(at, with: early)
        #expect(throws: CacheReader.Damaged.self) { try RecordCache.decode(twice) }
    }

    @Test("the cache fuzz target's oracle: a real body is accepted and writes back to itself; noise is refused")
    func fuzzOracle() throws {
        let fixture = try agedExample()
        _ = try load(fixture)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture.root + "/" + RecordCache.relativePath)))
        let body = Array(bytes[(bytes.firstIndex(of: 0x0A)! + 1)...])
        let records = FuzzEntryPoints.caches(body)
        #expect(records.records && records.stable)
        let identity = FileIdentity(size: 1, modifiedSeconds: 2, modifiedNanoseconds: 3, inode: 4, device: 5)
        let digest = try #require(HashCache.SHA256Bytes(hex: String(repeating: "0f", count: 32)))
        let hashes = FuzzEntryPoints.caches(HashCache.encode(["evidence/a": .init(identity: identity, digest: digest)]))
        #expect(hashes.hashes && hashes.stable)
        let noise = FuzzEntryPoints.caches(Array("isms-record-cache".utf8))
        #expect(!noise.records && !noise.hashes && noise.stable)
    }
}
