/// A model driven by an ``EventCalendar``: it owns the calendar and its state, and
/// handles one event at a time; the engine only decides the order.
///
/// Conform with a `struct` (or `final class`) that stores a calendar and implements
/// ``handle(_:)``; ``run(until:)`` and ``step()`` come for free. The handler schedules
/// follow-up events on `calendar` itself. This is SimPy's `Environment.step`/`run`
/// (`simpy/core.py`) without processes or generators.
///
/// ```swift
/// struct Ticker: Simulation {
///     var calendar = DefaultEventCalendar<Int>()
///     var ticks = 0
///     mutating func handle(_ event: Event<Int>) {
///         ticks += 1
///         calendar.schedule(after: 1, payload: event.payload + 1)
///     }
/// }
/// var ticker = Ticker()
/// ticker.calendar.schedule(at: 0, payload: 0)
/// ticker.run(until: 9.5)   // handles t = 0...9; ticker.calendar.now == 9.5
/// ```
public protocol Simulation {
    /// The priority queue behind the calendar (usually ``QuaternaryEventHeap``).
    associatedtype Storage: EventHeap

    /// The model's future-event list.
    var calendar: EventCalendar<Storage> { get set }

    /// Reacts to one event; ``EventCalendar/now`` already equals `event.time`.
    mutating func handle(_ event: Event<Storage.Payload>)
}

extension Simulation {
    /// Pops and handles events in order while the next event's time is `<= end`, then
    /// advances the clock to `end`. Events after `end` stay scheduled, so consecutive
    /// calls continue seamlessly. Returns the number of events handled.
    ///
    /// Unlike SimPy, whose `run(until:)` leaves events *at* `until` unprocessed, events at
    /// exactly `end` are handled here; use a slightly smaller `end` for the other convention.
    @inlinable @discardableResult
    public mutating func run(until end: Double) -> Int {
        precondition(end >= calendar.now, "Simulation: cannot run until \(end), now is \(calendar.now)")
        var handled = 0
        while let next = calendar.next, next.time <= end {
            let event = calendar.popNext()!
            handle(event)
            handled += 1
        }
        calendar.advance(to: end)
        return handled
    }

    /// Pops and handles every pending event until the calendar is empty. Returns the
    /// number handled. The model must stop scheduling eventually, or this never returns.
    @inlinable @discardableResult
    public mutating func runToCompletion() -> Int {
        var handled = 0
        while step() { handled += 1 }
        return handled
    }

    /// Handles the next event, if any; returns `false` when the calendar is empty.
    @inlinable @discardableResult
    public mutating func step() -> Bool {
        guard let event = calendar.popNext() else { return false }
        handle(event)
        return true
    }
}
