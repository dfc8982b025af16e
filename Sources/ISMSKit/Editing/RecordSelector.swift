import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Which records `isms set --where` changes: every condition `KEY=VALUE` must hold, and
/// `--kind` limits the kinds. A condition holds when the key's text (or one item of a list)
/// matches VALUE as a shell pattern (`*`, `?`, `[...]`), `true`/`false` ignoring case; `KEY=`
/// holds when the key is absent or empty.
public struct RecordSelector: Sendable {
    public struct Condition: Sendable, Hashable {
        public let key: String
        public let pattern: String
    }

    public let kinds: [String]
    public let conditions: [Condition]

    /// Reads `KEY=VALUE` conditions; a malformed one is an error that says how to write it.
    public init(kinds: [String], conditions: [String]) throws(EditError) {
        for kind in kinds where !RegisterLayout.RecordKind.selectorNames.contains(kind) {
            throw EditError(
                "unknown kind `\(kind)`" + ClosestMatch.hint(for: kind, among: RegisterLayout.RecordKind.selectorNames)
                    + " (kinds: \(RegisterLayout.RecordKind.selectorNames.joined(separator: ", ")))")
        }
        self.kinds = kinds
        var parsed: [Condition] = []
        for text in conditions {
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                throw EditError("`--where \(text)` must be KEY=VALUE, e.g. `--where applicable=false`")
            }
            parsed.append(Condition(key: String(text[..<equals]), pattern: String(text[text.index(after: equals)...])))
        }
        self.conditions = parsed
    }

    /// The records selected, in the register's order; a key that no kind in scope has is an error.
    public func select(_ files: [RegisterRecordFile]) throws(EditError) -> [RegisterRecordFile] {
        let inScope = files.filter { kinds.isEmpty || kinds.contains($0.kind.selectorName) }
        for condition in conditions {
            let known = Set(inScope.flatMap { $0.kind.schema.names })
            guard known.contains(condition.key) else {
                throw EditError(
                    "no record kind here has a key `\(condition.key)`"
                        + ClosestMatch.hint(for: condition.key, among: known))
            }
        }
        return inScope.filter { file in
            file.node != nil
                && conditions.allSatisfy { condition in
                    file.kind.schema.names.contains(condition.key) && Self.holds(condition, file.texts(condition.key))
                }
        }
    }

    static func holds(_ condition: Condition, _ texts: [String]?) -> Bool {
        guard let texts, !texts.isEmpty else { return condition.pattern.isEmpty }
        return texts.contains { text in
            if ["true", "false"].contains(condition.pattern.lowercased()) {
                return text.lowercased() == condition.pattern.lowercased()
            }
            return fnmatch(condition.pattern, text, 0) == 0
        }
    }
}
