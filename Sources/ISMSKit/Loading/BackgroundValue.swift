import Dispatch

/// A value computed on another core while the caller goes on, such as reading a cache while the
/// register is scanned; `value` waits for it.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the background work before `group.leave()`, read only after `group.wait()`.
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.group.leave()
        }
    }

    /// The value, once computed.
    public var value: Value {
        group.wait()
        return result!
    }
}
