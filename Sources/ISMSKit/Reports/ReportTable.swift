/// A report as a table: fields about the whole report (organisation, as-of date, controller) and
/// one row of cells per record. Every `TableWriter` writes the same table, so CSV, Markdown and
/// JSON always show the same facts.
public struct ReportTable: Sendable, Hashable {
    /// One column: its JSON key and its heading in CSV and Markdown.
    public struct Column: Sendable, Hashable {
        public let key: String
        public let title: String

        public init(_ key: String, _ title: String) {
            self.key = key
            self.title = title
        }
    }

    /// A fact about the whole report. Markdown shows it above the table and JSON at the top level;
    /// CSV has no place for it but a column, so it is repeated on every row when `inEveryRow`.
    /// An `optional` field without a value (`null`) is left out of Markdown and CSV; JSON keeps
    /// its key, as `null`.
    public struct Field: Sendable, Hashable {
        public let key: String
        public let title: String
        public let cell: ReportCell
        public let inEveryRow: Bool
        public let optional: Bool

        public init(
            _ key: String, _ title: String, _ cell: ReportCell, inEveryRow: Bool = false, optional: Bool = false
        ) {
            self.key = key
            self.title = title
            self.cell = cell
            self.inEveryRow = inEveryRow
            self.optional = optional
        }

        /// Whether Markdown and CSV show the field.
        public var isShown: Bool { !(optional && cell.value == .null) }
    }

    /// The JSON `format` value, such as `isms-soa`.
    public let kind: String
    /// The Markdown heading, such as `Statement of Applicability`.
    public let title: String
    public let fields: [Field]
    /// The JSON key of the array of rows, such as `controls`.
    public let rowsKey: String
    public let columns: [Column]
    /// One cell per column in each row.
    public let rows: [[ReportCell]]

    public init(
        kind: String, title: String, fields: [Field], rowsKey: String, columns: [Column], rows: [[ReportCell]]
    ) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row has one cell per column")
        self.kind = kind
        self.title = title
        self.fields = fields
        self.rowsKey = rowsKey
        self.columns = columns
        self.rows = rows
    }

    /// The version of the JSON shapes, documented in docs/reports.md.
    public static let formatVersion = 1
}

/// One cell: its text in CSV and Markdown, and its value in JSON (a list stays a list there).
public struct ReportCell: Sendable, Hashable {
    public let text: String
    public let value: ReportValue

    public init(text: String, value: ReportValue) {
        self.text = text
        self.value = value
    }

    /// Lists are joined with this in CSV and Markdown.
    public static let listSeparator = "; "

    public static func text(_ text: String) -> ReportCell { ReportCell(text: text, value: .string(text)) }

    /// Absent text is an empty cell, and `null` in JSON.
    public static func optional(_ text: String?) -> ReportCell {
        ReportCell(text: text ?? "", value: text.map(ReportValue.string) ?? .null)
    }

    public static func list(_ items: [String], whenEmpty: String = "") -> ReportCell {
        ReportCell(
            text: items.isEmpty ? whenEmpty : items.joined(separator: listSeparator),
            value: .array(items.map { .string($0) })
        )
    }

    /// `yes`, `no` or `undecided`; `true`, `false` or `null` in JSON.
    public static func yesNo(_ flag: Bool?) -> ReportCell {
        ReportCell(text: flag.map { $0 ? "yes" : "no" } ?? "undecided", value: flag.map(ReportValue.bool) ?? .null)
    }
}

/// A JSON value, encoded with sorted keys by `JSONTableWriter`.
public indirect enum ReportValue: Sendable, Hashable, Encodable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case null
    case array([ReportValue])
    case object([String: ReportValue])

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .int(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in members { try container.encode(value, forKey: Key(key)) }
        }
    }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ key: String) { stringValue = key }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// Register text as tables show it: characters that could steer a terminal or a viewer (other
/// control characters than tab, line feed and carriage return, and Unicode direction overrides)
/// become visible `\u{..}` escapes. Line breaks stay; each writer handles them in its own way.
enum ReportText {
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
