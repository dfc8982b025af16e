/// `MANIFEST.sha256`: one line per file of a pack in the format `sha256sum -c` reads.
///
/// GNU coreutils escapes a file name that holds a backslash or a newline: the line starts with
/// `\` and the name has `\\` for a backslash and `\n` for a newline. This writes and reads
/// exactly that, so any path round-trips.
public struct Manifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let path: String
        public let sha256: String

        public init(path: String, sha256: String) {
            self.path = path
            self.sha256 = sha256
        }
    }

    public static let fileName = "MANIFEST.sha256"

    /// Entries sorted by path (byte order).
    public let entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    public var text: String {
        entries.map { entry in
            let escaped = Self.escape(entry.path)
            return (escaped == entry.path ? "" : "\\") + "\(entry.sha256)  \(escaped)\n"
        }.joined()
    }

    static func escape(_ path: String) -> String {
        guard path.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\r" }) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A line that is not `<64 hex>  <path>` (binary-mode `*` accepted), with its number.
    public struct ParseError: Error, Sendable, Equatable {
        public let line: Int
        public let reason: String

        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    /// Parses a manifest, refusing malformed lines rather than skipping them.
    public static func parse(_ text: String) -> Result<Manifest, ParseError> {
        var entries: [Entry] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if raw.isEmpty { continue }
            var line = Substring(raw)
            let escaped = line.hasPrefix("\\")
            if escaped { line = line.dropFirst() }
            let hex = line.prefix(64)
            guard hex.count == 64, hex.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
                return .failure(ParseError(line: number, reason: "expected 64 lowercase hexadecimal digits"))
            }
            var rest = line.dropFirst(64)
            guard rest.hasPrefix("  ") || rest.hasPrefix(" *") else {
                return .failure(ParseError(line: number, reason: "expected two spaces between digest and path"))
            }
            rest = rest.dropFirst(2)
            guard let path = escaped ? unescape(rest) : String(rest), !path.isEmpty else {
                return .failure(ParseError(line: number, reason: "bad escape in the path"))
            }
            entries.append(Entry(path: path, sha256: String(hex)))
        }
        return .success(Manifest(entries: entries))
    }

    private static func unescape(_ text: Substring) -> String? {
        var out = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch iterator.next() {
            case "\\": out += "\\"
            case "n": out += "\n"
            case "r": out += "\r"
            default: return nil
            }
        }
        return out
    }
}
