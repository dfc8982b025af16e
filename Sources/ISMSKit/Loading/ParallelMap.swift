import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order. Each slot of the result is written by exactly one iteration.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        // The slots own their values: release them before the memory goes (found leaking by fuzzing).
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let slots = UncheckedSendable(results)
        self.withUnsafeBufferPointer { input in
            let source = UncheckedSendable(input)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.value[index] = transform(source.value[index])
            }
        }
        return results.map { $0! }
    }
}

/// Carries a value across threads where the code guarantees exclusive access per slot.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
