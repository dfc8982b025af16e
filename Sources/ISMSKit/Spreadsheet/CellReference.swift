/// A cell's place in A1 terms, as spreadsheet programs show it: column letters (A … Z, AA …
/// XFD) and a 1-based row number.
public enum CellReference {
    /// The largest column of a workbook (XFD) and the largest row.
    public static let maximumColumn = 16_384
    public static let maximumRow = 1_048_576

    /// `A` for 1, `Z` for 26, `AA` for 27.
    public static func letters(_ column: Int) -> String {
        precondition(column >= 1, "columns count from 1")
        var number = column
        var scalars: [Unicode.Scalar] = []
        while number > 0 {
            let digit = (number - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + digit)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// `B7` for column 2, row 7.
    public static func name(column: Int, row: Int) -> String { letters(column) + String(row) }

    /// The column and row of `B7` (`$B$7` too), or nil when it is no cell reference in range.
    public static func parse(_ text: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var sawDigit = false
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 65...90 where !sawDigit, 97...122 where !sawDigit:
                column = column * 26 + Int((scalar.value & ~0x20) - 64)
                if column > maximumColumn { return nil }
            case 48...57:
                sawDigit = true
                row = row * 10 + Int(scalar.value - 48)
                if row > maximumRow { return nil }
            default: return nil
            }
        }
        guard column >= 1, row >= 1 else { return nil }
        return (column, row)
    }
}
