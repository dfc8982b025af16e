/// What a finding is about, named in its message: a record kind, then its id once known
/// ("control A.5.1", "request DSR-2026-001"), or the file of a request whose reference must not show.
public struct FindingSubject: Sendable, Hashable {
    /// The record kind in English, as `RecordSchema.kind` names it ("control", "transfer").
    public var kind: String
    public var id: String?
    /// Set for a request named by its file because its reference looks like personal data.
    public var requestPath: String?

    public init(_ kind: String, id: String? = nil) {
        self.kind = kind
        self.id = id
    }

    /// A data-subject request named by its file.
    public static func request(in path: String) -> FindingSubject {
        var subject = FindingSubject("request")
        subject.requestPath = path
        return subject
    }
}

/// The shape of a YAML node, named when a value has the wrong one.
public enum YAMLShape: String, Sendable, Hashable {
    case text, mapping, list, alias
}
