/// The order a person expects of register paths and messages: text compared byte by byte, except
/// that runs of ASCII digits compare as numbers, so `A.5.2` comes before `A.5.10` and
/// `clause 5.2` before `clause 10.2`. Texts equal as numbers but written differently (`07`, `7`)
/// fall back to their bytes, so the order stays total and the output deterministic.
enum NaturalOrder {
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                let startA = i
                let startB = j
                while i < a.count, isDigit(a[i]) { i += 1 }
                while j < b.count, isDigit(b[j]) { j += 1 }
                let runA = a[startA..<i].drop { $0 == UInt8(ascii: "0") }
                let runB = b[startB..<j].drop { $0 == UInt8(ascii: "0") }
                if runA.count != runB.count { return runA.count < runB.count }
                if !runA.elementsEqual(runB) { return runA.lexicographicallyPrecedes(runB) }
                continue
            }
            if a[i] != b[j] { return a[i] < b[j] }
            i += 1
            j += 1
        }
        if i < a.count || j < b.count { return j < b.count }
        return a.lexicographicallyPrecedes(b)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
