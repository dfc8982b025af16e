import Foundation
import Yams

/// Reads the keys of one YAML mapping into typed values, reporting every problem as a finding
/// with the line and column of the key or value concerned.
///
/// Values are read from the node's text, never through YAML 1.1 type guessing, so that
/// `NO`, `1.10` or `2026` stay what the author wrote.
final class RecordReader {
    let path: String
    let sink: FindingSink
    /// The keys the mapping may hold, and which of them are required.
    let schema: RecordSchema
    /// What the mapping describes, for messages ("control", "transfer").
    var kind: String { schema.kind }
    /// The record named in messages: the kind, then its id once known ("control A.5.1").
    var subject: FindingSubject
    private let location: SourceLocation
    private var values: [String: Node] = [:]
    private(set) var keyLocations: [String: SourceLocation] = [:]
    private var itemLocations: [String: [String: SourceLocation]] = [:]

    /// Nil (after reporting) when `node` is not a mapping.
    init?(
        _ node: Node?, path: String, schema: RecordSchema, sink: FindingSink, at fallback: SourceLocation? = nil
    ) {
        self.path = path
        self.sink = sink
        self.schema = schema
        let kind = schema.kind
        self.subject = FindingSubject(kind)
        let allowed = schema.names
        let markLocation = node?.mark.map { SourceLocation(path: path, line: $0.line, column: $0.column) }
        self.location = markLocation ?? fallback ?? SourceLocation(path: path, line: 1, column: 1)
        guard let node, case .mapping(let mapping) = node else {
            sink.report(
                .wrongType, .recordNotMapping(kind: kind), at: location)
            return nil
        }
        for (keyNode, value) in mapping {
            let keyLocation = Self.location(of: keyNode, in: path) ?? location
            guard case .scalar(let scalar) = keyNode else {
                sink.report(.wrongType, .keysNotPlainWords, at: keyLocation)
                continue
            }
            let key = scalar.string
            // A linear search of a dozen keys is cheaper than building a set for every record.
            guard allowed.contains(key) else {
                sink.report(
                    .unknownKey,
                    .unknownKey(key, kind: kind, suggestion: ClosestMatch.suggestion(for: key, among: allowed)),
                    at: keyLocation)
                continue
            }
            values[key] = value
            keyLocations[key] = keyLocation
        }
    }

    var start: SourceLocation { location }

    /// Every key a decoder asks for is one its schema declares: a key read but not declared
    /// would be refused as unknown in every record (checked in debug builds, so in every test).
    private func declared(_ key: String) -> String {
        assert(schema.names.contains(key), "`\(key)` is read from a \(schema.kind) but not in its RecordSchema")
        return key
    }

    func has(_ key: String) -> Bool { values[declared(key)].map { !Self.isNull($0) } ?? false }

