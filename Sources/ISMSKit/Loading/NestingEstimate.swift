/// A cheap upper bound of how deeply a YAML text nests, checked before parsing: the parser
/// recurses once per level, so a hostile file of ten thousand `[` would exhaust the stack.
///
/// The estimate over-counts (it ignores quoting), which only matters for texts far deeper
/// than any real record.
enum NestingEstimate {
    /// The first line at which the estimate passes `limit`, or nil when the text stays within it.
    static func firstLineDeeperThan(_ limit: Int, in text: String) -> Int? {
        var flowDepth = 0
        var line = 1
        var indentation = 0
        var atLineStart = true
        var blockIndicators = 0
        var previous: UInt8 = 0x0A
        for byte in text.utf8 {
            switch byte {
            case 0x0A:
                line += 1
                indentation = 0
                blockIndicators = 0
                atLineStart = true
            case 0x20 where atLineStart:
                indentation += 1
            case 0x5B, 0x7B:  // [ {
                flowDepth += 1
                atLineStart = false
            case 0x5D, 0x7D:  // ] }
                flowDepth = max(0, flowDepth - 1)
                atLineStart = false
            case 0x2D, 0x3F:  // - ?  as block indicators at the start of a line: "- - - x"
                if previous == 0x20 || previous == 0x0A || previous == 0x2D || previous == 0x3F {
                    blockIndicators += 1
                }
                atLineStart = false
            default:
                atLineStart = false
            }
            previous = byte
            if flowDepth + blockIndicators + indentation / 2 > limit * 2 || flowDepth > limit
                || blockIndicators > limit
            {
                return line
            }
        }
        return nil
    }
}
