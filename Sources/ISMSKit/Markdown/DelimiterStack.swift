/// One run of `*` or `_` that may open or close emphasis.
struct Delimiter {
    let piece: Int
    let character: Unicode.Scalar
    /// Characters not yet used by a match.
    var count: Int
    /// The run's length as written (for the rule of three).
    let original: Int
    let canOpen: Bool
    let canClose: Bool
}

/// CommonMark's delimiter stack as a doubly linked list over an array (indices are in source
/// order), with `openersBottom` so that no failed search for an opener is ever repeated:
/// matching all emphasis in a paragraph takes linear time.
struct DelimiterStack {
    private var items: [Delimiter] = []
    private var previous: [Int] = []
    private var next: [Int] = []
    /// The last delimiter still on the stack, or -1.
    private(set) var top = -1

    mutating func push(_ delimiter: Delimiter) {
        items.append(delimiter)
        previous.append(top)
        next.append(-1)
        if top >= 0 { next[top] = items.count - 1 }
        top = items.count - 1
    }

    private mutating func remove(_ index: Int) {
        let before = previous[index]
        let after = next[index]
        if before >= 0 { next[before] = after }
        if after >= 0 { previous[after] = before } else { top = before }
    }

    /// Matches openers and closers above `bottom` (an index, -1 for all), adds their tags to the
    /// pieces, and removes every delimiter above `bottom`.
    mutating func processEmphasis(above bottom: Int, pieces: inout [InlinePiece]) {
        var first = -1
        var walk = top
        while walk > bottom {
            first = walk
            walk = previous[walk]
        }
        // The lowest index still worth searching, by character, can-open and length modulo 3.
        var openersBottom = Array(repeating: bottom, count: 12)
        var closer = first
        while closer >= 0 {
            let closing = items[closer]
            guard closing.canClose else {
                closer = next[closer]
                continue
            }
            let slot = (closing.character == "*" ? 0 : 6) + (closing.canOpen ? 3 : 0) + closing.original % 3
            var opener = previous[closer]
            var found = false
            while opener > bottom, opener > openersBottom[slot] {
                let opening = items[opener]
                if opening.character == closing.character, opening.canOpen {
                    let oddMatch =
                        (closing.canOpen || opening.canClose) && (opening.original + closing.original) % 3 == 0
                        && !(opening.original % 3 == 0 && closing.original % 3 == 0)
                    if !oddMatch {
                        found = true
                        break
                    }
                }
                opener = previous[opener]
            }
            if found {
                closer = match(opener: opener, closer: closer, pieces: &pieces)
            } else {
                openersBottom[slot] = previous[closer]
                let following = next[closer]
                if !closing.canOpen { remove(closer) }
                closer = following
            }
        }
        walk = top
        while walk > bottom {
            let below = previous[walk]
            remove(walk)
            walk = below
        }
    }

    /// Wraps the text between a matched pair in `<em>` or `<strong>`; returns the next closer.
    private mutating func match(opener: Int, closer: Int, pieces: inout [InlinePiece]) -> Int {
        let use = items[opener].count >= 2 && items[closer].count >= 2 ? 2 : 1
        items[opener].count -= use
        items[closer].count -= use
        let tag = use == 2 ? "strong" : "em"
        let character = String(items[opener].character)
        let open = items[opener].piece
        let close = items[closer].piece
        pieces[open].literal = String(repeating: character, count: items[opener].count)
        pieces[open].after = "<\(tag)>" + pieces[open].after
        pieces[close].before += "</\(tag)>"
        pieces[close].literal = String(repeating: character, count: items[closer].count)
        var between = next[opener]
        while between != closer, between >= 0 {
            let following = next[between]
            remove(between)
            between = following
        }
        if items[opener].count == 0 { remove(opener) }
        if items[closer].count == 0 {
            let following = next[closer]
            remove(closer)
            return following
        }
        return closer
    }
}

/// Whether a delimiter run is left- or right-flanking, from the characters around it.
struct Flanking {
    let left: Bool
    let right: Bool
    let punctuationBefore: Bool
    let punctuationAfter: Bool

    init(before: Unicode.Scalar, after: Unicode.Scalar) {
        let spaceBefore = before.properties.isWhitespace
        let spaceAfter = after.properties.isWhitespace
        punctuationBefore = Self.isPunctuation(before)
        punctuationAfter = Self.isPunctuation(after)
        left = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore)
        right = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter)
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default: false
        }
    }
}
