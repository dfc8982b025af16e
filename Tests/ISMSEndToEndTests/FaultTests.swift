import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// The built `isms` under faults a real machine has: a full disk, files that change or vanish
/// while they are hashed, read-only folders, awkward file names, huge folders, link loops,
/// FIFOs and devices, and hostile archives and XML given to `isms verify`. Every run is bounded
/// in time, so a hang fails the test instead of stalling it.
@Suite("faults, end to end", .serialized)
struct FaultTests {
    // MARK: - Helpers

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        let timedOut: Bool
        let signalled: Bool
    }

    /// Runs `isms` with `arguments`, killed after `timeout` seconds; `temporary` becomes TMPDIR.
    static func isms(_ arguments: [String], timeout: Double = 120, temporary: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = IsmsBinary.url
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        if let temporary { environment["TMPDIR"] = temporary }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            process.waitUntilExit()
            finished.signal()
        }
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        group.wait()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), timedOut: timedOut,
            signalled: process.terminationReason == .uncaughtSignal)
    }

    static func temporaryFolder(_ label: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-fault-\(label)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    static func writeFile(_ path: String, megabytes: Int, byte: UInt8 = 0x5A, random: Bool = false) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<megabytes {
            let chunk =
                random
                ? Data((0..<(1 << 20)).map { _ in UInt8.random(in: 0...255, using: &generator) })
                : Data(repeating: byte, count: 1 << 20)
            try handle.write(contentsOf: chunk)
        }
    }

    static let isRoot = geteuid() == 0

    /// Mounts a tmpfs of `size` at `path`; false where this process may not mount.
    static func mountTmpfs(_ path: String, size: String) -> Bool {
        guard isRoot else { return false }
        return (try? Shell.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "isms-fault", path]))?.status
            == 0
    }

    /// Makes `path` read-only for everyone, root included: a read-only bind mount of itself when
    /// running as root (root ignores permission bits), else permission bits. Returns how to undo
    /// it, or nil when neither works.
    static func makeReadOnly(_ path: String) -> (() -> Void)? {
        if isRoot {
            guard (try? Shell.run("/usr/bin/mount", ["--bind", path, path]))?.status == 0 else { return nil }
            guard (try? Shell.run("/usr/bin/mount", ["-o", "remount,ro,bind", path]))?.status == 0 else {
                _ = try? Shell.run("/usr/bin/umount", [path])
                return nil
            }
            return { _ = try? Shell.run("/usr/bin/umount", [path]) }
        }
        guard (try? Shell.run("/bin/chmod", ["-R", "a-w", path]))?.status == 0 else { return nil }
        return { _ = try? Shell.run("/bin/chmod", ["-R", "u+w", path]) }
    }

    /// The valid fixture: without findings, so any error comes from what a test adds.
    static func fixture() throws -> FixtureRegister { try FixtureRegister() }

    /// A YAML double-quoted scalar that keeps every character, carriage returns and tabs too.
    static func yaml(_ text: String) -> String {
        ReportFixture.yaml(text).replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(
            of: "\t", with: "\\t")
    }

    static func evidenceRecord(_ id: String, files: [String], pins: [String: String] = [:]) -> String {
        var text = """
            id: \(id)
            title: Evidence \(id)
            collected: 2026-03-01
            owner: Ops
            files: [\(files.map(yaml).joined(separator: ", "))]
            supports: [A.5.1]

            """
        if !pins.isEmpty {
            text += "sha256:\n" + pins.map { "  \(yaml($0.key)): \($0.value)\n" }.joined()
        }
        return text
    }

    // MARK: - Disk full

    @Test("a disk that fills up during pack: a clear error, exit 1, nothing left on the disk")
    func diskFull() throws {
        let fixture = try Self.fixture()
        let mountPoint = try Self.temporaryFolder("tmpfs")
        defer { try? FileManager.default.removeItem(atPath: mountPoint) }
        guard Self.mountTmpfs(mountPoint, size: "2m") else {
            print("FaultTests.diskFull: skipped: cannot mount a tmpfs here (needs root and mount rights)")
            return
        }
        defer { _ = try? Shell.run("/usr/bin/umount", [mountPoint]) }

        // An evidence file larger than the whole disk: the copy runs out of space.
        try Self.writeFile(fixture.root + "/evidence/big/dump.bin", megabytes: 3)
        try fixture.write("evidence/big/big.evidence.yaml", Self.evidenceRecord("ev-big", files: ["dump.bin"]))
        let full = try Self.isms([
            "pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--out", mountPoint + "/2026",
        ])
        #expect(!full.timedOut && !full.signalled)
        #expect(full.status == 1, "\(full.stdout)\(full.stderr)")
        #expect(full.stderr.contains("No space left on device"), "\(full.stderr)")
        #expect(full.stderr.contains("dump.bin"), "the message names the file: \(full.stderr)")
        #expect(full.stderr.contains("--out"), "the message says what to do: \(full.stderr)")
        #expect(Self.entries(mountPoint).isEmpty, "left behind: \(Self.entries(mountPoint))")

        // The folder fits but its zip does not: no partial zip, no pack folder, no staging.
        try fixture.remove("evidence/big/dump.bin")
        try Self.writeFile(fixture.root + "/evidence/big/dump.bin", megabytes: 1, random: true)
        let zip = try Self.isms([
            "pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--out", mountPoint + "/2026", "--zip",
        ])
        #expect(!zip.timedOut && !zip.signalled)
        #expect(zip.status == 1, "\(zip.stdout)\(zip.stderr)")
        #expect(zip.stderr.contains("No space left on device"), "\(zip.stderr)")
        #expect(Self.entries(mountPoint).isEmpty, "left behind: \(Self.entries(mountPoint))")

        // With room again, the same run succeeds.
        try fixture.remove("evidence/big/dump.bin")
        try fixture.write("evidence/big/dump.bin", "small now\n")
        let fits = try Self.isms([
            "pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--out", mountPoint + "/2026", "--zip",
        ])
        #expect(fits.status == 0, "\(fits.stdout)\(fits.stderr)")
        #expect(Self.entries(mountPoint) == ["2026", "2026.zip"])
    }

    // MARK: - Files that change while they are hashed

    @Test("evidence truncated, rewritten or deleted while pack copies it: an error naming it, or an intact pack")
    func changedWhileHashed() throws {
        let fixture = try Self.fixture()
        let big = fixture.root + "/evidence/big/dump.bin"
        var outcomes: [String] = []
        for round in 0..<4 {
            try? FileManager.default.removeItem(atPath: fixture.root + "/reports")
            try Self.writeFile(big, megabytes: 192)
            try fixture.write("evidence/big/big.evidence.yaml", Self.evidenceRecord("ev-big", files: ["dump.bin"]))
            let delay = [0.05, 0.15, 0.3, 0.1][round]
            DispatchQueue.global().asyncAfter(deadline: .now() + delay) {
                switch round {
                case 0, 1: _ = truncate(big, 4096)
                case 2: _ = try? Data("rewritten\n".utf8).write(to: URL(fileURLWithPath: big))
                default: _ = unlink(big)
                }
            }
            let run = try Self.isms(["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf], timeout: 300)
            #expect(!run.timedOut && !run.signalled, "round \(round)")
            let folder = fixture.root + "/reports/2026"
            if FileManager.default.fileExists(atPath: folder) {
                // Whatever the timing, the manifest holds the hash of the bytes in the pack.
                let verify = try Self.isms(["verify", folder])
                #expect(verify.status == 0, "round \(round): \(verify.stdout)")
                outcomes.append("round \(round): packed (exit \(run.status))")
            } else {
                #expect(run.status == 1)
                #expect(run.stderr.contains("dump.bin"), "round \(round): \(run.stderr)")
                outcomes.append("round \(round): refused: \(run.stderr.prefix(160))")
            }
            let leftovers = Self.entries(fixture.root + "/.isms/tmp")
            #expect(leftovers.isEmpty, "round \(round): \(leftovers)")
        }
        print("FaultTests.changedWhileHashed:\n" + outcomes.joined(separator: "\n"))
    }

    @Test("a pinned file that changes before pack reads it is refused as E304, and the pack stays intact")
    func pinnedFileChanged() throws {
        let fixture = try Self.fixture()
        try fixture.write("evidence/pinned/file.txt", "original\n")
        let pin = try FixtureRegister.sha256(of: "original\n")
        try fixture.write(
            "evidence/pinned/ev-pinned.evidence.yaml",
            Self.evidenceRecord("ev-pinned", files: ["file.txt"], pins: ["file.txt": pin]))
        try fixture.write("evidence/pinned/file.txt", "changed\n")
        let run = try Self.isms(["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(run.status == 1)
        let verify = try Self.isms(["verify", fixture.root + "/reports/2026"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/reports/2026/evidence/pinned/file.txt"))
    }

    // MARK: - Read-only folders

    @Test("a read-only register: check works, pack to a writable --out works")
    func readOnlyRegister() throws {
        let fixture = try Self.fixture()
        guard let undo = Self.makeReadOnly(fixture.root) else {
            print("FaultTests.readOnlyRegister: skipped: cannot make a folder read-only here")
            return
        }
        defer { undo() }
        #expect(access(fixture.root + "/isms.yaml", W_OK) != 0 || !Self.isRoot || true)
        let check = try Self.isms(["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let out = try Self.temporaryFolder("out")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let pack = try Self.isms(["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--out", out + "/2026"])
        #expect(pack.status == 0, "\(pack.stdout)\(pack.stderr)")
        #expect(try Self.isms(["verify", out + "/2026"]).status == 0)
    }

    @Test("pack into a read-only reports/ fails with a message naming it, and leaves nothing behind")
    func readOnlyReports() throws {
        let fixture = try Self.fixture()
        try FileManager.default.createDirectory(atPath: fixture.root + "/reports", withIntermediateDirectories: true)
        guard let undo = Self.makeReadOnly(fixture.root + "/reports") else {
            print("FaultTests.readOnlyReports: skipped: cannot make a folder read-only here")
            return
        }
        defer { undo() }
        let run = try Self.isms(["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(!run.timedOut && !run.signalled)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("reports/2026"), "\(run.stderr)")
        #expect(run.stderr.contains("cannot move the new pack into"), "\(run.stderr)")
        #expect(Self.entries(fixture.root + "/reports").isEmpty)
        #expect(Self.entries(fixture.root + "/.isms/tmp").isEmpty, "\(Self.entries(fixture.root + "/.isms/tmp"))")
    }

    // MARK: - File names

    @Test("evidence names with spaces, quotes, newlines, backslashes and non-ASCII round-trip as sha256sum -c expects")
    func awkwardNames() throws {
        let fixture = try Self.fixture()
        let names = [
            "two  spaces.txt", "quote \"double\" and 'single'.txt", "new\nline.txt", "back\\slash.txt",
            "tab\there.txt", "ünïcödé 文件 📄.txt", "e\u{301}-decomposed.txt", "-dash-first.txt", "star*.txt",
            "hash #1 ?query.txt", "trailing space .txt", "\\leading-backslash.txt", "cr\rreturn.txt",
        ]
        for (index, name) in names.enumerated() {
            try fixture.write("evidence/names/\(name)", "content \(index)\n")
        }
        try fixture.write("evidence/names/ev-names.evidence.yaml", Self.evidenceRecord("ev-names", files: names))
        let pack = try Self.isms(["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--zip"])
        #expect(pack.status == 0, "\(pack.stdout)\(pack.stderr)")
        let folder = fixture.root + "/reports/2026"
        for name in names {
            #expect(FileManager.default.fileExists(atPath: folder + "/evidence/names/" + name), "\(name)")
        }
        let sha = try Shell.run("/usr/bin/sha256sum", ["--strict", "-c", "MANIFEST.sha256"], in: folder)
        #expect(sha.status == 0, "\(sha.output)")
        #expect(sha.output.components(separatedBy: ": OK").count - 1 == names.count + 3, "\(sha.output)")
        #expect(try Self.isms(["verify", folder]).status == 0)
        #expect(try Self.isms(["verify", folder + ".zip"]).status == 0)
    }

    // MARK: - Big folders, loops, FIFOs and devices

    /// The findings a run reported: check prints them, pack writes them into pack.xml.
    static func findings(of command: String, _ run: Run, in fixture: FixtureRegister) throws -> String {
        guard command == "pack" else { return run.stdout }
        return try String(contentsOfFile: fixture.root + "/reports/2026/pack.xml", encoding: .utf8)
    }

    @Test("100,000 files in one evidence folder: check completes and counts each orphan")
    func hundredThousandFiles() throws {
        let fixture = try Self.fixture()
        let folder = fixture.root + "/evidence/bulk"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let count = 100_000
        for index in 0..<count {
            let fd = open(folder + "/f\(index).txt", O_WRONLY | O_CREAT | O_EXCL, 0o644)
            try #require(fd >= 0)
            close(fd)
        }
        let started = Date()
        let run = try Self.isms(
            ["check", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--format", "json", "--no-cache"],
            timeout: 300)
        let seconds = Date().timeIntervalSince(started)
        #expect(!run.timedOut && !run.signalled)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "\"W301\"").count - 1 == count)
        print("FaultTests.hundredThousandFiles: isms check took \(String(format: "%.1f", seconds)) s")
    }

    @Test("symbolic link loops in evidence/ are neither followed forever nor opened")
    func linkLoops() throws {
        let fixture = try Self.fixture()
        let folder = fixture.root + "/evidence/loops"
        try FileManager.default.createDirectory(atPath: folder + "/a", withIntermediateDirectories: true)
        #expect(symlink("self", folder + "/self") == 0)
        #expect(symlink("../../loops", folder + "/a/up") == 0)
        #expect(symlink("two", folder + "/one") == 0)
        #expect(symlink("one", folder + "/two") == 0)
        #expect(symlink(fixture.root, fixture.root + "/evidence/root-link") == 0)
        try fixture.write(
            "evidence/loops/ev-loops.evidence.yaml",
            Self.evidenceRecord("ev-loops", files: ["self", "one", "a/up/a/up/x"]))
        for command in ["check", "pack"] {
            let run = try Self.isms([command, "-C", fixture.root, "--as-of", FixtureRegister.asOf], timeout: 60)
            #expect(!run.timedOut && !run.signalled, "\(command)")
            #expect(run.status == 1, "\(command): \(run.stdout)\(run.stderr)")
            let findings = try Self.findings(of: command, run, in: fixture)
            #expect(findings.contains("evidence/loops/ev-loops.evidence.yaml"), "\(findings)")
        }
    }

    @Test("a FIFO inside and /dev/zero through a link are refused without blocking, by check and pack")
    func fifoAndDevice() throws {
        let fixture = try Self.fixture()
        let folder = fixture.root + "/evidence/special"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        #expect(mkfifo(folder + "/unnamed-pipe", 0o644) == 0)
        #expect(symlink("/dev/zero", folder + "/zero") == 0)
        #expect(symlink("/dev/urandom", folder + "/random") == 0)
        try fixture.write(
            "evidence/special/ev-special.evidence.yaml",
            Self.evidenceRecord("ev-special", files: ["pipe", "zero", "random"]))
        for command in ["check", "pack"] {
            let run = try Self.isms([command, "-C", fixture.root, "--as-of", FixtureRegister.asOf], timeout: 60)
            #expect(!run.timedOut && !run.signalled, "\(command)")
            #expect(run.status == 1, "\(command): \(run.stdout)\(run.stderr)")
            let findings = try Self.findings(of: command, run, in: fixture)
            #expect(findings.contains("E306"), "the FIFO: \(findings)")
            #expect(findings.contains("E303"), "the links out of the register: \(findings)")
        }
        let packed = fixture.root + "/reports/2026/evidence/special"
        #expect(Self.entries(packed).isEmpty, "\(Self.entries(packed))")
    }

    // MARK: - Hostile packs given to isms verify

    /// Runs a Python script that writes hostile packs into `folder`.
    static func python(_ script: String) throws {
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script])
        try #require(result.status == 0, "\(result.output)")
    }

    @Test("verify refuses a zip bomb, duplicate entries and links, writing nothing outside its temporary folder")
    func hostileZips() throws {
        let folder = try Self.temporaryFolder("zips")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.python(
            """
            import zipfile, stat
            d = '\(folder)'
            with zipfile.ZipFile(d + '/bomb.zip', 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
                z.writestr('MANIFEST.sha256', '')
                with z.open('evidence/zeros.bin', 'w', force_zip64=True) as f:
                    block = bytes(1 << 20)
                    for _ in range(1024):
                        f.write(block)
            with zipfile.ZipFile(d + '/many.zip', 'w', zipfile.ZIP_DEFLATED) as z:
                for i in range(64):
                    z.writestr('evidence/part%d.bin' % i, bytes(1 << 20))
            with zipfile.ZipFile(d + '/duplicate.zip', 'w') as z:
                z.writestr('MANIFEST.sha256', '')
                z.writestr('pack.xml', '<a/>')
                z.writestr('pack.xml', '<b/>')
            with zipfile.ZipFile(d + '/link.zip', 'w') as z:
                info = zipfile.ZipInfo('evidence/passwd')
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                z.writestr(info, '/etc/passwd')
            """)
        let temporary = try Self.temporaryFolder("verify-tmp")
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let before = Self.entries(folder)
        let expected = [
            "bomb.zip": "zip bomb", "many.zip": "zip bomb", "duplicate.zip": "appears twice",
            "link.zip": "symbolic link",
        ]
        for (name, message) in expected.sorted(by: { $0.key < $1.key }) {
            let run = try Self.isms(["verify", folder + "/" + name], timeout: 60, temporary: temporary)
            #expect(!run.timedOut && !run.signalled, "\(name)")
            #expect(run.status == 1, "\(name): \(run.stdout)")
            #expect(run.stdout.contains(message), "\(name): \(run.stdout)")
            #expect(run.stdout.contains("NOT intact"), "\(name): \(run.stdout)")
            #expect(Self.entries(temporary).isEmpty, "\(name) left \(Self.entries(temporary))")
        }
        #expect(Self.entries(folder) == before)
    }

    @Test("verify refuses pack.xml with a DOCTYPE, external entities or billion laughs, expanding nothing")
    func hostileXML() throws {
        let fixture = try Self.fixture()
        #expect(try Self.isms(["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--zip"]).status == 0)
        let secret = try Self.temporaryFolder("secret")
        defer { try? FileManager.default.removeItem(atPath: secret) }
        try Data("TOP-SECRET-CONTENT\n".utf8).write(to: URL(fileURLWithPath: secret + "/secret.txt"))
        let laughs =
            "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + (1...9).map {
                "<!ENTITY lol\($0) \"" + String(repeating: "&lol\($0 == 1 ? "" : String($0 - 1));", count: 10) + "\">"
            }
            .joined() + "]>"
        let doctypes = [
            "doctype": "<!DOCTYPE audit-pack>",
            "external": "<!DOCTYPE audit-pack [<!ENTITY x SYSTEM \"file://\(secret)/secret.txt\">]>",
            "parameter": "<!DOCTYPE audit-pack [<!ENTITY % p SYSTEM \"file://\(secret)/secret.txt\"> %p;]>",
            "network": "<!DOCTYPE audit-pack SYSTEM \"http://127.0.0.1:9/evil.dtd\">",
            "laughs": laughs,
        ]
        let original = try String(contentsOfFile: fixture.root + "/reports/2026/pack.xml", encoding: .utf8)
        let temporary = try Self.temporaryFolder("verify-tmp")
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        for (name, doctype) in doctypes.sorted(by: { $0.key < $1.key }) {
            let copy = try Self.temporaryFolder("pack-\(name)")
            defer { try? FileManager.default.removeItem(atPath: copy) }
            _ = try Shell.run("/bin/cp", ["-R", fixture.root + "/reports/2026/.", copy])
            // The DOCTYPE goes after the XML declaration, and an entity reference into the text.
            var xml = original.replacingOccurrences(
                of: "?>\n", with: "?>\n" + doctype + "\n", options: [], range: original.range(of: "?>\n"))
            let entity = name == "laughs" ? "&lol9;" : name == "external" ? "&x;" : ""
            xml = xml.replacingOccurrences(of: "</scope>", with: entity + "</scope>")
            let bytes = Data(xml.utf8)
            try bytes.write(to: URL(fileURLWithPath: copy + "/pack.xml"))
            // Re-seal the manifest, as an attacker who controls the whole pack would.
            let manifest = try String(contentsOfFile: copy + "/MANIFEST.sha256", encoding: .utf8)
            let digest = try FixtureRegister.sha256(of: xml)
            let resealed =
                manifest.split(separator: "\n").map { line in
                    line.hasSuffix("  pack.xml") ? "\(digest)  pack.xml" : String(line)
                }.joined(separator: "\n") + "\n"
            try Data(resealed.utf8).write(to: URL(fileURLWithPath: copy + "/MANIFEST.sha256"))
            let started = Date()
            let run = try Self.isms(["verify", copy], timeout: 60, temporary: temporary)
            #expect(!run.timedOut && !run.signalled, "\(name)")
            #expect(Date().timeIntervalSince(started) < 30, "\(name) took too long")
            #expect(run.status == 1, "\(name): \(run.stdout)")
            #expect(run.stdout.contains("pack.xml:"), "\(name): \(run.stdout)")
            #expect(run.stdout.contains("DOCTYPE"), "\(name): \(run.stdout)")
            #expect(!run.stdout.contains("TOP-SECRET") && !run.stdout.contains("lollollol"), "\(name) expanded")
            #expect(Self.entries(temporary).isEmpty, "\(name) left \(Self.entries(temporary))")
        }
    }
}
