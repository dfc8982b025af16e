import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// A folder for key files and packs, removed at the end.
private final class Workspace: @unchecked Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/isms-signing-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func read(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)) }
}

/// Tools the tests compare with; none is installed by the tests.
private enum Tools {
    static let signify = "/usr/bin/signify-openbsd"
    static var hasSignify: Bool { Shell.has(signify) }
    static var hasPython: Bool { Shell.has("/usr/bin/python3") }

    /// Runs a program on a new pseudo-terminal (its controlling terminal, where signify and
    /// `isms keygen` read passphrases) and answers every prompt ending in "passphrase:".
    static func onTerminal(
        _ executable: String, _ arguments: [String], passphrases: [String], in directory: String
    ) throws -> Shell.Result {
        let script = """
            import os, pty, sys
            answers = sys.argv[1].split("\\n")
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[2], sys.argv[2:])
            out = b""
            pending = b""
            while True:
                try:
                    data = os.read(fd, 1024)
                except OSError:
                    break
                if not data:
                    break
                out += data
                pending += data
                if pending.rstrip().endswith(b"passphrase:"):
                    answer = answers.pop(0) if len(answers) > 1 else answers[0]
                    os.write(fd, answer.encode() + b"\\n")
                    pending = b""
            _, status = os.waitpid(pid, 0)
            sys.stdout.write(out.decode(errors="replace"))
            sys.exit(os.waitstatus_to_exitcode(status))
            """
        return try Shell.run(
            "/usr/bin/python3", ["-c", script, passphrases.joined(separator: "\n"), executable] + arguments,
            in: directory)
    }
}

@Suite("signed packs: isms keygen, pack --sign, verify --key")
struct SigningTests {
    static let passphrase = "correct horse battery"
    static let environment = ["ISMS_TEST_PASSPHRASE": passphrase]

