/// A piece of markup. String literals written in this source are trusted markup; every
/// `String` interpolated into one is escaped by `HTMLText.escape`, so register text cannot
/// become markup by accident: `"<td>\(control.title)</td>" as HTMLFragment`.
package struct HTMLFragment: ExpressibleByStringInterpolation, Sendable {
    package private(set) var markup: String

    package init(stringLiteral literal: String) { markup = literal }

    package init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.markup }

    /// Markup produced by a renderer that escapes on its own (SafeMarkdown, the chart).
    package init(trusted markup: String) { self.markup = markup }

    package static func + (lhs: HTMLFragment, rhs: HTMLFragment) -> HTMLFragment {
        HTMLFragment(trusted: lhs.markup + rhs.markup)
    }

    package static func += (lhs: inout HTMLFragment, rhs: HTMLFragment) { lhs.markup += rhs.markup }

    package struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        package init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }

        package mutating func appendLiteral(_ literal: String) { markup += literal }

        /// Register text: escaped.
        package mutating func appendInterpolation(_ text: String) { markup += HTMLText.escape(text) }

        /// Register text for an attribute value: escaped for a quoted attribute.
        package mutating func appendInterpolation(attribute text: String) { markup += HTMLText.attribute(text) }

        package mutating func appendInterpolation(_ fragment: HTMLFragment) { markup += fragment.markup }

        package mutating func appendInterpolation(_ fragments: [HTMLFragment]) {
            for fragment in fragments { markup += fragment.markup }
        }

        package mutating func appendInterpolation(_ number: Int) { markup += String(number) }

        package mutating func appendInterpolation(_ number: Int64) { markup += String(number) }

        package mutating func appendInterpolation(_ date: CalendarDate) { markup += date.description }
    }
}

extension [HTMLFragment] {
    package func joined(separator: HTMLFragment) -> HTMLFragment {
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
