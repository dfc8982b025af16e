import Yams

/// Makes out what a record that failed to decode still says: its id, and for evidence its files
/// and the ids it supports. Never reports anything: the record's own findings are its decoder's
/// or the YAML reader's; this only keeps one mistake from turning into findings elsewhere.
enum RecordSalvage {
    /// From a record whose YAML parsed but whose values did not decode.
    static func salvage(_ node: Node?, kind: RegisterLayout.RecordKind, path: String) -> UnreadableRecord {
        let mapping = node?.mapping
        let id = mapping?["id"]?.string.flatMap(validID)
        let files = mapping?["files"].flatMap(strings)
        let supports = mapping?["supports"].flatMap(strings) ?? []
        return record(kind: kind, path: path, id: id, files: files, supports: supports)
    }

    /// From a record whose YAML did not parse (or could not be read at all: `text` nil), line by
    /// line: a top-level `id:`, and the flow (`[a, b]`) or block (`- a`) lists of `files` and
    /// `supports`.
    static func salvage(text: String?, kind: RegisterLayout.RecordKind, path: String) -> UnreadableRecord {
        guard let text else { return record(kind: kind, path: path, id: nil, files: nil, supports: []) }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let id = topLevelValue("id", in: lines).flatMap(validID)
        return record(
            kind: kind, path: path, id: id, files: list("files", in: lines), supports: list("supports", in: lines) ?? []
        )
    }

    private static func record(
        kind: RegisterLayout.RecordKind, path: String, id: String?, files: [String]?, supports: [String]
    ) -> UnreadableRecord {
        let folder = RecordOrigin(path: path).folder
        let resolved = kind == .evidence ? (files ?? []).compactMap { RegisterPath.resolve($0, in: folder) } : []
        return UnreadableRecord(
            kind: kind, path: path, id: id ?? idFromFileName(path), files: resolved,
            filesKnown: kind != .evidence || files != nil, supports: kind == .evidence ? supports : [])
    }

    /// `controls/annex-a/A.7.12.yaml` stands for `A.7.12`: records are normally named for their id.
    private static func idFromFileName(_ path: String) -> String? {
        var name = Substring(path.split(separator: "/").last ?? "")
        for suffix in [RegisterLayout.evidenceRecordSuffix, ".yaml", ".yml"] where name.hasSuffix(suffix) {
            name = name.dropLast(suffix.count)
            break
        }
        return validID(String(name))
    }

    private static func validID(_ text: String) -> String? {
        RecordID.isValid(text) ? text : nil
    }

    private static func strings(_ node: Node) -> [String]? {
        if let items = node.sequence { return items.compactMap(\.string) }
        return node.string.map { [$0] }
    }

    /// The value of `key:` on a line of its own at the top level, without a trailing comment or quotes.
    private static func topLevelValue(_ key: String, in lines: [Substring]) -> String? {
        guard let line = lines.first(where: { $0.hasPrefix(key + ":") }) else { return nil }
        return unquoted(line.dropFirst(key.count + 1))
    }

    /// The items of a top-level list `key`, in flow or block style; nil when there is no such key.
    private static func list(_ key: String, in lines: [Substring]) -> [String]? {
        guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return nil }
        let rest = withoutComment(lines[start].dropFirst(key.count + 1)).trimmingWhitespace
        if rest.hasPrefix("[") {
            let inner = rest.dropFirst().prefix { $0 != "]" }
            return inner.split(separator: ",").compactMap(unquoted)
        }
        if !rest.isEmpty { return unquoted(rest).map { [$0] } ?? [] }
        var items: [String] = []
        for line in lines[(start + 1)...] {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard line.first == " " || line.first == "-" || line.first == "\t", trimmed.hasPrefix("-") else { break }
            if let item = unquoted(trimmed.dropFirst()) { items.append(item) }
        }
        return items
    }

    private static func unquoted(_ raw: Substring) -> String? {
        var value = withoutComment(raw).trimmingWhitespace
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = value.dropFirst().dropLast()
        }
        return value.isEmpty ? nil : String(value)
    }

    /// Drops ` # comment` (a `#` after a space, as YAML reads it).
    private static func withoutComment(_ raw: Substring) -> Substring {
        var previous: Character = " "
        for index in raw.indices {
            if raw[index] == "#", previous == " " || previous == "\t" { return raw[..<index] }
            previous = raw[index]
        }
        return raw
    }
}

extension Substring {
    fileprivate var trimmingWhitespace: Substring {
        let start = firstIndex { $0 != " " && $0 != "\t" && $0 != "\r" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\t" && $0 != "\r" }.map { index(after: $0) } ?? start
        return start < end ? self[start..<end] : self[start..<start]
    }
}
