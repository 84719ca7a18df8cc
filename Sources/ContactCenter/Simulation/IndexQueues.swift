/// Double-ended queues of indices (agents, contacts), one per group or channel: the idle lists
/// and the waiting queues of a replication.
///
/// Each queue is a ring buffer whose capacity is a power of two. Like ``StateTable`` it is
/// owned by one replication (`~Copyable`), so pushing and popping involve no copy-on-write
/// check and no reference counting, which a `[Deque<Int32>]` pays on every access.
///
/// - Complexity: `first`, `count`, `append`, `removeFirst`, `popLast` O(1) (amortised for
///   `append`); `remove(_:from:)` O(n), O(1) when the value is at the front.
struct IndexQueues: ~Copyable {
    private struct Ring {
        var buffer: UnsafeMutablePointer<Int32>
        var head = 0
        var count = 0
        /// A power of two.
        var capacity: Int
    }

    private var rings: StateTable<Ring>

    /// `count` empty queues.
    init(count: Int) {
        rings = StateTable(capacity: count)
        for _ in 0..<count { rings.append(Ring(buffer: .allocate(capacity: 16), capacity: 16)) }
    }

    deinit {
        for q in rings.indices { rings[q].buffer.deallocate() }
    }

    /// Number of indices in queue `q`.
    func count(_ q: Int) -> Int { rings[q].count }

    /// The front of queue `q`, or nil when it is empty.
    func first(_ q: Int) -> Int32? {
        let ring = rings[q]
        return ring.count > 0 ? ring.buffer[ring.head] : nil
    }

    /// The element after the front of queue `q`, or nil when it has fewer than two.
    func second(_ q: Int) -> Int32? {
        let ring = rings[q]
        return ring.count > 1 ? ring.buffer[(ring.head + 1) & (ring.capacity - 1)] : nil
    }

    /// Adds `value` at the back of queue `q`.
    mutating func append(_ value: Int32, to q: Int) {
        if rings[q].count == rings[q].capacity { grow(q) }
        let ring = rings[q]
        ring.buffer[(ring.head + ring.count) & (ring.capacity - 1)] = value
        rings[q].count += 1
    }

    /// Removes and returns the front of queue `q`, or nil when it is empty.
    @discardableResult
    mutating func removeFirst(from q: Int) -> Int32? {
        let ring = rings[q]
        guard ring.count > 0 else { return nil }
        rings[q].head = (ring.head + 1) & (ring.capacity - 1)
        rings[q].count -= 1
        return ring.buffer[ring.head]
    }

    /// Removes and returns the back of queue `q`, or nil when it is empty.
    mutating func popLast(from q: Int) -> Int32? {
        let ring = rings[q]
        guard ring.count > 0 else { return nil }
        rings[q].count -= 1
        return ring.buffer[(ring.head + ring.count - 1) & (ring.capacity - 1)]
    }

    /// Removes the first occurrence of `value` from queue `q`, keeping the order of the others.
    mutating func remove(_ value: Int32, from q: Int) {
        let ring = rings[q]
        if ring.count > 0 && ring.buffer[ring.head] == value {   // the usual case: the longest idle agent
            removeFirst(from: q)
            return
        }
        let mask = ring.capacity - 1
        guard let k = (0..<ring.count).first(where: { ring.buffer[(ring.head + $0) & mask] == value }) else { return }
        if k == 0 {
            removeFirst(from: q)
            return
        }
        for j in k..<(ring.count - 1) {
            ring.buffer[(ring.head + j) & mask] = ring.buffer[(ring.head + j + 1) & mask]
        }
        rings[q].count -= 1
    }

    private mutating func grow(_ q: Int) {
        let ring = rings[q]
        let capacity = 2 * ring.capacity
        let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        for j in 0..<ring.count { buffer[j] = ring.buffer[(ring.head + j) & (ring.capacity - 1)] }
        ring.buffer.deallocate()
        rings[q] = Ring(buffer: buffer, head: 0, count: ring.count, capacity: capacity)
    }
}

/// Lists of values (one per channel or group) stored back to back in one array, so walking a
/// list costs no reference counting (iterating `lists[i]` of a `[[Element]]` retains the inner array).
struct PackedLists<Element> {
    private let elements: [Element]
    private let starts: [Int]

    init(_ lists: [[Element]]) {
        elements = lists.flatMap { $0 }
        var starts = [0]
        for list in lists { starts.append(starts[starts.count - 1] + list.count) }
        self.starts = starts
    }

    /// The positions of list `i`'s elements, for ``subscript(_:)``.
    func positions(of i: Int) -> Range<Int> { starts[i]..<starts[i + 1] }

    subscript(position: Int) -> Element { elements[position] }

    /// Whether some element of list `i` satisfies `predicate`.
    func contains(in i: Int, where predicate: (Element) -> Bool) -> Bool {
        positions(of: i).contains { predicate(elements[$0]) }
    }
}
