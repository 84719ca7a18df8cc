/// One entry of an ``EventCalendar``: when it happens, how it ranks among events at the
/// same time, and what it carries.
///
/// Events are ordered by the key `(time, priority, sequence)`: earlier time first, then
/// the lower `priority` value, then the lower `sequence` (the order in which they were
/// scheduled), so equal-time events are processed deterministically and FIFO — the same
/// key SimPy uses (`simpy/core.py`). `Payload` should be a small value type (typically the
/// model's own event `enum`), so the calendar stores events inline in one array with no
/// allocation per event.
public struct Event<Payload> {
    /// Simulated time at which the event occurs.
    public let time: Double
    /// Tie-breaker among events at the same time: lower values are processed first.
    public let priority: Int
    /// Scheduling order within the calendar (unique per calendar); the final tie-breaker.
    public let sequence: UInt64
    /// The model's data for this event.
    public var payload: Payload

    /// Creates an event; normally only ``EventCalendar`` does this, assigning `sequence`.
    @inlinable
    public init(time: Double, priority: Int, sequence: UInt64, payload: Payload) {
        self.time = time
        self.priority = priority
        self.sequence = sequence
        self.payload = payload
    }

    /// The handle that cancels this event through ``EventCalendar/cancel(_:)``.
    @inlinable
    public var token: EventToken { EventToken(sequence: sequence) }

    /// Whether `self` must be processed before `other`: lexicographic `(time, priority, sequence)`.
    ///
    /// - Complexity: O(1); the hot comparison of both heap implementations.
    @inlinable @inline(__always)
    public func precedes(_ other: Event) -> Bool {
        if time != other.time { return time < other.time }
        if priority != other.priority { return priority < other.priority }
        return sequence < other.sequence
    }
}

extension Event: Sendable where Payload: Sendable {}

extension Event: CustomStringConvertible {
    /// A compact rendering such as `Event(t: 12.5, priority: 0, #3, arrival(2))`, for debugging.
    public var description: String {
        "Event(t: \(time), priority: \(priority), #\(sequence), \(payload))"
    }
}
