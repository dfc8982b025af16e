/// The output formats of `isms diff`.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, json, md

    /// The report of `diff`, with `old` and `new` naming the two sides as the user gave them.
    public func render(_ diff: RegisterDiff, old: String, new: String) -> String {
        switch self {
        case .text: DiffTextRenderer.render(diff, old: old, new: new)
        case .json: DiffJSONRenderer.render(diff, old: old, new: new)
        case .md: DiffMarkdownRenderer.render(diff, old: old, new: new)
        }
    }
}
