/// Where a pack being built has got to, for a caller that shows progress (the workbench). The
/// stages come in this order; `pdf`, `signing` and `zipping` only when asked for.
public enum PackStage: String, Sendable, CaseIterable {
    /// Checking the register while every evidence file is read once: copied and hashed.
    case checkingAndCopying = "checking-and-copying"
    case writingXML = "writing-xml"
    case writingPages = "writing-pages"
    case printingPDF = "printing-pdf"
    case writingManifest = "writing-manifest"
    case signing
    case zipping
    /// Swapping the finished pack into place.
    case finishing
}
