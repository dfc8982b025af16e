import Foundation
import ISMSTestSupport
import Testing

@_spi(Fuzzing) @testable import ISMSKit

/// Inputs that crashed, hung or leaked in fuzzing (Fuzz/, scripts/fuzz) or review, kept as bytes
/// so that each bug stays fixed. Each test replays the input through the same entry point as
/// the fuzz target and checks what the fix promises.
@Suite("fuzzing regressions")
struct FuzzRegressionTests {
    static func temporaryFile(_ bytes: [UInt8], name: String) throws -> (folder: String, path: String) {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-fuzz-regression-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    /// Two zip64 entries each declaring 2^63 bytes: adding their sizes overflowed UInt64, a
    /// Swift runtime trap (`isms verify` died with SIGILL). Now refused with a message.
    static let zip64SizeOverflow: [UInt8] = [
        0x50, 0x4B, 0x03, 0x04, 0x2D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00, 0x83, 0x16, 0xDC, 0x8C,
        0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x61, 0x2E, 0x74, 0x78, 0x74, 0x78,
        0x50, 0x4B, 0x03, 0x04, 0x2D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00, 0x83, 0x16, 0xDC, 0x8C,
        0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x62, 0x2E, 0x74, 0x78, 0x74, 0x78,
        0x50, 0x4B, 0x01, 0x02, 0x2D, 0x00, 0x2D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00, 0x83, 0x16,
        0xDC, 0x8C, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x05, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x61, 0x2E, 0x74, 0x78, 0x74, 0x01, 0x00, 0x10,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x50,
        0x4B, 0x01, 0x02, 0x2D, 0x00, 0x2D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00, 0x83, 0x16, 0xDC,
        0x8C, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x05, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x24, 0x00, 0x00, 0x00, 0x62, 0x2E, 0x74, 0x78, 0x74, 0x01, 0x00, 0x10, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x50, 0x4B,
        0x05, 0x06, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x02, 0x00, 0x8E, 0x00, 0x00, 0x00, 0x48, 0x00, 0x00, 0x00,
        0x00, 0x00,
    ]

    @Test("the cache seeds of the fuzz corpus are bodies their readers accept, and stable: a format change renews them")
    func cacheSeeds() throws {
        let folder = IsmsBinary.repositoryRoot + "/Fuzz/Corpus/caches/"
        let records = FuzzEntryPoints.caches(
            Array(try Data(contentsOf: URL(fileURLWithPath: folder + "records-example"))))
        #expect(records.records && records.stable)
        let hashes = FuzzEntryPoints.caches(
            Array(try Data(contentsOf: URL(fileURLWithPath: folder + "hashes-example"))))
        #expect(hashes.hashes && hashes.stable)
    }

    @Test("a zip whose declared sizes add up past 2^64 is refused, not a crash")
    func zip64SizeOverflowIsRefused() throws {
        let report = FuzzEntryPoints.verifyZip(Self.zip64SizeOverflow)
        #expect(!report.intact)
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.contains("impossible size or offset; refused") == true, "\(report.problems)")
    }

    /// libFuzzer (FuzzPackZip, after about 25,000 runs): a zip64 local-header offset of 2^63
    /// made ZIPFoundation convert it to `off_t` and trap ("Not enough bits to represent the
    /// passed value") while listing the entries. `ZipDirectoryCheck` now reads the central
    /// directory first and refuses offsets and sizes that cannot belong to the file.
    static let zip64OffsetTrap: [UInt8] = [
        0x50, 0x4B, 0x03, 0x04, 0x2D, 0x00, 0x00, 0x00, 0x00, 0x01, 0x1B, 0x00, 0x21, 0x00, 0x83, 0x16, 0xDC, 0x8C,
        0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x61, 0x2E, 0x74, 0x78, 0x74, 0x78,
        0x50, 0x4B, 0x03, 0x04, 0x2D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00, 0x83, 0x16, 0xDC, 0x8C,
        0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x62, 0x2E, 0x74, 0x78, 0x74, 0x78,
        0x50, 0x4B, 0x01, 0x02, 0x2D, 0x00, 0x2D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00, 0x83, 0x16,
        0xDC, 0x8C, 0xFF, 0x05, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x05, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0xF8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x9E, 0x2E, 0x74, 0x78, 0x74, 0x01, 0x00, 0x10,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x50,
        0x4B, 0x01, 0x02, 0x2D, 0x00, 0x2D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00, 0x83, 0x16, 0xDC,
        0x8C, 0xFF, 0xFF, 0xFF, 0xFF, 0x2C, 0xFF, 0xFF, 0xFF, 0x05, 0x00, 0x14, 0x00, 0x00, 0x00, 0xF5, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x24, 0x00, 0x00, 0x00, 0x2E, 0x2E, 0x74, 0x78, 0x74,
        0x01, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x80, 0x50, 0x4B, 0x05, 0x06, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x02, 0x00, 0x8E, 0x00, 0x00, 0x00,
        0x48, 0x00, 0x00, 0x00, 0x00, 0x00,
    ]

