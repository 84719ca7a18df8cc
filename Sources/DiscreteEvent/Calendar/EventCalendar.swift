/// The future-event list of a discrete-event simulation: a clock plus a priority queue of
/// pending ``Event`` values, popped in `(time, priority, sequence)` order.
///
/// The calendar knows nothing about what events mean; a model owns its event `enum`
/// (the `Payload`) and its state, and asks the calendar only for ordering — the SimPy
/// design (`simpy/core.py`: `schedule`, `step`, `peek`). Events with the same time are
/// processed by ascending `priority`, then first-scheduled-first (FIFO), so a run is
/// reproducible bit for bit.
///
/// ```swift
/// enum Arrival { case customer(id: Int) }
/// var calendar = DefaultEventCalendar<Arrival>()
/// calendar.schedule(at: 1.5, payload: .customer(id: 1))
/// while let event = calendar.popNext() { print(calendar.now, event.payload) }
/// ```
///
/// **Cancellation** is lazy: ``cancel(_:)`` records the event's ``EventToken`` in a set,
/// and the cancelled event is discarded when it reaches the top of the heap (the top is
/// never a cancelled event, so ``next`` and ``popNext()`` never return one). A token may
/// be cancelled only while its event is pending; cancelling an event that was already
/// popped or cancelled is a programming error, caught by an O(n) assertion in debug builds
/// (in release builds it would make ``count`` overstate until the calendar empties). Models
/// that cancel very often can instead use a *generation* scheme at zero cost to the
/// calendar: put a generation counter in the payload, bump the counter in the model's
/// state to invalidate, and ignore events whose generation is stale when they pop.
///
/// - Complexity: ``schedule(at:priority:payload:)`` and ``popNext()`` are O(log n) with
///   no allocation once the heap has grown (see ``reserveCapacity(_:)``).
public struct EventCalendar<Storage: EventHeap> {
    /// The model's event type.
    public typealias Payload = Storage.Payload

    @usableFromInline var heap: Storage
    @usableFromInline var cancelled: Set<UInt64> = []
    @usableFromInline var nextSequence: UInt64 = 0
    @usableFromInline var clock: Double

    /// Creates an empty calendar whose clock reads `startTime`.
    @inlinable
    public init(startTime: Double = 0) {
        precondition(startTime.isFinite, "EventCalendar: start time must be finite")
        heap = Storage()
        clock = startTime
    }

    /// The current simulated time: the time of the last popped event (or the start time,
    /// or the time given to ``advance(to:)``). It never decreases.
    @inlinable
    public var now: Double { clock }

    /// Number of pending (scheduled, not yet popped, not cancelled) events.
    @inlinable
    public var count: Int { heap.count - cancelled.count }

    /// Whether no event is pending.
    @inlinable
    public var isEmpty: Bool { count == 0 }

    /// The event ``popNext()`` would return, without removing it; `nil` when empty.
    @inlinable
    public var next: Event<Payload>? { heap.first }

    /// Hands out the next scheduling sequence number without scheduling anything, for events a
    /// model keeps outside the calendar (see ``EventKey``): their keys then interleave with the
    /// calendar's events exactly as if they had been scheduled here.
    @inlinable
    public mutating func takeSequence() -> UInt64 {
        let sequence = nextSequence
        nextSequence &+= 1
        return sequence
    }

    /// Reserves room for `capacity` pending events, so the run does not reallocate.
    @inlinable
    public mutating func reserveCapacity(_ capacity: Int) { heap.reserveCapacity(capacity) }

    /// Schedules `payload` to occur at absolute time `time` and returns a token that can
    /// cancel it.
    ///
    /// - Parameters:
    ///   - time: when the event occurs; must be finite and not earlier than ``now``.
    ///   - priority: tie-breaker among events at the same time, lower first (default 0).
    ///   - payload: the model's event data.
    /// - Complexity: O(log n).
    @inlinable @discardableResult
    public mutating func schedule(at time: Double, priority: Int = 0, payload: Payload) -> EventToken {
        precondition(time >= clock && time.isFinite,
                     "EventCalendar: cannot schedule at \(time), now is \(clock)")
        let sequence = nextSequence
        nextSequence &+= 1
        heap.insert(Event(time: time, priority: priority, sequence: sequence, payload: payload))
        return EventToken(sequence: sequence)
    }

    /// Schedules `payload` to occur `delay` time units from ``now``.
    ///
    /// - Parameter delay: non-negative and finite.
    /// - Complexity: O(log n).
    @inlinable @discardableResult
    public mutating func schedule(after delay: Double, priority: Int = 0, payload: Payload) -> EventToken {
        precondition(delay >= 0, "EventCalendar: delay \(delay) must be >= 0")
        return schedule(at: clock + delay, priority: priority, payload: payload)
    }

    /// Removes the next event, advances ``now`` to its time and returns it; `nil` when
    /// no event is pending (the clock is then left unchanged).
    ///
    /// - Complexity: O(log n), plus O(log n) per cancelled event discarded on the way.
    @inlinable
    public mutating func popNext() -> Event<Payload>? {
        guard let event = heap.removeFirst() else { return nil }
        clock = event.time
        if !cancelled.isEmpty { discardCancelledTop() }
        return event
    }

    /// Cancels a pending event so it is never returned. Returns `false`, doing nothing, for
    /// a token this calendar never issued (or one whose cancellation is still recorded).
    ///
    /// - Precondition: the event is pending — scheduled, not yet popped, not already
    ///   cancelled (checked by an O(n) assertion in debug builds only).
    /// - Complexity: O(1) amortised, plus O(log n) if the event is at the top.
    @inlinable @discardableResult
    public mutating func cancel(_ token: EventToken) -> Bool {
        guard token.sequence < nextSequence else { return false }
        assert(heap.contains(sequence: token.sequence),
               "EventCalendar: cancelled event #\(token.sequence) is not pending")
        guard cancelled.insert(token.sequence).inserted else { return false }
        discardCancelledTop()
        return true
    }

    /// Moves the clock forward to `time` without processing events, e.g. to the end of a
    /// run. `time` must not be earlier than ``now`` nor later than the next pending event.
    @inlinable
    public mutating func advance(to time: Double) {
        precondition(time >= clock && time.isFinite, "EventCalendar: cannot move clock back to \(time)")
        precondition(heap.first.map { $0.time >= time } ?? true,
                     "EventCalendar: cannot advance past the next pending event")
        clock = time
    }

    /// Removes cancelled events from the top, restoring "the top is never cancelled"; an
    /// empty heap also drops any stale cancellation records (see the type's documentation).
    @inlinable
    mutating func discardCancelledTop() {
        while let top = heap.first, cancelled.contains(top.sequence) {
            cancelled.remove(top.sequence)
            _ = heap.removeFirst()
        }
        if heap.count == 0 && !cancelled.isEmpty { cancelled.removeAll(keepingCapacity: true) }
    }
}

extension EventCalendar: Sendable where Storage: Sendable {}

/// The calendar to use unless a benchmark says otherwise: backed by ``QuaternaryEventHeap``,
/// which measured faster than a binary heap and swift-collections' `Heap` on the hold workload
/// (`ccsim-bench heap`).
public typealias DefaultEventCalendar<Payload> = EventCalendar<QuaternaryEventHeap<Payload>>
