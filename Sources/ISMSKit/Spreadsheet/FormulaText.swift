/// The rule that keeps register text from running as a spreadsheet formula (CSV injection, OWASP),
/// and that reads it back exactly.
///
/// In CSV a text that starts with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`, the mark
/// spreadsheets take for "this is text". So that reading back is exact, a text that itself starts
/// with `'` gets one too. Reading, a cell that starts with `'` followed by one of those characters
/// or by a second `'` loses the first `'`; any other text is read as it is.
public enum FormulaText {
    /// Characters a spreadsheet takes as the start of a formula.
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether a program could take the text for a formula.
    public static func looksLikeFormula(_ text: String) -> Bool {
        text.unicodeScalars.first.map(formulaStarts.contains) ?? false
    }

    /// The text as CSV writes it: `'` before a formula start or a leading `'`.
    public static func neutralised(_ text: String) -> String {
        looksLikeFormula(text) || text.hasPrefix("'") ? "'" + text : text
    }

    /// The text a workbook cell holds: the text itself (its cell is a string, never a formula),
    /// with `'` before a leading `'` so that `restored` gives the text back.
    public static func escapedApostrophe(_ text: String) -> String {
        text.hasPrefix("'") ? "'" + text : text
    }

    /// The text a neutralised cell stood for.
    public static func restored(_ text: String) -> String {
        var scalars = text.unicodeScalars.makeIterator()
        guard scalars.next() == "'", let second = scalars.next(), second == "'" || formulaStarts.contains(second)
        else { return text }
        return String(text.unicodeScalars.dropFirst())
    }
}
