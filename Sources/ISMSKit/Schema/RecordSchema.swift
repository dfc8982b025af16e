/// The keys one kind of YAML mapping may hold, declared once: the reader takes its list of known
/// keys (and the did-you-mean among them) and which keys are required from here, and the key tables
/// of docs/register-format.md are generated from it (`DocumentationTests` keeps them in sync).
public struct RecordSchema: Sendable {
    /// What the mapping describes, in messages ("control", "transfer").
    public let kind: String
    public let keys: [RecordKey]
    /// The key names in documented order (the reader searches this list).
    public let names: [String]

    public init(_ kind: String, keys: [RecordKey]) {
        self.kind = kind
        self.keys = keys
        self.names = keys.map(\.name)
    }

    public func key(_ name: String) -> RecordKey? { keys.first { $0.name == name } }

    /// True when the schema says the key must be present.
    func isRequired(_ name: String) -> Bool { key(name)?.required.isRequired ?? false }
}

/// One key of a record: its name, the type of its value, whether it is required, and its
/// documentation (a sentence on its meaning and the values it allows).
public struct RecordKey: Sendable {
    public enum Requirement: Sendable {
        case yes
        case no
        /// Required or not as `isRequired` says, documented as `text` ("no (default `12 months`)",
        /// "when `country` is outside the EEA"); a condition is checked by the decoder.
        case described(String, isRequired: Bool = false)

        var isRequired: Bool {
            switch self {
            case .yes: true
            case .no: false
            case .described(_, let isRequired): isRequired
            }
        }

        var documentation: String {
            switch self {
            case .yes: "yes"
            case .no: "no"
            case .described(let text, _): text
            }
        }
    }

    public let name: String
    /// The type as the docs name it: "string", "date", "list of ids", "mapping" …
    public let type: String
    public let required: Requirement
    public let meaning: String
    public let allowed: String
    /// The keys of a nested mapping, documented as `name.key` rows of the same table.
    public let nested: RecordSchema?

    public init(
        _ name: String, _ type: String, _ required: Requirement, _ meaning: String, allowed: String = "",
        nested: RecordSchema? = nil
    ) {
        self.name = name
        self.type = type
        self.required = required
        self.meaning = meaning
        self.allowed = allowed
        self.nested = nested
    }
}
