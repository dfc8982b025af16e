import Foundation
import ISMSTestSupport
import Testing

@Suite("isms verify on crafted zips, end to end")
struct ZipVerifyTests {
    private func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-zipverify-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("verify refuses a zip with two ZIP64 end of central directory records, naming the problem")
    func twoZip64Records() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/two-records.zip"
        let bytes = CraftedZip.twoZip64Records(listed: ("MANIFEST.sha256", ""), hidden: ("hidden.txt", "x"))
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try IsmsBinary.run(["verify", path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let output = result.stdout + result.stderr
        #expect(output.contains("\(path) is ambiguous: its ZIP64 locator points at offset "), "\(output)")
        #expect(output.contains("isms pack --zip never writes that, ask for the pack again; refused"), "\(output)")
    }

    @Test("verify reads an ordinary ZIP64 zip: unpacked and checked, not refused")
    func ordinaryZip64() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/zip64.zip"
        try Data(CraftedZip.zip64([("notes.txt", "x")])).write(to: URL(fileURLWithPath: path))
        let result = try IsmsBinary.run(["verify", path])
        let output = result.stdout + result.stderr
        // Not a pack (no manifest), but the zip itself is read.
        #expect(result.status == 1)
        #expect(output.contains("MANIFEST.sha256: cannot be read"), "\(output)")
        #expect(!output.contains("refused"), "\(output)")
    }
}
