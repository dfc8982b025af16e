/// The header of an SoA sheet matched against the titles `isms soa` writes (`SoATable.columns`):
/// which column holds which key. Titles match case- and space-insensitively; an unknown title, a
/// title twice, or no id column is a problem naming the column, with the nearest title suggested.
struct SoAImportHeader {
    /// The 0-based column of each key present.
    let index: [String: Int]
    /// Every column with a title.
    let used: Set<Int>

    static let readOnlyKeys = SoATable.columns.map(\.column.key).filter {
        $0 != "id" && SoAImportSheet.Field(rawValue: $0) == nil
    }

    init(_ table: SpreadsheetTable) throws(SpreadsheetError) {
        let known = Dictionary(
            SoATable.columns.map { (Self.normalised($0.column.title), $0.column) },
            uniquingKeysWith: { first, _ in first })
        var index: [String: Int] = [:]
        var used = Set<Int>()
        var problems: [SpreadsheetError.Problem] = []
        for (column, title) in table.header.cells.enumerated() {
            let location = table.location(row: table.header.number, column: column)
            let name = Self.normalised(FormulaText.restored(title))
            if name.isEmpty { continue }
            used.insert(column)
            guard let match = known[name] else {
                problems.append(
                    .init(
                        location,
                        "\(SpreadsheetError.quoted(title)) is not a column of the SoA; \(Self.suggestion(for: name))"))
                continue
            }
            if let first = index[match.key] {
                problems.append(
                    .init(location, "`\(match.title)` is also column \(CellReference.letters(first + 1)); keep one"))
                continue
            }
            index[match.key] = column
        }
        if index["id"] == nil, problems.isEmpty {
            problems.append(
                .init(
                    table.location(row: table.header.number, column: nil),
                    "the header has no `Id` column: each row names its control by id"))
        }
        guard problems.isEmpty else { throw SpreadsheetError(problems) }
        self.index = index
        self.used = used
    }

    /// Lower case, runs of white space as one space, none at the ends.
    static func normalised(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `did you mean `Justification`?`, or the list of titles when none is near.
    static func suggestion(for name: String) -> String {
        let titles = SoATable.columns.map(\.column.title)
        guard name.count <= 60 else { return "the columns are " + titles.map { "`\($0)`" }.joined(separator: ", ") }
        let scored = titles.map { ($0, distance(Array(name), Array(normalised($0)))) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, best.0.count / 3) {
            return "did you mean `\(best.0)`?"
        }
        return "the columns are " + titles.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// The Levenshtein distance of two short texts.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
