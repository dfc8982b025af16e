import Foundation
import Yams

/// Reads one record file defensively: bounded size, text only, valid UTF-8, bounded nesting and
/// bounded alias expansion, so that no register file can crash or hang the tool.
enum RecordFileReader {
    /// Records are small human-edited files; anything larger is refused unread.
    static let maximumBytes = 2 << 20
    /// Deeper nesting than this is never a real record and would exhaust the parser's stack.
    static let maximumDepth = 64
    /// Logical nodes after expanding aliases; stops "billion laughs" alias bombs.
    static let maximumNodes = 100_000

    /// The parsed document, or the finding that says why it cannot be read.
    static func read(absolutePath: String, relativePath: String) -> Result<Node?, Finding> {
        let bytes: [UInt8]
        switch FileBytes.read(absolutePath, limit: maximumBytes) {
        case .success(let read): bytes = read
        case .failure(let problem):
            return .failure(unreadable(relativePath, .detail(problem.message)))
        }
        return parse(bytes, relativePath: relativePath)
    }

    /// Parses record bytes; separate from reading so tests and fuzzers can feed bytes directly.
    static func parse(_ input: [UInt8], relativePath: String) -> Result<Node?, Finding> {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(
                unreadable(
                    relativePath, .binary,
                    at: position(of: nul, in: bytes, path: relativePath)))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8(bytes)
            return .failure(
                unreadable(
                    relativePath, .notUTF8, at: position(of: offset, in: bytes, path: relativePath)))
        }
        if let line = NestingEstimate.firstLineDeeperThan(maximumDepth, in: text) {
            return .failure(
                unreadable(
                    relativePath, .nestsDeeper(than: maximumDepth),
                    at: SourceLocation(path: relativePath, line: line, column: 1)))
        }
        let node: Node?
        do {
            // The encoding is given: Yams' default reads the whole process environment on every parser.
            node = try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            return .failure(syntaxFinding(error, path: relativePath, text: text))
        } catch {
            return .failure(unreadable(relativePath, .detail("\(error)")))
        }
        if let node, !NodeBudget.fits(node, limit: maximumNodes) {
            return .failure(
                unreadable(relativePath, .expandsBeyond(maximumNodes)))
        }
        return .success(node)
    }

    private static func unreadable(
        _ path: String, _ why: FindingMessage.UnreadableReason, at location: SourceLocation? = nil
    ) -> Finding {
        Finding(
            .unreadableRecord, .recordUnreadable(why),
            at: location ?? SourceLocation(path: path))
    }

    private static func syntaxFinding(_ error: YamlError, path: String, text: String) -> Finding {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(path: path, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text): \(problem)" } ?? problem
            return Finding(
                .yamlSyntax, .yamlSyntax(detail: detail, colonHint: colonHint(problem, line: mark.line, in: text)),
                at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Finding(.yamlSyntax, .yamlDuplicateKeys(duplicates), at: at(context.mark))
        case .reader(let problem, _, _, _):
            return Finding(.unreadableRecord, .recordUnreadable(.detail(problem)), at: SourceLocation(path: path))
        default:
            return Finding(.yamlSyntax, .yamlError("\(error)"), at: SourceLocation(path: path))
        }
    }

    /// "mapping values are not allowed" nearly always means a plain value holding `: ` (a title
    /// such as `Policies: general`): say so, and show the line with its value quoted.
    static func colonHint(_ problem: String, line: Int, in text: String) -> FindingMessage.ColonHint? {
        guard problem.hasPrefix("mapping values are not allowed") else { return nil }
        var hint = FindingMessage.ColonHint()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return hint }
        let source = lines[line - 1].trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        let indent = source.prefix { $0 == " " }
        let body = source.dropFirst(indent.count)
        guard let split = body.range(of: ": "), !body.hasPrefix("#"), !body.hasPrefix("\""), !body.hasPrefix("- ")
        else {
            return hint
        }
        let key = body[..<split.lowerBound]
        let value = body[split.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, key.count <= 60, value.count <= 120, !key.contains(" "), !value.hasPrefix("\""),
            !value.hasPrefix("'")
        else {
            return hint
        }
        let quoted = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        hint.example = "\(key): \"\(quoted)\""
        return hint
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        var consumed = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// Line and column (in bytes, 1-based) of a byte offset.
    private static func position(of offset: Int, in bytes: ArraySlice<UInt8>, path: String) -> SourceLocation {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.startIndex..<min(offset, bytes.endIndex) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return SourceLocation(path: path, line: line, column: offset - lineStart + 1)
    }
}
