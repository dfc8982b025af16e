import FuzzDriver
@_spi(Fuzzing) import ISMSKit

/// Register records (NUL-separated, the first byte of each picking its kind) through the reader,
/// the decoders, the checker and both pack renderers. Crashes when pack.xml is not valid against
/// the schema (isms promises a valid pack.xml however broken the register) or index.html holds
/// a script element.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecordLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let run = FuzzEntryPoints.loadRecords(bytes)
    if let problem = run.schemaProblems.first {
        fatalError("pack.xml is not valid against the schema: \(problem)\n\(run.xml)")
    }
    let html = run.html.lowercased()
    if html.contains("<script") {
        fatalError("index.html holds a script element")
    }
    for scheme in ["javascript:", "data:", "vbscript:", "file:"] where html.contains("href=\"" + scheme) {
        fatalError("index.html links to a \(scheme) URL")
    }
    return 0
}

/// SwiftPM links an executable's `main` to `FuzzRecordLoader_main`; with `-parse-as-library` there is no
/// top-level code, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzRecordLoader_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzRecordLoader)
}
