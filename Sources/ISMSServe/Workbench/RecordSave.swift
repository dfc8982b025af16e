import ISMSKit

/// One record to save: which one, the SHA-256 of its text when the page was made, and the keys
/// the person changed (only those; a key left as it was is not written again).
struct RecordSave: Sendable {
    let entry: RecordEntry
    let base: String
    let edits: [RecordEdit]
}

/// What a save came to.
enum SaveOutcome: Sendable {
    /// Written; a line per changed key, per record (`controls/annex-a/A.5.1.yaml: owner: IT → CISO`),
    /// and what git said when `--commit` is on.
    case saved(lines: [String], paths: [String], commit: String?)
    /// Nothing differed from the file.
    case unchanged
    /// A file changed on disk since the page was read: nothing was written.
    case conflict([SaveConflict])
    /// The edit would make the record wrong (a new finding), or could not be made exactly:
    /// nothing was written.
    case refused(String)
}

struct SaveConflict: Sendable {
    let path: String
    /// The unified diff from the text the page showed to the text on disk now; empty when the
    /// shown text is no longer remembered.
    let diff: String
}
