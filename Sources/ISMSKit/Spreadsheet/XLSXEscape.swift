/// The `_xHHHH_` escapes of Office Open XML strings (ECMA-376 Part 1, 22.9.2.19): Excel writes a
/// character as `_x000D_` where XML cannot carry it as is, and readers decode every such
/// sequence. A text that holds one literally has its `_` written as `_x005F_`, so that it is read
/// back as written.
enum XLSXEscape {
    /// The text with every literal `_xHHHH_` protected.
    static func encode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", escape(in: scalars, at: index) != nil {
                out += "_x005F_"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text with every `_xHHHH_` replaced by its character (one XML 1.0 forbids by U+FFFD).
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", let value = escape(in: scalars, at: index) {
                let scalar = Unicode.Scalar(value) ?? XMLText.replacement
                out.append(XMLText.isAllowed(scalar) ? scalar : XMLText.replacement)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// The code of an `_xHHHH_` starting at `index`.
    private static func escape(in scalars: [Unicode.Scalar], at index: Int) -> UInt32? {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[(index + 2)...(index + 5)] {
            let digit: UInt32
            switch scalar.value {
            case 48...57: digit = scalar.value - 48
            case 65...70: digit = scalar.value - 55
            case 97...102: digit = scalar.value - 87
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }
}
