import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

private let canPrint =
    FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
    && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo")
    && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

/// `isms pack --pdf` with the built binary and the real Chromium: pack.pdf is in the pack and its
/// manifest, poppler reads it as A4 pages holding the register, it is byte-identical however and
/// wherever the pack is made, and it holds no path of the machine, only relative evidence links.
@Suite(
    "isms pack --pdf, end to end", .serialized,
    .enabled(if: canPrint, "needs /usr/bin/chromium and poppler-utils (scripts/setup --tests); skipped"))
struct PackPDFTests {
    /// The baseline fixture plus an own control whose evidence file has a space and accents in its path.
    private func fixture() throws -> FixtureRegister {
        let fixture = try FixtureRegister()
        try fixture.write("controls/custom/org.yaml", FixtureRegister.control("ORG-1", title: "Own control"))
        try fixture.addEvidence("ev-org", folder: "evidence/org dir", file: "scan één.txt", supports: ["ORG-1"])
        return fixture
    }

    private func pack(_ root: String, _ extra: [String]) throws -> IsmsBinary.Result {
        try IsmsBinary.run(["pack", "-C", root, "--as-of", FixtureRegister.asOf, "--pdf"] + extra)
    }

    private func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("pack.pdf is in the pack, the manifest and the zip, verifies, and reads as A4 pages of the register")
    func written() throws {
        let fixture = try fixture()
        let result = try pack(fixture.root, ["--zip"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // Chromium's own chatter (D-Bus, "bytes written") stays out of the user's terminal.
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let folder = fixture.root + "/reports/2026"
        let manifest = try String(contentsOfFile: folder + "/MANIFEST.sha256", encoding: .utf8)
        let line = try #require(manifest.split(separator: "\n").first { $0.hasSuffix("  pack.pdf") })
        #expect(line.prefix(64) == Digest.sha256(try bytes(folder + "/pack.pdf")))
        #expect(try IsmsBinary.run(["verify", folder]).status == 0)
        #expect(try IsmsBinary.run(["verify", folder + ".zip"]).status == 0)

        let info = try Shell.run("/usr/bin/pdfinfo", [folder + "/pack.pdf"])
        #expect(info.status == 0 && !info.output.contains("Error"), "\(info.output)")
        #expect(info.output.contains("(A4)"), "\(info.output)")
        let pages = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        #expect((pages?.split(separator: " ").last).flatMap { Int($0) } ?? 0 > 1, "\(info.output)")
        #expect(info.output.contains("CreationDate:    Mon Jun  1 00:00:00 2026 UTC"), "\(info.output)")
        let text = try Shell.run("/usr/bin/pdftotext", ["-layout", folder + "/pack.pdf", "-"])
        #expect(text.status == 0 && text.output.contains("Fixture B.V."))
        #expect(text.output.contains("ORG-1"))

        // The PDF is covered like every other file: one changed byte and the pack is not intact.
        var changed = try bytes(folder + "/pack.pdf")
        changed[changed.count / 2] ^= 1
        try Data(changed).write(to: URL(fileURLWithPath: folder + "/pack.pdf"))
        let tampered = try IsmsBinary.run(["verify", folder])
        #expect(tampered.status == 1 && tampered.stdout.contains("pack.pdf"), "\(tampered.stdout)")
    }

    @Test("the same register and date give a byte-identical pack.pdf in two folders and from another register path")
    func reproducible() throws {
        let fixture = try fixture()
        let outside = FileManager.default.temporaryDirectory.path + "/isms-pdf-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let first = outside + "/a"
        let second = outside + "/a much longer folder name/b"
        #expect(try pack(fixture.root, ["--out", first]).status == 0)
        #expect(try pack(fixture.root, ["--out", second]).status == 0)
        // A copy of the register elsewhere, packed into its own reports/ (staged in its .isms/tmp).
        let moved = outside + "/moved register"
        try FileManager.default.copyItem(atPath: fixture.root, toPath: moved)
        #expect(try pack(moved, []).status == 0)

        let reference = try bytes(first + "/pack.pdf")
        #expect(try bytes(second + "/pack.pdf") == reference)
        #expect(try bytes(moved + "/reports/2026/pack.pdf") == reference)
    }

    @Test("no file:// URI and no local path in the PDF's bytes; the evidence links are relative")
    func noLocalPaths() throws {
        let fixture = try fixture()
        let out = FileManager.default.temporaryDirectory.path + "/isms-pdf-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try pack(fixture.root, ["--out", out]).status == 0)
        let pdf = String(decoding: try bytes(out + "/pack.pdf"), as: UTF8.self)
        for needle in ["file:", "FILE:", fixture.root, out, "/tmp/", PackStagingName.marker] {
            #expect(!pdf.contains(needle), "\(needle)")
        }
        #expect(pdf.contains("/URI (evidence/policy/policy.txt)"))
        #expect(pdf.contains("/URI (evidence/org%20dir/scan%20%C3%A9%C3%A9n.txt)"))
        // index.html links the same files by the same relative paths.
        let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(html.contains("href=\"evidence/org%20dir/scan%20%C3%A9%C3%A9n.txt\""))
    }

    @Test("without Chromium: the error names ISMS_CHROMIUM and the package, and no pack is left")
    func missingChromium() throws {
        let fixture = try fixture()
        let result = try IsmsBinary.run(
            ["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--pdf", "--zip"],
            environment: ["ISMS_CHROMIUM": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ISMS_CHROMIUM=/nonexistent is not an executable file"), "\(result.stderr)")
        #expect(result.stderr.contains("apt-get install chromium"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/reports/2026"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/reports/2026.zip"))
        let workspace = (try? FileManager.default.contentsOfDirectory(atPath: fixture.root + "/.isms/tmp")) ?? []
        #expect(workspace.isEmpty, "\(workspace)")
    }
}

/// The prefix of every temporary folder of a pack run (`PackStaging.marker`, internal to ISMSKit).
private enum PackStagingName {
    static let marker = ".isms-staging-"
}