    private func keygen(_ name: String, in workspace: Workspace, passphrase: Bool) throws {
        let options = passphrase ? ["--passphrase-env", "ISMS_TEST_PASSPHRASE"] : ["--no-passphrase"]
        let result = try IsmsBinary.run(
            ["keygen", "--out", workspace.path + "/" + name] + options, environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func pack(_ fixture: FixtureRegister, _ extra: [String] = []) throws -> IsmsBinary.Result {
        try IsmsBinary.run(
            ["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf] + extra, environment: Self.environment)
    }

    private func verify(_ pack: String, _ extra: [String] = []) throws -> IsmsBinary.Result {
        try IsmsBinary.run(["verify", pack] + extra)
    }

    @Test("keygen writes NAME.pub and NAME.sec (0600) in signify's format and never writes over them")
    func keygenFiles() throws {
        let workspace = try Workspace()
        try keygen("org", in: workspace, passphrase: false)
        let secret = workspace.path + "/org.sec"
        let mode = try FileManager.default.attributesOfItem(atPath: secret)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let publicText = String(decoding: try workspace.read("org.pub"), as: UTF8.self)
        let lines = publicText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[0] == "untrusted comment: isms public key" && lines[2].isEmpty)
        #expect(Data(base64Encoded: String(lines[1]))?.count == 42)
        let before = try workspace.read("org.sec")
        let again = try IsmsBinary.run(["keygen", "--out", workspace.path + "/org", "--no-passphrase"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"), "\(again.stderr)")
        #expect(try workspace.read("org.sec") == before)
        let commented = try IsmsBinary.run([
            "keygen", "--out", workspace.path + "/acme", "--no-passphrase", "--comment", "ACME B.V.",
        ])
        #expect(commented.status == 0)
        #expect(
            String(decoding: try workspace.read("acme.sec"), as: UTF8.self).hasPrefix(
                "untrusted comment: ACME B.V. secret key\n"))
    }

    @Test("keygen refuses to ask for a passphrase when standard input is not a terminal")
    func keygenNeedsPassphraseSource() throws {
        let workspace = try Workspace()
        let result = try IsmsBinary.run(["keygen", "--out", workspace.path + "/org"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--no-passphrase") && result.stderr.contains("--passphrase-env"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path + "/org.sec"))
        let unset = try IsmsBinary.run([
            "keygen", "--out", workspace.path + "/org", "--passphrase-env", "ISMS_UNSET_VAR",
        ])
        #expect(unset.status == 2)
        #expect(unset.stderr.contains("ISMS_UNSET_VAR is not set"))
        let both = try IsmsBinary.run([
            "keygen", "--out", workspace.path + "/org", "--passphrase-env", "X", "--no-passphrase",
        ])
        #expect(both.status == 2)
    }

    @Test("pack --sign writes MANIFEST.sha256.sig (also in the zip), and verify --key accepts it")
    func signAndVerify() throws {
        let workspace = try Workspace()
        try keygen("org", in: workspace, passphrase: true)
        let fixture = try FixtureRegister()
        let packed = try pack(
            fixture, ["--zip", "--sign", workspace.path + "/org.sec", "--passphrase-env", "ISMS_TEST_PASSPHRASE"])
        #expect(packed.status == 0, "\(packed.stdout)\(packed.stderr)")
        #expect(packed.stdout.contains("Signed MANIFEST.sha256: MANIFEST.sha256.sig (verify with org.pub)"))
        let folder = fixture.root + "/reports/2026"
        let signature = try String(contentsOfFile: folder + "/MANIFEST.sha256.sig", encoding: .utf8)
        #expect(signature.hasPrefix("untrusted comment: verify with org.pub\n"))
        let key = workspace.path + "/org.pub"
        for target in [folder, fixture.root + "/reports/2026.zip"] {
            let result = try verify(target, ["--key", key])
            #expect(result.status == 0, "\(result.stdout)")
            #expect(result.stdout.contains("MANIFEST.sha256.sig: good signature by \(key)"), "\(result.stdout)")
        }
        let unchecked = try verify(folder)
        #expect(unchecked.status == 0)
        #expect(unchecked.stdout.contains("MANIFEST.sha256.sig: signed (not checked: no --key)"))
    }

    @Test("the same register, date and key give a byte-identical signature and zip")
    func deterministic() throws {
        let workspace = try Workspace()
        try keygen("org", in: workspace, passphrase: false)
        let fixture = try FixtureRegister()
        let options = ["--zip", "--sign", workspace.path + "/org.sec"]
        #expect(try pack(fixture, options).status == 0)
        let signature = try Data(contentsOf: URL(fileURLWithPath: fixture.root + "/reports/2026/MANIFEST.sha256.sig"))
        let zip = try Data(contentsOf: URL(fileURLWithPath: fixture.root + "/reports/2026.zip"))
        #expect(try pack(fixture, options).status == 0)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: fixture.root + "/reports/2026/MANIFEST.sha256.sig")) == signature)
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.root + "/reports/2026.zip")) == zip)
    }

    @Test("verify --key fails on a rewritten manifest, a missing signature and another key")
    func tampering() throws {
        let workspace = try Workspace()
        try keygen("org", in: workspace, passphrase: false)
        try keygen("other", in: workspace, passphrase: false)
        let fixture = try FixtureRegister()
        #expect(try pack(fixture, ["--sign", workspace.path + "/org.sec"]).status == 0)
        let folder = fixture.root + "/reports/2026"
        let key = workspace.path + "/org.pub"
        // Change evidence and rewrite the manifest to match: only the signature notices.
        let evidence = folder + "/evidence/policy/policy.txt"
        try Data("forged policy\n".utf8).write(to: URL(fileURLWithPath: evidence))
        let manifestPath = folder + "/MANIFEST.sha256"
        let manifest = try String(contentsOfFile: manifestPath, encoding: .utf8)
        let forgedHash = try FixtureRegister.sha256(of: "forged policy\n")
        let originalHash = try FixtureRegister.sha256(of: FixtureRegister.policyText)
        try Data(manifest.replacingOccurrences(of: originalHash, with: forgedHash).utf8).write(
            to: URL(fileURLWithPath: manifestPath))
        let forged = try verify(folder, ["--key", key])
        #expect(forged.status == 1)
        #expect(forged.stdout.contains("MANIFEST.sha256.sig: the signature does not match"), "\(forged.stdout)")
        #expect(forged.stdout.contains("NOT intact"))
        let other = try verify(folder, ["--key", workspace.path + "/other.pub"])
        #expect(other.status == 1)
        #expect(other.stdout.contains("signed with another key"), "\(other.stdout)")
        try FileManager.default.removeItem(atPath: folder + "/MANIFEST.sha256.sig")
        let missing = try verify(folder, ["--key", key])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("MANIFEST.sha256.sig: missing"), "\(missing.stdout)")
        let badKey = try verify(folder, ["--key", workspace.path + "/org.sec"])
        #expect(badKey.status == 2)
    }

    @Test("pack --sign: an encrypted key needs its passphrase, and a wrong one is named")
    func passphrases() throws {
        let workspace = try Workspace()
        try keygen("org", in: workspace, passphrase: true)
        let fixture = try FixtureRegister()
        let noSource = try IsmsBinary.run([
            "pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--sign", workspace.path + "/org.sec",
        ])
        #expect(noSource.status == 2)
        #expect(noSource.stderr.contains("--passphrase-env"), "\(noSource.stderr)")
        let wrong = try IsmsBinary.run(
            [
                "pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--sign", workspace.path + "/org.sec",
                "--passphrase-env", "WRONG",
            ], environment: ["WRONG": "not it"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("incorrect passphrase"), "\(wrong.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/reports/2026"))
    }

    @Test("keygen and pack ask for the passphrase on the terminal, without echo", .enabled(if: Tools.hasPython))
    func terminalPassphrase() throws {
        let workspace = try Workspace()
        let keygen = try Tools.onTerminal(
            IsmsBinary.url.path, ["keygen", "--out", "org"], passphrases: [Self.passphrase], in: workspace.path)
        #expect(keygen.status == 0, "\(keygen.output)")
        #expect(keygen.output.contains("confirm passphrase:"))
        #expect(!keygen.output.contains(Self.passphrase), "the passphrase was echoed")
        let mismatch = try Tools.onTerminal(
            IsmsBinary.url.path, ["keygen", "--out", "other"], passphrases: ["one", "two"], in: workspace.path)
        #expect(mismatch.status == 2)
        #expect(mismatch.output.contains("do not match"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path + "/other.sec"))
        let fixture = try FixtureRegister()
        let packed = try Tools.onTerminal(
            IsmsBinary.url.path,
            ["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--sign", workspace.path + "/org.sec"],
            passphrases: [Self.passphrase], in: workspace.path)
        #expect(packed.status == 0, "\(packed.output)")
        #expect(try verify(fixture.root + "/reports/2026", ["--key", workspace.path + "/org.pub"]).status == 0)
    }

    @Test(
        "signify-openbsd verifies a pack isms signed, and refuses it once the manifest changes",
        .enabled(if: Tools.hasSignify, "signify-openbsd is not installed (Debian package signify-openbsd)"))
    func signifyVerifiesIsms() throws {
        let workspace = try Workspace()
        try keygen("org", in: workspace, passphrase: true)
        let fixture = try FixtureRegister()
        let packed = try pack(
            fixture, ["--sign", workspace.path + "/org.sec", "--passphrase-env", "ISMS_TEST_PASSPHRASE"])
        #expect(packed.status == 0, "\(packed.stderr)")
        let folder = fixture.root + "/reports/2026"
        let arguments = ["-V", "-p", workspace.path + "/org.pub", "-x", "MANIFEST.sha256.sig", "-m", "MANIFEST.sha256"]
        let good = try Shell.run(Tools.signify, arguments, in: folder)
        #expect(good.status == 0, "\(good.output)")
        #expect(try Shell.run("/usr/bin/sha256sum", ["-c", "MANIFEST.sha256"], in: folder).status == 0)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/MANIFEST.sha256"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        let bad = try Shell.run(Tools.signify, arguments, in: folder)
        #expect(bad.status != 0, "\(bad.output)")
    }

    @Test(
        "keys signify made, with and without a passphrase, sign packs that isms verifies, and isms signs with them",
        .enabled(if: Tools.hasSignify && Tools.hasPython, "signify-openbsd or python3 is not installed"))
    func signifyKeysWorkInIsms() throws {
        let workspace = try Workspace()
        let plain = try Shell.run(
            Tools.signify, ["-G", "-n", "-p", "plain.pub", "-s", "plain.sec"], in: workspace.path)
        #expect(plain.status == 0, "\(plain.output)")
        let encrypted = try Tools.onTerminal(
            Tools.signify, ["-G", "-p", "enc.pub", "-s", "enc.sec"], passphrases: [Self.passphrase], in: workspace.path)
        #expect(encrypted.status == 0, "\(encrypted.output)")
        for name in ["plain", "enc"] {
            // signify signs the manifest of an unsigned pack; isms verifies it.
            let fixture = try FixtureRegister()
            #expect(try pack(fixture).status == 0)
            let folder = fixture.root + "/reports/2026"
            let sign = [
                "-S", "-s", workspace.path + "/\(name).sec", "-m", "MANIFEST.sha256", "-x", "MANIFEST.sha256.sig",
            ]
            let signed =
                name == "plain"
                ? try Shell.run(Tools.signify, sign, in: folder)
                : try Tools.onTerminal(Tools.signify, sign, passphrases: [Self.passphrase], in: folder)
            #expect(signed.status == 0, "\(name): \(signed.output)")
            let verified = try verify(folder, ["--key", workspace.path + "/\(name).pub"])
            #expect(verified.status == 0, "\(name): \(verified.stdout)")
            #expect(verified.stdout.contains("good signature"))
            // isms signs with signify's key; signify verifies.
            let again = try pack(
                fixture, ["--sign", workspace.path + "/\(name).sec", "--passphrase-env", "ISMS_TEST_PASSPHRASE"])
            #expect(again.status == 0, "\(name): \(again.stderr)")
            let checked = try Shell.run(
                Tools.signify,
                ["-V", "-p", workspace.path + "/\(name).pub", "-x", "MANIFEST.sha256.sig", "-m", "MANIFEST.sha256"],
                in: folder)
            #expect(checked.status == 0, "\(name): \(checked.output)")
        }
    }

    @Test(
        "keys isms keygen made, with and without a passphrase, work with signify -S and -V",
        .enabled(if: Tools.hasSignify && Tools.hasPython, "signify-openbsd or python3 is not installed"))
    func ismsKeysWorkInSignify() throws {
        let workspace = try Workspace()
        try keygen("plain", in: workspace, passphrase: false)
        try keygen("enc", in: workspace, passphrase: true)
        try Data("a message\n".utf8).write(to: URL(fileURLWithPath: workspace.path + "/message"))
        for name in ["plain", "enc"] {
            let sign = ["-S", "-s", "\(name).sec", "-m", "message", "-x", "\(name).sig"]
            let signed =
                name == "plain"
                ? try Shell.run(Tools.signify, sign, in: workspace.path)
                : try Tools.onTerminal(Tools.signify, sign, passphrases: [Self.passphrase], in: workspace.path)
            #expect(signed.status == 0, "\(name): \(signed.output)")
            let verified = try Shell.run(
                Tools.signify, ["-V", "-p", "\(name).pub", "-x", "\(name).sig", "-m", "message"], in: workspace.path)
            #expect(verified.status == 0, "\(name): \(verified.output)")
        }
        let wrong = try Tools.onTerminal(
            Tools.signify, ["-S", "-s", "enc.sec", "-m", "message", "-x", "wrong.sig"], passphrases: ["not it"],
            in: workspace.path)
        #expect(wrong.status != 0)
        #expect(wrong.output.contains("incorrect passphrase"), "\(wrong.output)")
    }
}