    func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }

    /// Location of the value of `key`, falling back to the key.
    func valueLocation(of key: String) -> SourceLocation {
        values[key].flatMap { Self.location(of: $0, in: path) } ?? location(of: key)
    }

    func origin() -> RecordOrigin {
        RecordOrigin(path: path, start: location, keys: keyLocations, items: itemLocations)
    }

    func missing(_ key: String, code: FindingCode = .missingKey) {
        sink.report(code, .keyMissing(subject, key: key), at: location)
    }

    // MARK: Typed values

    /// A text value. Reports a missing required key and a value that is not text.
    func string(_ key: String, required: Bool? = nil, code: FindingCode = .missingKey) -> String? {
        guard let node = values[declared(key)], !Self.isNull(node) else {
            if required ?? schema.isRequired(key) { missing(key, code: code) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            sink.report(.wrongType, .valueNotText(key: key, Self.describe(node)), at: valueLocation(of: key))
            return nil
        }
        reportPlaceholder(scalar.string, key: key, at: valueLocation(of: key))
        return scalar.string
    }

    /// A text that must not be empty after trimming.
    func text(_ key: String, required: Bool? = nil, code: FindingCode = .missingKey) -> String? {
        guard let value = string(key, required: required, code: code) else { return nil }
        if value.allSatisfy(\.isWhitespace) {
            if required ?? schema.isRequired(key) {
                sink.report(code, .valueEmpty(key: key, subject), at: location(of: key))
            }
            return nil
        }
        return value
    }

    /// A list of texts; a single text is not accepted, so that typos in list syntax surface.
    func strings(_ key: String, required: Bool? = nil, code: FindingCode = .missingKey) -> [String]? {
        guard let node = values[declared(key)], !Self.isNull(node) else {
            if required ?? schema.isRequired(key) { missing(key, code: code) }
            return nil
        }
        guard case .sequence(let sequence) = node else {
            sink.report(
                .wrongType, .valueNotList(key: key, Self.describe(node), syntaxHint: true),
                at: valueLocation(of: key))
            return nil
        }
        var result: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else {
                sink.report(
                    .wrongType, .itemNotText(key: key, Self.describe(item)),
                    at: Self.location(of: item, in: path) ?? location(of: key))
                continue
            }
            result.append(scalar.string)
            reportPlaceholder(scalar.string, key: key, at: Self.location(of: item, in: path) ?? location(of: key))
            if itemLocations[key, default: [:]][scalar.string] == nil {
                itemLocations[key, default: [:]][scalar.string] = Self.location(of: item, in: path) ?? location(of: key)
            }
        }
        return result
    }

    /// Items of a list with their own locations.
    func items(_ key: String) -> [(Node, SourceLocation)]? {
        guard let node = values[declared(key)], !Self.isNull(node) else { return nil }
        guard case .sequence(let sequence) = node else {
            sink.report(
                .wrongType, .valueNotList(key: key, Self.describe(node), syntaxHint: false), at: valueLocation(of: key))
            return nil
        }
        return sequence.map { ($0, Self.location(of: $0, in: path) ?? location(of: key)) }
    }

    func bool(_ key: String, required: Bool? = nil, code: FindingCode = .missingKey) -> Bool? {
        guard let value = string(key, required: required, code: code) else { return nil }
        switch value {
        case "true": return true
        case "false": return false
        default:
            sink.report(.wrongType, .valueNotBoolean(key: key, value: value), at: valueLocation(of: key))
            return nil
        }
    }

    func date(_ key: String, required: Bool? = nil) -> CalendarDate? {
        guard let value = string(key, required: required) else { return nil }
        guard let date = CalendarDate(value) ?? CalendarDate(value.trimmingCharacters(in: .whitespaces)) else {
            sink.report(
                .invalidValue, .valueNotDate(key: key, value: value), at: valueLocation(of: key))
            return nil
        }
        return date
    }

    func period(_ key: String, required: Bool? = nil) -> Period? {
        guard let value = string(key, required: required) else { return nil }
        guard let period = Period(value) else {
            sink.report(
                .invalidValue, .valueNotPeriod(key: key, value: value),
                at: valueLocation(of: key))
            return nil
        }
        return period
    }

    /// A number written as digits with an optional sign and fraction (`99.5`, `-2`).
    func number(_ key: String, required: Bool? = nil) -> Quantity? {
        guard let value = string(key, required: required) else { return nil }
        guard let number = Quantity(value.trimmingCharacters(in: .whitespaces)) else {
            sink.report(
                .invalidValue, .valueNotNumber(key: key, value: value),
                at: valueLocation(of: key))
            return nil
        }
        return number
    }

    /// A whole number within `range`, else nil after E104 at its value: a threshold or a count.
    func wholeNumber(_ key: String, in range: ClosedRange<Int>, example: Int, isCount: Bool = false) -> Int? {
        guard let value = string(key) else { return nil }
        guard let number = Int(value.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
            sink.report(
                .invalidValue,
                .valueNotWholeNumber(
                    key: key, atLeast: range.lowerBound > 0 ? range.lowerBound : nil, example: example, value: value,
                    isCount: isCount),
                at: valueLocation(of: key))
            return nil
        }
        return number
    }

    func choice<E: RawRepresentable & CaseIterable>(
        _ key: String, as type: E.Type, required: Bool? = nil, code: FindingCode = .missingKey
    ) -> E? where E.RawValue == String {
        guard let value = string(key, required: required, code: code) else { return nil }
        if let choice = E(rawValue: value) { return choice }
        // A placeholder left in is E107 already: one mistake, one finding.
        if value.contains(RegisterTemplate.placeholder) { return nil }
        let allowed = E.allCases.map(\.rawValue)
        sink.report(
            .invalidValue,
            .valueNotAllowed(
                key: key, value: value, allowed: allowed,
                suggestion: ClosestMatch.suggestion(for: value, among: allowed)),
            at: valueLocation(of: key))
        return nil
    }

    /// A nested mapping, read by its own reader.
    func mapping(_ key: String, schema: RecordSchema, required: Bool? = nil) -> RecordReader? {
        guard let node = values[declared(key)], !Self.isNull(node) else {
            if required ?? self.schema.isRequired(key) { missing(key) }
            return nil
        }
        return RecordReader(node, path: path, schema: schema, sink: sink, at: location(of: key))
    }

    /// The raw node of a key, for shapes the typed accessors do not cover.
    func node(_ key: String) -> Node? { values[declared(key)] }

    /// E107 for a value that still holds the placeholder `isms init` writes, wherever it is read:
    /// a green check never lets "(to fill in)" reach the audit.
    func reportPlaceholder(_ value: String, key: String, at location: SourceLocation) {
        // Most values hold no `(`: one byte scan before the substring search.
        guard value.utf8.contains(UInt8(ascii: "(")), value.contains(RegisterTemplate.placeholder) else { return }
        sink.report(
            .placeholderLeft,
            .placeholderLeft(key: key, subject, placeholder: RegisterTemplate.placeholder),
            at: location)
    }

    // MARK: Helpers

    static func location(of node: Node, in path: String) -> SourceLocation? {
        node.mark.map { SourceLocation(path: path, line: $0.line, column: $0.column) }
    }

    /// `~`, `null` and an empty plain value mean "no value".
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" || scalar.string == "Null"
            || scalar.string == "NULL"
    }

    static func describe(_ node: Node) -> YAMLShape {
        switch node {
        case .scalar: .text
        case .mapping: .mapping
        case .sequence: .list
        case .alias: .alias
        }
    }
}
