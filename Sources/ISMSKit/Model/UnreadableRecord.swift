/// A record file that could not be read or decoded, and what could still be told of it: the id
/// it was meant to have, and for evidence the files it names and the ids it supports.
///
/// One mistake gives one finding: the broken record reports its own defect, and every other
/// record that names its id, the SoA's completeness and the orphan-file check treat it as there.
public struct UnreadableRecord: Sendable, Hashable, Codable {
    public var kind: RegisterLayout.RecordKind
    /// The record's file, register-relative.
    public var path: String
    /// The `id` as written, when it could be made out and is a valid id; else the file's name
    /// without `.yaml` when that is one.
    public var id: String?
    /// Register-relative paths of the files an evidence record names, as far as they could be read.
    public var files: [String]
    /// False when not even the `files` list could be made out: then no file beside the record is
    /// called an orphan, since any of them may be its.
    public var filesKnown: Bool
    /// The ids an evidence record supports, as far as they could be read.
    public var supports: [String]

    public init(
        kind: RegisterLayout.RecordKind, path: String, id: String?, files: [String] = [], filesKnown: Bool = true,
        supports: [String] = []
    ) {
        self.kind = kind
        self.path = path
        self.id = id
        self.files = files
        self.filesKnown = filesKnown
        self.supports = supports
    }

    /// The folder the record is in, register-relative (`""` at the root).
    public var folder: String { RecordOrigin(path: path).folder }
}
