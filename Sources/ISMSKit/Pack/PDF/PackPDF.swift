import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `isms pack --pdf`: index.html printed to pack.pdf by headless Chromium and normalised, as
/// one more file of the staged pack, listed in the manifest (so signed, zipped and verified with
/// the rest). Chromium's profile and its raw PDF live in a private folder of the workspace, named
/// like a staging folder so that the next run removes it if this one is killed; only the
/// normalised PDF ever enters the pack.
enum PackPDF {
    static let fileName = "pack.pdf"

    static func write(in folder: String, workspace: String, asOf: CalendarDate) throws(PackError) -> Manifest.Entry {
        let printer = try ChromiumPrinter.locate(environment: ProcessInfo.processInfo.environment)
        let scratch: String
        switch PackStaging.scratchFolder(in: workspace, purpose: "chromium") {
        case .success(let made): scratch = made
        case .failure(let problem): throw PackError(problem.message)
        }
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let printed = scratch + "/" + fileName
        try printer.printPDF(page: folder + "/" + PackBuilder.htmlName, to: printed, profile: scratch)
        let raw: [UInt8]
        switch FileBytes.read(printed, limit: 1 << 30) {
        case .success(let bytes): raw = bytes
        case .failure(let problem): throw PackError("cannot read the PDF Chromium printed: \(problem.message)")
        }
        let bytes: [UInt8]
        do {
            bytes = try PDFNormaliser.normalise(raw, asOf: asOf, folder: folder)
        } catch {
            throw PackError(
                "internal error: the PDF printed by \(printer.executable) cannot be made reproducible (\(error.description)); "
                    + "pack without --pdf, and report this with the Chromium version")
        }
        do {
            try AtomicFile.write(Data(bytes), to: folder + "/" + fileName)
        } catch {
            throw PackError(error.message)
        }
        return Manifest.Entry(path: fileName, sha256: Digest.sha256(bytes))
    }
}
