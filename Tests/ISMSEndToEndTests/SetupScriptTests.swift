import Foundation
import ISMSTestSupport
import Testing

/// The README's two commands do their own set-up (issue 16): `scripts/test` runs `scripts/setup
/// --tests`, which installs what is missing as root and otherwise prints the exact line and stops.
@Suite("scripts/setup and scripts/test: the two commands on a fresh machine")
struct SetupScriptTests {
    private let root = IsmsBinary.repositoryRoot

    @Test("without root and without the tools, it names every missing package in one apt-get line and exits 1")
    func printsTheLine() throws {
        // A PATH holding only what the script itself runs: every tool it looks for is missing.
        let folder = FileManager.default.temporaryDirectory.path + "/isms-setup-" + UUID().uuidString
        let bin = folder + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for tool in ["bash", "id", "dirname"] {
            let found = try Shell.run("/usr/bin/env", ["bash", "-c", "command -v \(tool)"]).output
            try FileManager.default.createSymbolicLink(
                atPath: bin + "/" + tool, withDestinationPath: found.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // Copied out of the repository, so that a user without rights to the clone can read it.
        try FileManager.default.copyItem(atPath: root + "/scripts/setup", toPath: folder + "/setup")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/setup")
        let command = "PATH=\(bin) bash \(folder)/setup --tests"
        let result =
            getuid() == 0
            ? try Shell.run("/usr/bin/env", ["su", "nobody", "-s", bin + "/bash", "-c", command])
            : try Shell.run("/usr/bin/env", ["bash", "-c", command])
        #expect(result.status == 1)
        #expect(result.output.contains("not root to install it; run:"))
        #expect(
            result.output.contains(
                "sudo sh -c 'apt-get update && apt-get install -y pkg-config libxml2-utils signify-openbsd chromium chromium-driver poppler-utils libreoffice-calc-nogui'"
            ))
        // python3 is not on this PATH either: every Python reader is named, pinned.
        #expect(
            result.output.contains(
                "python3 -m pip install jsonschema compliance-trestle==5.2.0 markdown-it-py==3.0.0 openpyxl==3.1.5 selenium==4.51.0"
            ))
    }

    @Test("the README's test command is scripts/test, and .ci/run runs that same command")
    func sameCommand() throws {
        let readme = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
        let ci = try String(contentsOfFile: root + "/.ci/run", encoding: .utf8)
        #expect(readme.contains("\nscripts/test "))
        #expect(ci.contains("\nscripts/test\n"))
        let script = try String(contentsOfFile: root + "/scripts/test", encoding: .utf8)
        #expect(script.contains("scripts/setup --tests\nexec swift test \"$@\""))
    }

    @Test("an unknown option is a usage error")
    func usage() throws {
        let result = try Shell.run("/usr/bin/env", ["bash", root + "/scripts/setup", "--everything"])
        #expect(result.status == 2)
        #expect(result.output.contains("usage: scripts/setup [--tests]"))
    }
}
