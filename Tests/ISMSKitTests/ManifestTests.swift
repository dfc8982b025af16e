import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("MANIFEST.sha256 in the format sha256sum -c reads")
struct ManifestTests {
    static let awkwardNames = [
        "plain.txt", "with space.txt", "quote's \"double\".txt", "back\\slash.txt", "new\nline.txt", "café-ü.txt",
        "tab\tname.txt",
    ]

    @Test("every awkward file name round-trips through sha256sum -c")
    func sha256sumAgrees() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-manifest-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/evidence", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var entries: [Manifest.Entry] = []
        for (index, name) in Self.awkwardNames.enumerated() {
            let path = "evidence/" + name
            try Data("file \(index)\n".utf8).write(to: URL(fileURLWithPath: folder + "/" + path))
            entries.append(
                Manifest.Entry(path: path, sha256: try FileDigest.compute(path: folder + "/" + path).get().sha256))
        }
        let manifest = Manifest(entries: entries)
        try Data(manifest.text.utf8).write(to: URL(fileURLWithPath: folder + "/MANIFEST.sha256"))
        let result = try Shell.run("/usr/bin/sha256sum", ["-c", "MANIFEST.sha256"], in: folder)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.components(separatedBy: ": OK").count - 1 == Self.awkwardNames.count)
        #expect(try Manifest.parse(manifest.text).get() == manifest)
    }

    @Test("what sha256sum writes, the parser reads")
    func readsSha256sumOutput() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-manifest-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in Self.awkwardNames { try Data(name.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        let result = try Shell.run("/usr/bin/sha256sum", Self.awkwardNames, in: folder)
        let parsed = try Manifest.parse(result.output).get()
        #expect(Set(parsed.entries.map(\.path)) == Set(Self.awkwardNames))
    }

    @Test("malformed lines are refused with their line number")
    func malformed() {
        let bad = "\(String(repeating: "a", count: 64))  ok.txt\nnot a digest  x\n"
        #expect(throws: Manifest.ParseError(line: 2, reason: "expected 64 lowercase hexadecimal digits")) {
            try Manifest.parse(bad).get()
        }
    }
}

@Suite("Register paths are normalised as text before any file is touched")
struct RegisterPathTests {
    @Test(
        "joining and normalising",
        arguments: [
            ("a.txt", "evidence/x", "evidence/x/a.txt"), ("./a.txt", "evidence/x", "evidence/x/a.txt"),
            ("../y/a.txt", "evidence/x", "evidence/y/a.txt"), ("..a/b", "evidence", "evidence/..a/b"),
            ("a/../../..", "evidence", nil), ("../../a", "evidence", nil), ("/etc/passwd", "evidence", nil),
            ("a//b", "evidence", "evidence/a/b"), ("a/.", "evidence", "evidence/a"), (".hidden", "e", "e/.hidden"),
            ("..", "", nil), ("", "e", nil), ("a/", "e", "e/a"), ("...", "e", "e/..."),
        ] as [(String, String, String?)])
    func resolve(written: String, folder: String, expected: String?) {
        #expect(RegisterPath.resolve(written, in: folder) == expected)
    }
}
