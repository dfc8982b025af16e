import Foundation

/// Zips built byte by byte, for the shapes no zip writer produces: stored entries, a ZIP64 end of
/// central directory record (ZIP64 even though nothing needs it) and, if asked, a second one.
public enum CraftedZip {
    /// One stored file per entry, with a ZIP64 end of central directory record just before the
    /// locator, which points at it: the ordinary ZIP64 layout.
    public static func zip64(_ files: [(name: String, content: String)]) -> [UInt8] {
        var zip: [UInt8] = []
        let headers = files.map { file in localHeader(file.name, file.content, into: &zip) }
        let directory = UInt64(zip.count)
        for (file, header) in Swift.zip(files, headers) { zip += centralEntry(file.name, file.content, at: header) }
        let record = UInt64(zip.count)
        zip += zip64Record(entries: UInt64(files.count), size: record - directory, offset: directory)
        zip += locator(pointingAt: record) + endRecord()
        return zip
    }

    /// Two central directories, each with its own ZIP64 end of central directory record: the
    /// locator points at the first (listing `listed`), the record just before the locator is the
    /// second (listing `hidden`). A reader that follows the locator sees `listed`; ZIPFoundation
    /// 0.9.20, which reads the record before the locator, sees `hidden`.
    public static func twoZip64Records(listed: (name: String, content: String), hidden: (name: String, content: String))
        -> [UInt8]
    {
        var zip: [UInt8] = []
        let listedHeader = localHeader(listed.name, listed.content, into: &zip)
        let hiddenHeader = localHeader(hidden.name, hidden.content, into: &zip)
        let listedDirectory = UInt64(zip.count)
        zip += centralEntry(listed.name, listed.content, at: listedHeader)
        let hiddenDirectory = UInt64(zip.count)
        zip += centralEntry(hidden.name, hidden.content, at: hiddenHeader)
        let listedRecord = UInt64(zip.count)
        zip += zip64Record(entries: 1, size: hiddenDirectory - listedDirectory, offset: listedDirectory)
        zip += zip64Record(entries: 1, size: listedRecord - hiddenDirectory, offset: hiddenDirectory)
        zip += locator(pointingAt: listedRecord) + endRecord()
        return zip
    }

    /// The offset of the local header written.
    private static func localHeader(_ name: String, _ content: String, into zip: inout [UInt8]) -> UInt64 {
        let offset = UInt64(zip.count)
        let data = Array(content.utf8)
        zip += u32(0x0403_4B50) + u16(20) + u16(0) + u16(0) + u16(0) + u16(0x21) + u32(crc32(data))
        zip += u32(UInt32(data.count)) + u32(UInt32(data.count)) + u16(UInt16(name.utf8.count)) + u16(0)
        zip += Array(name.utf8) + data
        return offset
    }

    private static func centralEntry(_ name: String, _ content: String, at header: UInt64) -> [UInt8] {
        let data = Array(content.utf8)
        var entry = u32(0x0201_4B50) + u16(20) + u16(20) + u16(0) + u16(0) + u16(0) + u16(0x21)
        entry += u32(crc32(data)) + u32(UInt32(data.count)) + u32(UInt32(data.count))
        entry += u16(UInt16(name.utf8.count)) + u16(0) + u16(0) + u16(0) + u16(0) + u32(0)
        return entry + u32(UInt32(header)) + Array(name.utf8)
    }

    private static func zip64Record(entries: UInt64, size: UInt64, offset: UInt64) -> [UInt8] {
        u32(0x0606_4B50) + u64(44) + u16(45) + u16(45) + u32(0) + u32(0) + u64(entries) + u64(entries) + u64(size)
            + u64(offset)
    }

    private static func locator(pointingAt record: UInt64) -> [UInt8] {
        u32(0x0706_4B50) + u32(0) + u64(record) + u32(1)
    }

    /// Every count and offset 0xFF…: the ZIP64 record holds them.
    private static func endRecord() -> [UInt8] {
        u32(0x0605_4B50) + u16(0) + u16(0) + u16(0xFFFF) + u16(0xFFFF) + u32(0xFFFF_FFFF) + u32(0xFFFF_FFFF) + u16(0)
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func u16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func u32(_ value: UInt32) -> [UInt8] { u16(UInt16(value & 0xFFFF)) + u16(UInt16(value >> 16)) }
    private static func u64(_ value: UInt64) -> [UInt8] {
        u32(UInt32(value & 0xFFFF_FFFF)) + u32(UInt32(value >> 32))
    }
}
