/// A stretch of rendered inline output. Matching emphasis or a link never moves text: it only
/// adds tags around the literal of the delimiter pieces already written.
struct InlinePiece {
    /// Escaped text, or the delimiter characters still unmatched.
    var literal: String
    /// Markup before the literal (closing tags of a closing delimiter, an opening tag of a span).
    var before = ""
    /// Markup after the literal (opening tags of an opening delimiter, a closing tag of a span).
    var after = ""
    /// Starts or ends an image's alt text, which renders as plain text without any markup.
    var plainStart = false
    var plainEnd = false

    static func join(_ pieces: [InlinePiece]) -> String {
        var out = ""
        var plain = 0
        for piece in pieces {
            if piece.plainStart {
                plain += 1
            } else if piece.plainEnd {
                plain -= 1
            } else if plain > 0 {
                out += piece.literal
            } else {
                out += piece.before + piece.literal + piece.after
            }
        }
        return out
    }
}
