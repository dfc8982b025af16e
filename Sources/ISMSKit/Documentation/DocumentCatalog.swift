/// One Markdown file of the repository's docs/, as built into the binary.
public struct EmbeddedDocument: Sendable {
    /// The file name without `.md`: what `isms docs NAME` takes.
    public let name: String
    /// The file's text, byte for byte.
    public let text: String

    /// The document's first heading, which serves as its one-line description.
    public var title: String {
        let first = text.prefix { $0 != "\n" }
        return first.hasPrefix("# ") ? String(first.dropFirst(2)) : name
    }
}

/// The documentation of docs/, compiled in (scripts/embed-docs writes it), because a release is
/// one binary: a compliance lead or a CI image that has only `isms` still has its manual.
public enum DocumentCatalog {
    /// Every document, by name.
    public static var all: [EmbeddedDocument] { embedded }

    /// The document called `name`, also when given as a file name (`register-format.md`).
    public static func named(_ name: String) -> EmbeddedDocument? {
        let bare = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        return embedded.first { $0.name == bare }
    }
}
