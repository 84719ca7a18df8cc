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
    /// The time as an unsigned integer that sorts like the time itself (see ``orderedBits(_:)``),
    /// so the whole key `(time, priority, sequence)` compares as one 128-bit integer.
    @usableFromInline let timeKey: UInt64
    /// Priority and sequence packed into one key, so ordering costs two comparisons:
    /// the priority (biased to be unsigned) in the top 16 bits, the sequence in the low 48.
    @usableFromInline let order: UInt64
    public var payload: Payload

    /// Largest sequence number an event can carry (2^48 - 1, about 2.8e14 events).
    public static var maximumSequence: UInt64 { (1 << 48) - 1 }

    @inlinable
    public init(time: Double, priority: Int, sequence: UInt64, payload: Payload) {
        precondition(priority >= -32768 && priority <= 32767, "Event: priority \(priority) outside -32768...32767")
        precondition(sequence <= Self.maximumSequence, "Event: sequence number overflow")
        self.timeKey = Self.orderedBits(time)
        self.order = UInt64(priority &+ 32768) << 48 | sequence
        self.payload = payload
    }

    /// When the event happens.
    @inlinable
    public var time: Double {
        // Inverse of orderedBits: non-negative times have the top bit set.
        Double(bitPattern: timeKey & (1 << 63) != 0 ? timeKey ^ (1 << 63) : ~timeKey)
    }

    /// The IEEE 754 bit pattern of `time`, mapped so that unsigned integer order is the order
    /// of the (non-NaN) doubles: non-negative values get the sign bit set, negative values have
    /// all bits flipped. `-0.0` is first turned into `+0.0` (`time + 0`), since the two compare equal.
    @inlinable @inline(__always)
    static func orderedBits(_ time: Double) -> UInt64 {
        let bits = (time + 0).bitPattern
        let mask = UInt64(bitPattern: Int64(bitPattern: bits) >> 63) | (1 << 63)
        return bits ^ mask
    }

    /// The full key `(time, priority, sequence)` as one integer: comparing two keys compiles to
    /// a compare and a subtract-with-borrow, with no data-dependent branch, which matters in a
    /// heap's sift-down where which child is smaller is a coin toss the branch predictor loses.
    @inlinable @inline(__always)
    var key: UInt128 { UInt128(timeKey) << 64 | UInt128(order) }

    /// Tie-breaker among events at the same time, lower first.
    @inlinable
    public var priority: Int { Int(order >> 48) &- 32768 }

    /// Scheduling order (FIFO among equal time and priority).
    @inlinable
    public var sequence: UInt64 { order & Self.maximumSequence }

    @inlinable
    public var token: EventToken { EventToken(sequence: sequence) }

    @inlinable @inline(__always)
    public func precedes(_ other: Event) -> Bool {
        key < other.key
    }
}

extension Event: Sendable where Payload: Sendable {}

extension Event: CustomStringConvertible {
    /// A compact rendering such as `Event(t: 12.5, priority: 0, #3, arrival(2))`, for debugging.
    public var description: String {
        "Event(t: \(time), priority: \(priority), #\(sequence), \(payload))"
    }
}
