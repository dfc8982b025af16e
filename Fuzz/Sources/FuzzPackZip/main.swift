import FuzzDriver
@_spi(Fuzzing) import ISMSKit

/// A zip file through `isms verify PACK.zip`: unpacking (zip-slip, links, bombs) and verifying.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPackZip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = FuzzEntryPoints.verifyZip(bytes)
    return 0
}

/// SwiftPM links an executable's `main` to `FuzzPackZip_main`; with `-parse-as-library` there is no
/// top-level code, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzPackZip_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzPackZip)
}
