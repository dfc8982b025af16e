import Foundation
import ISMSTestSupport
import Synchronization
import Testing

@testable import ISMSKit

/// Hashing is scheduled per file over all records, largest first, each path once, and each
/// record's result is assembled in the record's order (issue 19, item 1).
@Suite("hashing per file: largest first, each path once, results in record order")
struct DigestScheduleTests {
    /// Counts the digests asked for, by path, and hashes in place.
    final class CountingDigester: EvidenceDigester {
        let asked = Mutex<[String]>([])

        func digest(realPath: String, registerPath: String, identity: FileIdentity) -> Result<FileDigest, FileProblem> {
            asked.withLock { $0.append(registerPath) }
            return FileDigest.compute(path: realPath)
        }
    }

    private func request(_ path: String, size: Int64) -> DigestRequest {
        DigestRequest(
            real: RealFile(folder: "/nonexistent", name: path[...]), registerPath: path,
            identity: FileIdentity(size: size, modifiedSeconds: 0, modifiedNanoseconds: 0, inode: 0, device: 0))
    }

    @Test("the order is by size, largest first, paths breaking ties")
    func largestFirst() {
        let requests = [
            request("a", size: 10), request("b", size: 3_000), request("d", size: 50), request("c", size: 50),
        ]
        #expect(DigestSchedule.order(requests).map { requests[$0].registerPath } == ["b", "c", "d", "a"])
    }

    @Test("one record of many files, a file two records name: each hashed once, as when hashed alone")
    func oneRecordManyFiles() throws {
        let fixture = try FixtureRegister()
        var names: [String] = []
        var pins: [String] = []
        for k in 1...24 {
            let name = String(format: "part-%02d.log", k)
            let content = String(repeating: "line \(k)\n", count: k * 997)
            try fixture.write("evidence/logs/\(name)", content)
            names.append(name)
            pins.append("  \"\(name)\": \(try FixtureRegister.sha256(of: content))")
        }
        let record = { (id: String, files: [String], pins: [String]) in
            """
            id: \(id)
            title: Log export
            collected: 2026-03-01
            owner: CISO
            files: [\(files.map { "\"\($0)\"" }.joined(separator: ", "))]
            supports: ["A.8.15"]
            sha256:
            \(pins.joined(separator: "\n"))

            """
        }
        try fixture.write("evidence/logs/ev-logs.evidence.yaml", record("ev-logs", names, pins))
        // A second record names the largest file again.
        try fixture.write("evidence/logs/ev-last.evidence.yaml", record("ev-last", [names[23]], [pins[23]]))
        let digester = CountingDigester()
        let report = RegisterChecker.check(
            try fixture.load(), asOf: CalendarDate(FixtureRegister.asOf)!, hashAll: true, digester: digester)
        #expect(report.diagnostics.findings.isEmpty, "\(report.diagnostics.sorted)")
        let asked = digester.asked.withLock { $0 }
        #expect(asked.count == Set(asked).count, "each path hashed once: \(asked)")
        #expect(Set(asked).isSuperset(of: names.map { "evidence/logs/" + $0 }))
        let files = try #require(report.files["ev-logs"])
        #expect(files.map(\.written) == names, "in the record's order")
        for (file, name) in zip(files, names) {
            let alone = try FileDigest.compute(path: fixture.root + "/evidence/logs/" + name).get()
            #expect(file.digest == alone && file.usable, "\(name)")
        }
        #expect(report.files["ev-last"]?.first?.digest == files.last?.digest)
    }

    @Test("a mismatching pin among many files is reported at its own line, as before")
    func mismatchAmongMany() throws {
        let fixture = try FixtureRegister()
        try fixture.write("evidence/logs/a.log", "a\n")
        try fixture.write("evidence/logs/b.log", "b\n")
        let a = try FixtureRegister.sha256(of: "a\n")
        try fixture.write(
            "evidence/logs/ev-logs.evidence.yaml",
            """
            id: ev-logs
            title: Logs
            collected: 2026-03-01
            owner: CISO
            files: ["a.log", "b.log"]
            supports: ["A.8.15"]
            sha256:
              "a.log": \(a)
              "b.log": \(a)

            """)
        let mismatches = try fixture.findings(.checksumMismatch)
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.location.line == 9, "\(mismatches)")
    }
}
