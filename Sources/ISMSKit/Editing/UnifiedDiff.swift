/// A unified diff (as `diff -u` and git print it) between two texts, line by line, with three
/// lines of context: what `--dry-run` shows before anything is written.
public enum UnifiedDiff {
    public static func text(from old: String, to new: String, oldName: String, newName: String) -> String {
        let a = lines(old)
        let b = lines(new)
        let script = edits(a, b)
        guard script.contains(where: { $0 != .keep }) else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(script) { out += render(hunk, script: script, a: a, b: b) }
        return out
    }

    enum Step: Equatable { case keep, delete, insert }

    private static func lines(_ text: String) -> [Substring] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// The shortest edit script (Myers' O(ND) algorithm): keep, delete or insert per line.
    static func edits(_ a: [Substring], _ b: [Substring]) -> [Step] {
        let n = a.count
        let m = b.count
        let limit = n + m
        var frontier = [Int](repeating: 0, count: 2 * limit + 2)
        var trace: [[Int]] = []
        outer: for d in 0...limit {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                let index = k + limit
                var x =
                    k == -d || (k != d && frontier[index - 1] < frontier[index + 1])
                    ? frontier[index + 1] : frontier[index - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[index] = x
                if x >= n, y >= m { break outer }
            }
        }
        var steps: [Step] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK =
                k == -d || (k != d && v[k - 1 + limit] < v[k + 1 + limit]) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[previousK + limit]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                steps.append(.keep)
                x -= 1
                y -= 1
            }
            if d > 0 {
                steps.append(x == previousX ? .insert : .delete)
                x = previousX
                y = previousY
            }
        }
        while x > 0, y > 0 {
            steps.append(.keep)
            x -= 1
            y -= 1
        }
        return steps.reversed()
    }

    /// Ranges of the script to show: each change with up to three kept lines around it, joined
    /// when they touch.
    private static func hunks(_ script: [Step]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for (index, step) in script.enumerated() where step != .keep {
            let range = max(0, index - 3)..<min(script.count, index + 4)
            if let last = result.last, last.upperBound >= range.lowerBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    private static func render(_ hunk: Range<Int>, script: [Step], a: [Substring], b: [Substring]) -> String {
        var oldLine = script[..<hunk.lowerBound].filter { $0 != .insert }.count
        var newLine = script[..<hunk.lowerBound].filter { $0 != .delete }.count
        let oldCount = script[hunk].filter { $0 != .insert }.count
        let newCount = script[hunk].filter { $0 != .delete }.count
        var body = ""
        for step in script[hunk] {
            switch step {
            case .keep:
                body += " \(a[oldLine])\n"
                oldLine += 1
                newLine += 1
            case .delete:
                body += "-\(a[oldLine])\n"
                oldLine += 1
            case .insert:
                body += "+\(b[newLine])\n"
                newLine += 1
            }
        }
        let oldStart = oldCount == 0 ? oldLine - oldCount : oldLine - oldCount + 1
        let newStart = newCount == 0 ? newLine - newCount : newLine - newCount + 1
        return "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n" + body
    }
}
