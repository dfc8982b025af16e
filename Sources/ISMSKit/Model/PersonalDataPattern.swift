/// Recognises text that looks like contact details: an e-mail address or a phone number.
/// Used on the fields of data-subject requests, which must name the request, never the person.
/// A heuristic on purpose: it catches the common slip (the requester's address or number typed
/// as the reference) and leaves reference numbers such as `DSR-2026-001` and dates alone.
public enum PersonalDataPattern {
    /// True when the text holds an e-mail address or a phone number.
    public static func matches(_ text: String) -> Bool {
        containsEmailAddress(text) || containsPhoneNumber(text)
    }

    /// `local@domain.tld`: at least one address character before the `@`, and after it a domain
    /// with a dot followed by at least two letters.
    public static func containsEmailAddress(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "@" {
            guard index > 0, isLocalPart(scalars[index - 1]) else { continue }
            var domain = String.UnicodeScalarView()
            var next = index + 1
            while next < scalars.count, isDomain(scalars[next]) {
                domain.append(scalars[next])
                next += 1
            }
            // A full stop or hyphen at the end belongs to the sentence, not to the address.
            while let last = domain.last, last == "." || last == "-" { domain.removeLast() }
            let labels = String(domain).split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let topLevel = labels.last else { continue }
            if topLevel.count >= 2, topLevel.allSatisfy({ $0.isASCII && $0.isLetter }) { return true }
        }
        return false
    }

    /// A run that starts with `+`, `0` or `(` at the start of a word and holds 9 to 15 digits,
    /// separated at most by spaces, `-`, `.`, `/` and parentheses: `06-12345678`,
    /// `+31 6 1234 5678`, `088 23 44 700`, `(030) 123 4567`. Reference numbers (`DSR-2026-001`)
    /// and dates (`2026-03-14`) do not start that way.
    public static func containsPhoneNumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (start, scalar) in scalars.enumerated() where scalar == "+" || scalar == "0" || scalar == "(" {
            if start > 0 {
                let before = scalars[start - 1]
                if isWordCharacter(before) || before == "-" || before == "." || before == "/" || before == "+" {
                    continue
                }
            }
            var digits = 0
            var index = start + (scalar == "+" ? 1 : 0)
            while index < scalars.count {
                let current = scalars[index]
                if isDigit(current) {
                    digits += 1
                } else if !(current == " " || current == "-" || current == "." || current == "/" || current == "("
                    || current == ")")
                {
                    break
                }
                if digits > 15 { break }
                index += 1
            }
            if (9...15).contains(digits) { return true }
        }
        return false
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || scalar.properties.isAlphabetic || scalar == "_"
    }

    private static func isLocalPart(_ scalar: Unicode.Scalar) -> Bool {
        isWordCharacter(scalar) || ".%+-".unicodeScalars.contains(scalar)
    }

    private static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
        isWordCharacter(scalar) || scalar == "." || scalar == "-"
    }
}
