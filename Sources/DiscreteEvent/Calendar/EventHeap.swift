/// The priority queue an ``EventCalendar`` keeps its pending events in.
///
/// Conforming types order ``Event`` values by ``Event/precedes(_:)`` (smallest
/// `(time, priority, sequence)` first). Two implementations ship with the module so they
/// can be measured against each other with ``HeapBenchmark``:
/// ``QuaternaryEventHeap`` (hand-written 4-ary array heap, the default) and
/// ``CollectionsEventHeap`` (swift-collections' min-max `Heap`).
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
