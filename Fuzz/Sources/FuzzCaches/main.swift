import FuzzDriver
@_spi(Fuzzing) import ISMSKit

/// The bodies of the record and hash caches, as a forged cache with a matching checksum would
/// bring them: crashes when a reader traps, or accepts a body that does not write back to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCaches(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let run = FuzzEntryPoints.caches(bytes)
    if !run.stable {
        fatalError("a cache reader accepted a body that does not survive being written back and read again")
    }
    return 0
}

/// SwiftPM links an executable's `main` to `FuzzCaches_main`; with `-parse-as-library` there is no
/// top-level code, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzCaches_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzCaches)
}
