import Yams

/// What a parsed YAML value holds, without positions or styles: the edit confirmation compares
/// the record before and after an edit by it (the same everywhere but at the edited key).
indirect enum NodeShape: Hashable {
    case null
    case scalar(String)
    case sequence([NodeShape])
    /// Keys sorted, so that where a new key was inserted does not matter.
    case mapping([String: NodeShape])
    case other

    static func of(_ node: Node) -> NodeShape {
        switch node {
        case .scalar(let scalar): RecordReader.isNull(node) ? .null : .scalar(scalar.string)
        case .sequence(let sequence): .sequence(sequence.map(of))
        case .mapping(let mapping):
            .mapping(
                Dictionary(
                    mapping.map { (key: $0.key.scalar?.string ?? "\u{0}", value: of($0.value)) },
                    uniquingKeysWith: { first, _ in first }))
        case .alias: .other
        }
    }

    static func of(_ value: EditValue) -> NodeShape {
        switch value {
        case .text(let text), .token(let text): .scalar(text)
        case .list(let items): .sequence(items.map(NodeShape.scalar))
        }
    }

    /// The shape of `root` with the value at `path` set to `value` (removed when nil).
    static func replacing(_ path: [String], in root: Node, with value: EditValue?) -> NodeShape {
        replacing(path[...], in: of(root), with: value.map(of))
    }

    private static func replacing(_ path: ArraySlice<String>, in shape: NodeShape, with value: NodeShape?) -> NodeShape
    {
        guard let key = path.first, case .mapping(var entries) = shape else { return shape }
        if path.count == 1 {
            entries[key] = value
        } else if let inner = entries[key] {
            entries[key] = replacing(path.dropFirst(), in: inner, with: value)
        }
        return .mapping(entries)
    }
}
