/// A piece of markup. String literals written in this source are trusted markup; every
/// `String` interpolated into one is escaped by `HTMLText.escape`, so register text cannot
/// become markup by accident: `"<td>\(control.title)</td>" as HTMLFragment`.
struct HTMLFragment: ExpressibleByStringInterpolation, Sendable {
    private(set) var markup: String

    init(stringLiteral literal: String) { markup = literal }

    init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.markup }

    /// Markup produced by a renderer that escapes on its own (SafeMarkdown, the chart).
    init(trusted markup: String) { self.markup = markup }

    static func + (lhs: HTMLFragment, rhs: HTMLFragment) -> HTMLFragment {
        HTMLFragment(trusted: lhs.markup + rhs.markup)
    }

    static func += (lhs: inout HTMLFragment, rhs: HTMLFragment) { lhs.markup += rhs.markup }

    struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }

        mutating func appendLiteral(_ literal: String) { markup += literal }

        /// Register text: escaped.
        mutating func appendInterpolation(_ text: String) { markup += HTMLText.escape(text) }

        /// Register text for an attribute value: escaped for a quoted attribute.
        mutating func appendInterpolation(attribute text: String) { markup += HTMLText.attribute(text) }

        mutating func appendInterpolation(_ fragment: HTMLFragment) { markup += fragment.markup }

        mutating func appendInterpolation(_ fragments: [HTMLFragment]) {
            for fragment in fragments { markup += fragment.markup }
        }

        mutating func appendInterpolation(_ number: Int) { markup += String(number) }

        mutating func appendInterpolation(_ number: Int64) { markup += String(number) }

        mutating func appendInterpolation(_ date: CalendarDate) { markup += date.description }
    }
}

extension [HTMLFragment] {
    func joined(separator: HTMLFragment) -> HTMLFragment {
        var out: HTMLFragment = ""
        for (index, fragment) in enumerated() {
            if index > 0 { out += separator }
            out += fragment
        }
        return out
    }
}

extension TextSink {
    /// Writes markup; a literal given here is an `HTMLFragment`, so the strings in it are escaped.
    func write(markup fragment: HTMLFragment) { write(fragment.markup) }
}
