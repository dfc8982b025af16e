/// Why a spreadsheet cannot be read or used: every problem found, each with its place, so that a
/// person can fix the file in one go. Structural problems (not a workbook, an unterminated quote)
/// stop reading and come alone.
public struct SpreadsheetError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The cell or row; nil for a problem of the whole file.
        public let location: SpreadsheetLocation?
        public let file: String
        public let message: String

        public init(_ location: SpreadsheetLocation, _ message: String) {
            self.location = location
            self.file = location.file
            self.message = message
        }

        public init(file: String, _ message: String) {
            self.location = nil
            self.file = file
            self.message = message
        }

        /// `soa.csv, line 7, column D (Applicable): …` or `soa.xlsx: not a workbook (…)`.
        public var description: String { "\(location.map(String.init(describing:)) ?? file): \(message)" }
    }

    public let problems: [Problem]

    public init(_ problems: [Problem]) {
        precondition(!problems.isEmpty, "an error has a problem")
        self.problems = problems
    }

    public init(file: String, _ message: String) { self.init([Problem(file: file, message)]) }

    public init(_ location: SpreadsheetLocation, _ message: String) { self.init([Problem(location, message)]) }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension SpreadsheetError {
    /// A cell's text as a message quotes it: on one line, control characters as visible escapes,
    /// at most 60 characters (a message must stay readable whatever the cell holds).
    static func quoted(_ text: String) -> String {
        let line = ReportText.visible(text).replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(
            of: "\n", with: "\\n")
        return "`" + (line.count > 60 ? String(line.prefix(59)) + "…" : line) + "`"
    }
}
