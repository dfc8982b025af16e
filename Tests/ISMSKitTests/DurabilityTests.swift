import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

#if canImport(Glibc)
    import Glibc
#endif

/// Every write path flushes what it wrote before the rename that makes it count, and the folder
/// after it (issue 19, item 4). An observer sees each flush; one that fails a flush stands for a
/// disk that reports a write error at `fsync`.
@Suite("durable writes: files flushed before the rename, folders after, a failed flush fails the write")
struct DurabilityTests {
    private static let asOf = CalendarDate(FixtureRegister.asOf)!

    private func observing<T>(
        _ observer: SyncObserver = SyncObserver(), _ body: () throws -> T
    ) rethrows -> (T, [(kind: SyncKind, path: String)]) {
        let result = try DurableSync.$observer.withValue(observer) { try body() }
        return (result, observer.flushes)
    }

    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/isms-durable-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// `evidence add` of one new file, scan.txt, into evidence/scans for A.5.1.
    private func scanIntake() throws -> EvidenceIntakeRequest {
        let source = try folder() + "/scan.txt"
        try Data("scan\n".utf8).write(to: URL(fileURLWithPath: source))
        return EvidenceIntakeRequest(
            files: [source], supports: ["A.5.1"], collected: Self.asOf, folder: "evidence/scans")
    }

    @Test("AtomicFile (every record write): the new bytes, then the folder after the rename")
    func atomicFileFlushes() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, flushes) = try observing { try AtomicFile.write("a: 1\n", to: dir + "/r.yaml") }
        #expect(flushes.map(\.kind) == [.file, .folder])
        #expect(flushes.first?.path == dir + "/r.yaml")
        #expect(flushes.last?.path == dir)
    }

    @Test("AtomicFile: a failed fsync names the file, and the old content and nothing else stays")
    func atomicFileFailedFlush() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AtomicFile.write("old\n", to: dir + "/r.yaml")
        let error = #expect(throws: FileProblem.self) {
            _ = try observing(SyncObserver { kind, _ in kind == .file ? EIO : nil }) {
                try AtomicFile.write("new\n", to: dir + "/r.yaml")
            }
        }
        #expect(error?.message.contains(dir + "/r.yaml") == true, "\(String(describing: error))")
        #expect(try String(contentsOfFile: dir + "/r.yaml", encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["r.yaml"])
    }

    @Test("RecordFileWrite.create (isms new, approve): the folder is flushed after the new name appears")
    func recordCreateFlushesFolder() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, flushes) = try observing {
            try RecordFileWrite.create(dir + "/n.yaml", with: Array("id: X\n".utf8), shownAs: "n.yaml")
        }
        #expect(flushes.first?.kind == .file)
        #expect(flushes.last?.kind == .folder)
        #expect(flushes.last?.path == dir)
    }

    @Test("RecordFileWrite.replace (isms set): a failed fsync leaves the record as it was")
    func recordReplaceFailedFlush() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/c.yaml"
        try AtomicFile.write("id: A\n", to: path)
        #expect(throws: EditError.self) {
            _ = try observing(SyncObserver { kind, _ in kind == .file ? EIO : nil }) {
                try RecordFileWrite.replace(
                    path, original: Array("id: A\n".utf8), with: Array("id: B\n".utf8), shownAs: "c.yaml")
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "id: A\n")
    }

    @Test("pack: one syncfs of the staging folder before the swap, the folders after; the zip flushed first")
    func packFlushes() throws {
        let fixture = try FixtureRegister()
        let target = fixture.root + "/reports/2026"
        let request = PackRequest(asOf: Self.asOf, output: target, zip: true)
        let loaded = try fixture.load()
        let (_, flushes) = try observing { try PackBuilder.build(loaded, request) }
        let fileSystem = try #require(flushes.firstIndex { $0.kind == .fileSystem })
        #expect(flushes[fileSystem].path.contains(PackStaging.marker))
        #expect(flushes[(fileSystem + 1)...].contains { $0.kind == .folder && $0.path == fixture.root + "/reports" })
        let zip = try #require(flushes.firstIndex { $0.kind == .file && $0.path.contains("-zip-") })
        #expect(flushes[(zip + 1)...].contains { $0.kind == .folder && $0.path == fixture.root + "/reports" })
    }

    @Test("pack: a failed syncfs fails the pack, naming it; no pack, no staging folder is left")
    func packFailedFlush() throws {
        let fixture = try FixtureRegister()
        let target = fixture.root + "/reports/2026"
        let request = PackRequest(asOf: Self.asOf, output: target)
        let loaded = try fixture.load()
        let error = #expect(throws: PackError.self) {
            _ = try observing(SyncObserver { kind, _ in kind == .fileSystem ? EIO : nil }) {
                try PackBuilder.build(loaded, request)
            }
        }
        #expect(error?.description.contains(target) == true, "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: target))
        let tmp = (try? FileManager.default.contentsOfDirectory(atPath: fixture.root + "/.isms/tmp")) ?? []
        #expect(!tmp.contains { $0.hasPrefix(PackStaging.marker) }, "\(tmp)")
    }

    @Test("evidence add: each copy and the record flushed, then the folder that gained them")
    func evidenceAddFlushes() throws {
        let fixture = try FixtureRegister()
        let request = try scanIntake()
        let loaded = try fixture.load()
        let (_, flushes) = try observing { try EvidenceIntake.add(request, to: loaded) }
        let copy = try #require(flushes.firstIndex { $0.kind == .file && $0.path.hasSuffix("/scan.txt") })
        let record = try #require(flushes.firstIndex { $0.kind == .file && $0.path.hasSuffix(".evidence.yaml") })
        let placed = try #require(flushes.lastIndex { $0.kind == .folder && $0.path == fixture.root + "/evidence" })
        #expect(copy < placed && record < placed)
    }

    @Test("evidence add: a failed fsync of a copy adds nothing")
    func evidenceAddFailedFlush() throws {
        let fixture = try FixtureRegister()
        let request = try scanIntake()
        let loaded = try fixture.load()
        let error = #expect(throws: IntakeError.self) {
            let failing = SyncObserver { kind, path in kind == .file && path.hasSuffix("/scan.txt") ? EIO : nil }
            _ = try observing(failing) {
                try EvidenceIntake.add(request, to: loaded)
            }
        }
        #expect(error?.description.contains("scan.txt") == true, "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/evidence/scans"))
    }

    @Test("evidence renew with a new file: the copy, the folder it went to, then the record")
    func evidenceRenewFlushes() throws {
        let fixture = try FixtureRegister()
        let source = try folder() + "/policy-v2.txt"
        try Data("Policy, version 2.\n".utf8).write(to: URL(fileURLWithPath: source))
        let id = try #require(try fixture.load().register.evidence.first?.id)
        let loaded = try fixture.load()
        let (_, flushes) = try observing {
            try EvidenceRenewal.renew(
                EvidenceRenewalRequest(id: id, collected: CalendarDate("2026-05-20")!, files: [source]), in: loaded)
        }
        let copy = try #require(flushes.firstIndex { $0.kind == .file && $0.path.hasSuffix("/policy-v2.txt") })
        let placed = try #require(flushes.firstIndex { $0.kind == .folder && $0.path.hasSuffix("/evidence/policy") })
        let record = try #require(flushes.lastIndex { $0.kind == .file && $0.path.hasSuffix(".evidence.yaml") })
        #expect(copy < placed && placed < record)
    }
}
