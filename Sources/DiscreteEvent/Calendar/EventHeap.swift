/// The priority queue an ``EventCalendar`` keeps its pending events in.
///
/// Conforming types order ``Event`` values by ``Event/precedes(_:)`` (smallest
/// `(time, priority, sequence)` first). The module ships one, ``QuaternaryEventHeap`` (a
/// hand-written 4-ary array heap); the protocol lets the benchmarks (`ccsim-bench heap`,
/// Sources/ccsim-bench) run alternatives — a binary heap, swift-collections' min-max `Heap` —
/// through the same ``EventCalendar`` to measure them against it.
public protocol EventHeap {
    /// The model data each event carries.
    associatedtype Payload

    /// Creates an empty heap.
    init()

    /// Number of events stored.
    var count: Int { get }

    /// The event that ``removeFirst()`` would return, or `nil` when empty.
    var first: Event<Payload>? { get }

    /// Adds an event.
    mutating func insert(_ event: Event<Payload>)

    /// Removes and returns the event that precedes all others, or `nil` when empty.
    mutating func removeFirst() -> Event<Payload>?

    /// Reserves room for at least `capacity` events, so a steady-state run does not reallocate.
    mutating func reserveCapacity(_ capacity: Int)

    /// Whether an event with this sequence number is stored.
    ///
    /// - Complexity: O(n). Used only by debug-build assertions, never on the hot path.
    func contains(sequence: UInt64) -> Bool
}
