import Yams

/// Counts a document's values with aliases expanded, stopping as soon as a budget is spent.
/// Yams shares aliased nodes, so composing an alias bomb is cheap; walking it is what explodes.
enum NodeBudget {
    static func fits(_ root: Node, limit: Int) -> Bool {
        var remaining = limit
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            remaining -= 1
            if remaining < 0 { return false }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return true
    }
}
