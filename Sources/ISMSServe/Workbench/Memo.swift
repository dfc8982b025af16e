import Synchronization

/// A value worked out the first time it is asked for, then kept: a save is answered with the
/// record's page, which needs none of what the dashboard shows, so the dashboard's parts are
/// worked out when a dashboard is next asked for, not in every save's re-check.
final class Memo<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let value = Mutex<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var get: Value {
        value.withLock { value in
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}
