import FuzzDriver
@_spi(Fuzzing) import ISMSKit

/// A pack folder (MANIFEST.sha256, pack.xml, index.html, an evidence file and a signature,
/// NUL-separated) through `isms verify`'s checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPackFolder(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let report = FuzzEntryPoints.verifyFolder(bytes)
    if report.intact && report.filesChecked == 0 && !bytes.isEmpty {
        // An intact pack must list pack.xml at least: an empty manifest is never intact.
        fatalError("a pack with no file checked was reported intact")
    }
    return 0
}

/// SwiftPM links an executable's `main` to `FuzzPackFolder_main`; with `-parse-as-library` there is no
/// top-level code, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzPackFolder_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzPackFolder)
}
