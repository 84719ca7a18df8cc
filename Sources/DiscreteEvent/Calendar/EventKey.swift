/// The order of an event, `(time, priority, sequence)`, as one 128-bit integer: earlier time
/// first, then lower priority, then lower sequence (first scheduled first). The same key an
/// ``Event`` in an ``EventCalendar`` carries, so a model that keeps some of its pending events
/// in structures of its own (e.g. an ``IndexedEventHeap`` of agents' next completions) can merge
/// them with the calendar and get exactly the order a single calendar would give.
public struct EventKey: Comparable, Sendable {
    @usableFromInline let bits: UInt128

    /// The key of an event at `time` with `priority` (-32768...32767) and `sequence` (< 2^48).
    @inlinable @inline(__always)
    public init(time: Double, priority: Int, sequence: UInt64) {
        bits = UInt128(Event<Void>.orderedBits(time)) << 64
            | UInt128(UInt64(truncatingIfNeeded: priority &+ 32768) << 48 | (sequence & Event<Void>.maximumSequence))
    }

    @inlinable @inline(__always)
    init(bits: UInt128) { self.bits = bits }

    /// A key after every real event.
    @inlinable
    public static var never: EventKey { EventKey(bits: .max) }

    /// When the event happens.
    @inlinable
    public var time: Double {
        let timeKey = UInt64(truncatingIfNeeded: bits >> 64)
        return Double(bitPattern: timeKey & (1 << 63) != 0 ? timeKey ^ (1 << 63) : ~timeKey)
    }

    /// The event's priority.
    @inlinable
    public var priority: Int { Int(UInt64(truncatingIfNeeded: bits) >> 48) &- 32768 }

    @inlinable @inline(__always)
    public static func < (lhs: EventKey, rhs: EventKey) -> Bool { lhs.bits < rhs.bits }
}

extension Event {
    /// The event's key, for merging with events kept elsewhere.
    @inlinable
    public var eventKey: EventKey { EventKey(bits: key) }
}
