import DiscreteEvent
import HeapModule

/// An ``EventHeap`` backed by swift-collections' `Heap` (a min-max heap, Atkinson et al.,
/// "Min-max heaps and generalized priority queues", CACM 1986).
///
/// Kept as the well-tested reference implementation and as the baseline for
/// ``HeapBenchmark``; DiscreteEvent's `QuaternaryEventHeap` is the simulator's heap because it
/// measured faster on the hold workload (a min-max heap also pays for a `max` it never uses).
/// This target (`ccsim-bench`) is the only one that depends on swift-collections.
public struct CollectionsEventHeap<Payload>: EventHeap {
    /// Orders events by their `(time, priority, sequence)` key only, as `Heap` requires
    /// `Comparable`; kept internal so `Event` itself does not claim a payload-blind `==`.
    @usableFromInline
    struct Entry: Comparable {
        @usableFromInline let event: Event<Payload>

        @inlinable init(_ event: Event<Payload>) { self.event = event }

        @inlinable static func < (lhs: Entry, rhs: Entry) -> Bool { lhs.event.precedes(rhs.event) }

        @inlinable static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.event.time == rhs.event.time && lhs.event.priority == rhs.event.priority
                && lhs.event.sequence == rhs.event.sequence
        }
    }

    @usableFromInline var heap: Heap<Entry>

    /// Creates an empty heap.
    @inlinable
    public init() { heap = Heap() }

    /// Number of events stored.
    @inlinable
    public var count: Int { heap.count }

    /// The earliest event, or `nil` when empty.
    @inlinable
    public var first: Event<Payload>? { heap.min?.event }

    /// Reserves room for at least `capacity` events.
    @inlinable
    public mutating func reserveCapacity(_ capacity: Int) { heap.reserveCapacity(capacity) }

    /// Adds an event.
    @inlinable
    public mutating func insert(_ event: Event<Payload>) { heap.insert(Entry(event)) }

    /// Removes and returns the earliest event.
    @inlinable
    public mutating func removeFirst() -> Event<Payload>? { heap.popMin()?.event }

    /// Whether an event with this sequence number is stored (linear scan, for assertions).
    public func contains(sequence: UInt64) -> Bool {
        heap.unordered.contains { $0.event.sequence == sequence }
    }
}

extension CollectionsEventHeap.Entry: Sendable where Payload: Sendable {}
extension CollectionsEventHeap: Sendable where Payload: Sendable {}
