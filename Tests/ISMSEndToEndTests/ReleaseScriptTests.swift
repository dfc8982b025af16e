import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

/// What can be tested of scripts/release, scripts/install and scripts/test-release without the
/// four-minute release build; .ci/run builds a real tarball and runs scripts/test-release on it.
@Suite("scripts/release, scripts/install and scripts/test-release")
struct ReleaseScriptTests {
    private let root = IsmsBinary.repositoryRoot

    private static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/isms-release-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func bash(_ script: String, _ arguments: [String], in directory: String? = nil) throws -> Shell.Result {
        try Shell.run("/usr/bin/env", ["bash", script] + arguments, in: directory)
    }

    /// A folder laid out as a release: the built isms, the man page and completions.
    private func releaseTree(at tree: String) throws {
        let files = [
            "share/man/man1/isms.1": "man page\n", "share/bash-completion/completions/isms": "bash\n",
            "share/zsh/site-functions/_isms": "zsh\n", "share/fish/vendor_completions.d/isms.fish": "fish\n",
        ]
        for (path, content) in files {
            try FileManager.default.createDirectory(
                atPath: tree + "/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(content.utf8).write(to: URL(fileURLWithPath: tree + "/" + path))
        }
        try FileManager.default.createDirectory(atPath: tree + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: IsmsBinary.url.path, toPath: tree + "/bin/isms")
    }

    @Test("release: no VERSION, a second one or an unknown option is a usage error")
    func releaseUsage() throws {
        for arguments in [[], ["0.1.0", "0.1.1"], ["--fast"], ["0.1.0", "--sign"]] {
            let result = try bash(root + "/scripts/release", arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.output.contains("usage: scripts/release VERSION [--sign KEY.sec]"), "\(arguments)")
        }
    }

    @Test("release: VERSION is ISMSVersion.current or it with a suffix, and a key must exist")
    func releaseVersion() throws {
        let wrong = try bash(root + "/scripts/release", ["9.9.9"])
        #expect(wrong.status == 2)
        #expect(wrong.output.contains("VERSION must be \(ISMSVersion.current) (Sources/ISMSKit/ISMSVersion.swift)"))
        let odd = try bash(root + "/scripts/release", [ISMSVersion.current + "-a/b"])
        #expect(odd.status == 2)
        let key = try bash(root + "/scripts/release", [ISMSVersion.current, "--sign", "/nonexistent/k.sec"])
        #expect(key.status == 2)
        #expect(key.output.contains("no secret key /nonexistent/k.sec"))
    }

    @Test("release: a work tree whose tracked files differ from HEAD is refused before anything is built")
    func releaseDirtyTree() throws {
        let repository = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: repository) }
        try FileManager.default.createDirectory(
            atPath: repository + "/scripts", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            atPath: repository + "/Sources/ISMSKit", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: root + "/scripts/release", toPath: repository + "/scripts/release")
        let version = repository + "/Sources/ISMSKit/ISMSVersion.swift"
        try FileManager.default.copyItem(atPath: root + "/Sources/ISMSKit/ISMSVersion.swift", toPath: version)
        try Data("a register tool\n".utf8).write(to: URL(fileURLWithPath: repository + "/README.md"))
        let git = ["-C", repository, "-c", "user.name=t", "-c", "user.email=t@example.org"]
        #expect(try Shell.run("/usr/bin/env", ["git", "init", "-q", repository]).status == 0)
        #expect(try Shell.run("/usr/bin/env", ["git"] + git + ["add", "."]).status == 0)
        #expect(try Shell.run("/usr/bin/env", ["git"] + git + ["commit", "-q", "-m", "x"]).status == 0)
        try Data("changed\n".utf8).write(to: URL(fileURLWithPath: repository + "/README.md"), options: .atomic)
        let result = try bash(repository + "/scripts/release", [ISMSVersion.current])
        #expect(result.status == 1)
        #expect(result.output.contains("tracked files differ from HEAD"))
        #expect(result.output.contains("README.md"))
        #expect(!FileManager.default.fileExists(atPath: repository + "/.build-release"))
    }

    @Test("install --from a release folder or tarball puts each file under PREFIX; ./install in the folder too")
    func install() throws {
        let work = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let tree = work + "/isms-0.1.0-linux-x86_64"
        try releaseTree(at: tree)
        let tar = try Shell.run(
            "/usr/bin/env", ["tar", "-czf", work + "/release.tar.gz", "-C", work, "isms-0.1.0-linux-x86_64"])
        #expect(tar.status == 0)
        try FileManager.default.copyItem(atPath: root + "/scripts/install", toPath: tree + "/install")
        let runs: [(String, [String])] = [
            (root + "/scripts/install", ["--from", tree, work + "/a"]),
            (root + "/scripts/install", ["--from", work + "/release.tar.gz", work + "/b"]),
            (tree + "/install", [work + "/c"]),
        ]
        for (script, arguments) in runs {
            let result = try bash(script, arguments)
            #expect(result.status == 0, "\(arguments): \(result.output)")
            let prefix = arguments.last!
            #expect(result.output.contains("installed \(ISMSVersion.current) in \(prefix)"))
            #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/isms"))
            for (path, content) in [
                ("share/man/man1/isms.1", "man page\n"), ("share/zsh/site-functions/_isms", "zsh\n"),
                ("share/bash-completion/completions/isms", "bash\n"),
                ("share/fish/vendor_completions.d/isms.fish", "fish\n"),
            ] {
                #expect(try String(contentsOfFile: prefix + "/" + path, encoding: .utf8) == content, "\(path)")
            }
        }
    }

    @Test("install refuses a folder that is not a release, and an unknown option")
    func installRefuses() throws {
        let work = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try FileManager.default.createDirectory(atPath: work + "/tree/bin", withIntermediateDirectories: true)
        let incomplete = try bash(root + "/scripts/install", ["--from", work + "/tree", work + "/prefix"])
        #expect(incomplete.status == 1)
        #expect(incomplete.output.contains("has no bin/isms: not a release of isms"))
        #expect(!FileManager.default.fileExists(atPath: work + "/prefix"))
        let usage = try bash(root + "/scripts/install", ["--everything"])
        #expect(usage.status == 2)
        #expect(usage.output.contains("usage: scripts/install [--from TARBALL|FOLDER] [PREFIX]"))
    }

    @Test("test-release needs a tarball")
    func testReleaseUsage() throws {
        for arguments in [[], ["/nonexistent.tar.gz"], ["x.tar.gz", "--sign"]] {
            let result = try bash(root + "/scripts/test-release", arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.output.contains("usage: scripts/test-release TARBALL [--key KEY.pub]"))
        }
    }
}
