/// An action a nonconformity or a management review decision starts: what, who, by when, and
/// the day it was done.
public struct FollowUpAction: Sendable, Hashable, Codable {
    public var action: String
    public var owner: String
    public var due: CalendarDate?
    public var done: CalendarDate?
    public var location: SourceLocation

    public init(action: String, owner: String, due: CalendarDate?, done: CalendarDate?, location: SourceLocation) {
        self.action = action
        self.owner = owner
        self.due = due
        self.done = done
        self.location = location
    }

    /// Not done and its due day has passed on `asOf`.
    public func isOverdue(asOf: CalendarDate) -> Bool {
        guard let due else { return false }
        return !isDone(asOf: asOf) && due < asOf
    }

    /// Done on or before `asOf`.
    public func isDone(asOf: CalendarDate) -> Bool { done.map { $0 <= asOf } ?? false }
}
