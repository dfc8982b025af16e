import Foundation
import ISMSTestSupport
import Testing
import ZIPFoundation

@_spi(Fuzzing) @testable import ISMSKit

/// The ZIP64 end of central directory: the check must read the record ZIPFoundation reads.
@Suite("zip directory check: ZIP64 end of central directory")
struct ZipDirectoryCheckTests {
    private func write(_ bytes: [UInt8], name: String) throws -> (folder: String, path: String) {
        try FuzzRegressionTests.temporaryFile(bytes, name: name)
    }

    /// What ZIPFoundation itself lists, bypassing the check.
    private func zipFoundationNames(_ path: String) throws -> [String] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        return archive.map(\.path)
    }

    @Test("an ordinary ZIP64 zip passes and unpacks")
    func ordinaryZip64Passes() throws {
        let bytes = CraftedZip.zip64([("a.txt", "a"), ("evidence/b.txt", "bb")])
        let (folder, path) = try write(bytes, name: "zip64.zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(ZipDirectoryCheck.problem(in: path) == nil)
        #expect(try zipFoundationNames(path) == ["a.txt", "evidence/b.txt"])
        let extracted = try PackZipExtractor.extract(path).get()
        defer { try? FileManager.default.removeItem(atPath: extracted) }
        #expect(FileManager.default.contents(atPath: extracted + "/evidence/b.txt") == Data("bb".utf8))
    }

    @Test("a zip whose locator points at another ZIP64 record than ZIPFoundation reads is refused")
    func twoZip64RecordsAreRefused() throws {
        let bytes = CraftedZip.twoZip64Records(listed: ("listed.txt", "checked"), hidden: ("hidden.txt", "unchecked"))
        let (folder, path) = try write(bytes, name: "two-records.zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // ZIPFoundation reads the record just before the locator, not the one the locator names.
        #expect(try zipFoundationNames(path) == ["hidden.txt"])
        let problem = try #require(ZipDirectoryCheck.problem(in: path))
        #expect(problem.hasPrefix("is ambiguous: its ZIP64 locator points at offset "), "\(problem)")
        #expect(
            problem.contains("so zip readers would see different entries; isms pack --zip never writes that"),
            "\(problem)")
        let report = FuzzEntryPoints.verifyZip(bytes)
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.contains("is ambiguous: its ZIP64 locator") == true, "\(report.problems)")
    }

    @Test("the locator's offset is compared, with the record where ZIPFoundation looks for it")
    func locatorMustPointJustBeforeItself() throws {
        var bytes = CraftedZip.zip64([("a.txt", "a")])
        let locator = bytes.count - 22 - 20
        let record = locator - 56
        #expect(bytes[locator + 8] == UInt8(record & 0xFF))
        // One byte earlier: no record there, refused as before.
        bytes[locator + 8] -= 1
        let off = try write(bytes, name: "off.zip")
        defer { try? FileManager.default.removeItem(atPath: off.folder) }
        #expect(ZipDirectoryCheck.problem(in: off.path)?.contains("lies outside") == true)
        // A second, valid-looking record that the locator names while ZIPFoundation reads the first.
        var doubled = CraftedZip.zip64([("a.txt", "a")])
        doubled.insert(contentsOf: doubled[record..<locator], at: record)
        let newLocator = locator + 56
        for index in 0..<8 { doubled[newLocator + 8 + index] = UInt8((record >> (8 * index)) & 0xFF) }
        let (folder, path) = try write(doubled, name: "doubled.zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(ZipDirectoryCheck.problem(in: path)?.contains("is ambiguous") == true)
    }

    @Test("a ZIP64 record that ZIPFoundation would ignore (version below 4.5) is refused")
    func oldVersionRecordIsRefused() throws {
        var bytes = CraftedZip.zip64([("a.txt", "a")])
        let record = bytes.count - 22 - 20 - 56
        bytes[record + 14] = 20
        let (folder, path) = try write(bytes, name: "v20.zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let problem = ZipDirectoryCheck.problem(in: path)
        #expect(problem?.contains("needs version 20, below 45, so zip readers") == true, "\(problem ?? "nil")")
    }
}