    @Test("a zip64 offset past 2^63 is refused before ZIPFoundation reads it")
    func zip64OffsetTrapIsRefused() throws {
        let report = FuzzEntryPoints.verifyZip(Self.zip64OffsetTrap)
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.contains("is damaged") == true, "\(report.problems)")
    }

    @Test("zips that isms pack writes, and ordinary zips, pass the directory check")
    func soundZipsPass() throws {
        let script = """
            import zipfile, sys
            with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('a.txt', 'a')
                z.writestr('evidence/b.bin', bytes(range(256)) * 64)
            with zipfile.ZipFile(sys.argv[1] + '64', 'w', zipfile.ZIP_STORED, allowZip64=True) as z:
                with z.open('big.txt', 'w', force_zip64=True) as f:
                    f.write(b'x' * 1000)
            """
        let (folder, path) = try Self.temporaryFile([], name: "sound.zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let python = try Shell.run("/usr/bin/env", ["python3", "-c", script, path])
        try #require(python.status == 0, "\(python.output)")
        #expect(ZipDirectoryCheck.problem(in: path) == nil)
        #expect(ZipDirectoryCheck.problem(in: path + "64") == nil)
        #expect(ZipDirectoryCheck.problem(in: folder) != nil)
    }

    /// The Markdown target's own checker read `&amp;` followed by a combining mark as one
    /// grapheme `;̟` and reported a raw `&` (libFuzzer input, shortened). The renderer was right;
    /// the checker now compares Unicode scalars, as a browser reads the bytes.
    @Test("combining marks after escaped characters are not mistaken for markup")
    func combiningMarksAfterReferences() {
        let input = Array("&\u{31F} <\u{31F} \"\u{31F} [a](\"\u{31F}) [b](x\u{31F}) # &unknow\u{FFFE}\r\n".utf8)
        let html = FuzzEntryPoints.markdown(input)
        #expect(MarkdownOutputCheck.violation(in: html) == nil, "\(html)")
        #expect(html.contains("&amp;\u{31F}"))
    }

    @Test("the Markdown checker catches what it is there to catch")
    func checkerCatchesViolations() {
        for html in [
            "<script>alert(1)</script>", "<p onclick=\"x\">a</p>",
            "<a href=\"javascript:x\" rel=\"noopener noreferrer\">a</a>",
            "<a href=\"&#106;avascript:x\" rel=\"noopener noreferrer\">a</a>",
            "<a href=\" JaVa&amp;Script:x\" rel=\"noopener noreferrer\">a</a>", "<p>a & b</p>", "<p><em>a</p></em>",
            "<p>a", "a > b",
        ] {
            #expect(MarkdownOutputCheck.violation(in: html) != nil, "\(html)")
        }
    }

    /// libFuzzer's leak checker (FuzzRecordLoader, two evidence records): `parallelMap`
    /// deallocated its result slots without deinitialising them, so every value it produced
    /// (inspected files, findings) was never released.
    @Test("parallelMap releases what it produced")
    func parallelMapReleasesItsResults() {
        var references: [WeakMarker] = []
        do {
            let markers = Array(0..<8).parallelMap { _ in Marker() }
            references = markers.map { WeakMarker(value: $0) }
            #expect(references.allSatisfy { $0.value != nil })
        }
        #expect(references.allSatisfy { $0.value == nil })
    }

    @Test("a zip of many entries, each too small to be refused alone, is refused as a whole")
    func manySmallEntriesAreRefused() throws {
        // 200 stored-then-deflated entries of 512 KiB of zeros: each expands ~1000 times, over
        // 64 MiB together, from an archive of about 100 KiB.
        let script = """
            import zipfile, sys
            with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
                for i in range(200):
                    z.writestr('evidence/part%d.bin' % i, bytes(512 << 10))
            """
        let (folder, path) = try Self.temporaryFile([], name: "many.zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let python = try Shell.run("/usr/bin/env", ["python3", "-c", script, path])
        try #require(python.status == 0, "\(python.output)")
        let report = PackVerifier.verify(pack: path)
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.contains("zip bomb") == true, "\(report.problems)")
    }
}

private final class Marker: Sendable {}

private struct WeakMarker {
    weak var value: Marker?
}
