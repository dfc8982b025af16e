import FuzzDriver
@_spi(Fuzzing) import ISMSKit

/// Markdown of a narrative to HTML: crashes when the output breaks a promise of `SafeMarkdown`
/// (a tag from the input, a `<script`, a `javascript:` link, unbalanced tags).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let html = FuzzEntryPoints.markdown(bytes)
    if let violation = MarkdownOutputCheck.violation(in: html) {
        fatalError("SafeMarkdown output breaks a promise: \(violation)\n\(html)")
    }
    return 0
}

/// SwiftPM links an executable's `main` to `FuzzMarkdown_main`; with `-parse-as-library` there is no
/// top-level code, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzMarkdown_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzMarkdown)
}
