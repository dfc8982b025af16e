import Foundation

/// Reads a zip's central directory before ZIPFoundation does, and refuses one whose offsets or
/// sizes could not belong to the file. ZIPFoundation (0.9.20) trusts them: a zip64 offset past
/// 2^63 makes it convert a UInt64 to `off_t` and trap (found by fuzzing `isms verify`), and a
/// huge size makes its position arithmetic overflow. Past this check every offset lies inside
/// the file and every size is below 2^40, so none of that arithmetic can trap.
/// It reads the directory ZIPFoundation reads, and refuses a zip whose ZIP64 end records would
/// lead another reader to a different one.
enum ZipDirectoryCheck {
    /// Sizes above this (1 TiB) are never real: `PackZipExtractor` refuses far less anyway.
    static let largestSize: UInt64 = 1 << 40
    static let largestDirectory: UInt64 = 512 << 20

    /// Nil when the central directory is sound, else why the archive is refused.
    static func problem(in path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "cannot be read" }
        defer { try? handle.close() }
        guard let fileSize = try? handle.seekToEnd() else { return "cannot be read" }
        let tailSize = min(fileSize, 65_535 + 22 + 20)
        guard let tail = read(handle, at: fileSize - tailSize, count: tailSize) else { return "cannot be read" }
        // The end of central directory record: the last one in the file's tail.
        guard let end = lastIndex(of: 0x0605_4B50, in: tail), tail.count - end >= 22 else {
            return "is not a zip archive (no end of central directory)"
        }
        var entries = UInt64(tail.u16(end + 10))
        var directorySize = UInt64(tail.u32(end + 12))
        var directoryOffset = UInt64(tail.u32(end + 16))
        // ZIP64: a locator just before the end record points at the ZIP64 end of central directory
        // record. ZIPFoundation ignores where it points: it reads the record just before the locator
        // (and only if that record needs version 4.5), other readers follow the locator. Unless the
        // two are one record, the check and ZIPFoundation could read different directories.
        if end >= 20, tail.u32(end - 20) == 0x0706_4B50 {
            let locatorOffset = fileSize - tailSize + UInt64(end - 20)
            let recordOffset = tail.u64(end - 20 + 8)
            guard recordOffset < fileSize, fileSize - recordOffset >= 56,
                let record = read(handle, at: recordOffset, count: 56), record.u32(0) == 0x0606_4B50
            else { return "is damaged: its ZIP64 end of central directory lies outside the file" }
            // ZIPFoundation reads the record only when it starts after offset 0 (its guard is `<`).
            guard locatorOffset > 56, recordOffset == locatorOffset - 56 else {
                return "is ambiguous: its ZIP64 locator points at offset \(recordOffset), not at the ZIP64 end "
                    + "of central directory just before it (offset \(max(locatorOffset, 56) - 56)), so zip readers "
                    + "would see different entries; isms pack --zip never writes that, ask for the pack again"
            }
            // Below version 4.5 ZIPFoundation ignores the record and reads the 32-bit end record.
            guard record.u16(14) >= 45 else {
                return "is ambiguous: its ZIP64 end of central directory needs version \(record.u16(14)), below 45, "
                    + "so zip readers would see different entries; isms pack --zip never writes that, "
                    + "ask for the pack again"
            }
            entries = record.u64(32)
            directorySize = record.u64(40)
            directoryOffset = record.u64(48)
        }
        guard entries <= UInt64(PackZipExtractor.maximumEntries) else { return "has too many entries" }
        guard directorySize <= largestDirectory, directoryOffset <= fileSize,
            directorySize <= fileSize - directoryOffset,
            let directory = read(handle, at: directoryOffset, count: directorySize)
        else { return "is damaged: its central directory lies outside the file" }
        return checkEntries(directory, count: entries, fileSize: fileSize)
    }

    /// Every central directory entry: its local header inside the file, its sizes plausible.
    private static func checkEntries(_ directory: [UInt8], count: UInt64, fileSize: UInt64) -> String? {
        var position = 0
        for number in 0..<count {
            guard directory.count - position >= 46, directory.u32(position) == 0x0201_4B50 else {
                return "is damaged: central directory entry \(number + 1) is cut short"
            }
            let nameLength = Int(directory.u16(position + 28))
            let extraLength = Int(directory.u16(position + 30))
            let commentLength = Int(directory.u16(position + 32))
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= directory.count else {
                return "is damaged: central directory entry \(number + 1) is cut short"
            }
            let compressed = directory.u32(position + 20)
            let uncompressed = directory.u32(position + 24)
            var offset = UInt64(directory.u32(position + 42))
            // Every 64-bit value of a ZIP64 extra field, whichever field it stands for.
            var values: [UInt64] = []
            var extra = position + 46 + nameLength
            let extraEnd = extra + extraLength
            while extraEnd - extra >= 4 {
                let id = directory.u16(extra)
                let size = Int(directory.u16(extra + 2))
                let body = extra + 4
                guard size <= extraEnd - body else { break }
                if id == 0x0001 {
                    var field = body
                    while body + size - field >= 8 {
                        values.append(directory.u64(field))
                        field += 8
                    }
                }
                extra = body + size
            }
            guard values.allSatisfy({ $0 <= largestSize }) else {
                return "is damaged: entry \(number + 1) declares an impossible size or offset"
            }
            // The ZIP64 values stand, in order, for the 32-bit fields that hold 0xFFFFFFFF.
            if offset == 0xFFFF_FFFF {
                let index = (uncompressed == 0xFFFF_FFFF ? 1 : 0) + (compressed == 0xFFFF_FFFF ? 1 : 0)
                offset = index < values.count ? values[index] : fileSize
            }
            guard offset < fileSize else { return "is damaged: entry \(number + 1) points outside the file" }
            position = next
        }
        return nil
    }

    private static func read(_ handle: FileHandle, at offset: UInt64, count: UInt64) -> [UInt8]? {
        guard (try? handle.seek(toOffset: offset)) != nil,
            let data = try? handle.read(upToCount: Int(count)), UInt64(data.count) == count
        else { return nil }
        return [UInt8](data)
    }

    private static func lastIndex(of signature: UInt32, in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in stride(from: bytes.count - 4, through: 0, by: -1) where bytes.u32(index) == signature {
            return index
        }
        return nil
    }
}

extension [UInt8] {
    /// Little-endian integers at a byte offset (the caller checks the bounds).
    fileprivate func u16(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
    fileprivate func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
    fileprivate func u64(_ at: Int) -> UInt64 { UInt64(u32(at)) | UInt64(u32(at + 4)) << 32 }
}
