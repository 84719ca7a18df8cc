import DiscreteEvent

/// A binary min-heap of events with bottom-up deletion (Wegener 1993, "BOTTOM-UP-HEAPSORT",
/// Theor. Comput. Sci. 118): `removeFirst` walks the hole down along the smaller children to a
/// leaf with one comparison per level, then sifts the last element up from there, which is
/// usually only a step or two because the last element is large. For the event lists of
/// queueing simulations, where the removed event is the earliest and insertions land near
/// the bottom, this does fewer comparisons than a 4-ary heap. The earlier child is chosen
/// with a branch-free comparison of the packed 128-bit key (``Event/precedes(_:)``): which child is
/// earlier is a coin toss, and a mispredicted branch per level cost more than the comparisons.
/// (With the same trick, `QuaternaryEventHeap` measured slightly faster in ccsim's simulator.)
/// An alternative measured by `ccsim-bench heap`, not used by the simulator.
///
/// - Complexity: `insert` O(log n) (usually O(1)), `removeFirst` O(log n).
public struct BinaryEventHeap<Payload>: EventHeap {
    @usableFromInline var storage: [Event<Payload>]

    @inlinable
    public init() { storage = [] }

    @inlinable
    public var count: Int { storage.count }

    @inlinable
    public var first: Event<Payload>? { storage.first }

    @inlinable
    public mutating func reserveCapacity(_ capacity: Int) { storage.reserveCapacity(capacity) }

    @inlinable
    public mutating func insert(_ event: Event<Payload>) {
        storage.append(event)
        storage.withUnsafeMutableBufferPointer { heap in
            var hole = heap.count &- 1
            while hole > 0 {
                let parent = (hole &- 1) >> 1
                guard event.precedes(heap[parent]) else { break }
                heap[hole] = heap[parent]
                hole = parent
            }
            heap[hole] = event
        }
    }

    @inlinable
    public mutating func removeFirst() -> Event<Payload>? {
        guard let last = storage.popLast() else { return nil }
        if storage.isEmpty { return last }
        return storage.withUnsafeMutableBufferPointer { heap in
            let top = heap[0]
            let count = heap.count
            var hole = 0
            var child = 1
            while child &+ 1 < count {
                // Branch-free choice of the earlier child (a select on a 128-bit compare).
                child &+= heap[child &+ 1].precedes(heap[child]) ? 1 : 0
                heap[hole] = heap[child]
                hole = child
                child = 2 &* hole &+ 1
            }
            if child < count {
                heap[hole] = heap[child]
                hole = child
            }
            while hole > 0 {
                let parent = (hole &- 1) >> 1
                guard last.precedes(heap[parent]) else { break }
                heap[hole] = heap[parent]
                hole = parent
            }
            heap[hole] = last
            return top
        }
    }

    /// Whether an event with this sequence number is stored (linear scan, for assertions).
    public func contains(sequence: UInt64) -> Bool {
        storage.contains { $0.sequence == sequence }
    }
}

extension BinaryEventHeap: Sendable where Payload: Sendable {}
