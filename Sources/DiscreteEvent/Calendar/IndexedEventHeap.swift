/// A 4-ary min-heap of pending events keyed by an *owner* (an agent, a waiting contact): each
/// owner has at most one pending event, whose key can be changed or removed in place.
///
/// Where a model would otherwise schedule a new event and leave the old one in the calendar to be
/// skipped when it pops (lazy deletion), it keeps one entry per owner here and updates it: a chat
/// agent's next session end moves whenever a session starts or ends, and a waiting contact's
/// patience timer goes when the contact is answered. Stale events then cost nothing, at the price
/// of one position array write per heap move. Merge with an ``EventCalendar`` through ``EventKey``.
///
/// Owners are indices `0..<ownerCapacity` (grown with ``reserveOwners(_:)``).
///
/// - Complexity: ``set(_:key:)``, ``remove(_:)`` and ``removeFirst()`` O(log₄ n); ``firstKey`` O(1).
public struct IndexedEventHeap: ~Copyable {
    @usableFromInline struct Entry {
        @usableFromInline var key: UInt128
        @usableFromInline var owner: Int32

        @inlinable init(key: UInt128, owner: Int32) {
            self.key = key
            self.owner = owner
        }
    }

    @usableFromInline var entries: UnsafeMutablePointer<Entry>
    @usableFromInline var capacity: Int
    /// Number of pending events.
    @usableFromInline var storedCount = 0
    /// `positions[owner]`: the owner's index in `entries`, or -1.
    @usableFromInline var positions: UnsafeMutablePointer<Int32>
    @usableFromInline var ownerCapacity: Int

    /// An empty heap for owners `0..<ownerCapacity`.
    public init(ownerCapacity: Int = 16) {
        capacity = max(16, ownerCapacity)
        entries = .allocate(capacity: capacity)
        self.ownerCapacity = max(16, ownerCapacity)
        positions = .allocate(capacity: self.ownerCapacity)
        positions.initialize(repeating: -1, count: self.ownerCapacity)
    }

    deinit {
        entries.deallocate()
        positions.deallocate()
    }

    /// Number of pending events.
    @inlinable public var count: Int { storedCount }

    /// Makes room for owners `0..<n`.
    public mutating func reserveOwners(_ n: Int) {
        guard n > ownerCapacity else { return }
        let newCapacity = max(n, 2 * ownerCapacity)
        let grown = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
        grown.update(from: positions, count: ownerCapacity)
        (grown + ownerCapacity).initialize(repeating: -1, count: newCapacity - ownerCapacity)
        positions.deallocate()
        positions = grown
        ownerCapacity = newCapacity
    }

    /// Whether `owner` has a pending event.
    @inlinable
    public func contains(_ owner: Int) -> Bool { owner < ownerCapacity && positions[owner] >= 0 }

    /// The key of `owner`'s pending event.
    @inlinable
    public func key(of owner: Int) -> EventKey? {
        contains(owner) ? EventKey(bits: entries[Int(positions[owner])].key) : nil
    }

    /// The earliest key, or ``EventKey/never`` when empty.
    @inlinable
    public var firstKey: EventKey { storedCount > 0 ? EventKey(bits: entries[0].key) : .never }

    /// The owner of the earliest event (the heap must not be empty).
    @inlinable
    public var firstOwner: Int { Int(entries[0].owner) }

    /// Gives `owner` the pending event `key`, replacing the one it had.
    @inlinable
    public mutating func set(_ owner: Int, key: EventKey) {
        precondition(owner >= 0 && owner < ownerCapacity, "IndexedEventHeap: owner \(owner) out of range")
        let position = Int(positions[owner])
        if position < 0 {
            if storedCount == capacity { grow() }
            storedCount += 1
            siftUp(Entry(key: key.bits, owner: Int32(owner)), from: storedCount - 1)
        } else if key.bits < entries[position].key {
            siftUp(Entry(key: key.bits, owner: Int32(owner)), from: position)
        } else {
            siftDown(Entry(key: key.bits, owner: Int32(owner)), from: position)
        }
    }

    /// Removes `owner`'s pending event, if any.
    @inlinable
    public mutating func remove(_ owner: Int) {
        guard contains(owner) else { return }
        let position = Int(positions[owner])
        positions[owner] = -1
        storedCount -= 1
        guard position < storedCount else { return }
        let last = entries[storedCount]
        if position > 0 && last.key < entries[(position &- 1) >> 2].key {
            siftUp(last, from: position)
        } else {
            siftDown(last, from: position)
        }
    }

    /// Removes the earliest event and returns its owner (the heap must not be empty).
    ///
    /// Bottom-up deletion (Wegener 1993), as ``QuaternaryEventHeap``: the hole at the root walks down
    /// along the earliest child to a leaf, then the last entry is sifted up from there (usually not
    /// far, since it is late); the earliest of four children is found with branch-free comparisons.
    @inlinable
    public mutating func removeFirst() -> Int {
        let owner = Int(entries[0].owner)
        positions[owner] = -1
        storedCount -= 1
        let count = storedCount
        guard count > 0 else { return owner }
        let last = entries[count]
        var hole = 0
        var child = 1
        while child &+ 3 < count {
            let left = child &+ (entries[child &+ 1].key < entries[child].key ? 1 : 0)
            let right = child &+ 2 &+ (entries[child &+ 3].key < entries[child &+ 2].key ? 1 : 0)
            let best = entries[right].key < entries[left].key ? right : left
            place(entries[best], at: hole)
            hole = best
            child = 4 &* hole &+ 1
        }
        if child < count {
            var best = child
            var next = child &+ 1
            while next < count {
                if entries[next].key < entries[best].key { best = next }
                next &+= 1
            }
            place(entries[best], at: hole)
            hole = best
        }
        siftUp(last, from: hole)
        return owner
    }

    @inlinable @inline(__always)
    mutating func place(_ entry: Entry, at index: Int) {
        entries[index] = entry
        positions[Int(entry.owner)] = Int32(index)
    }

    @inlinable
    mutating func siftUp(_ entry: Entry, from start: Int) {
        var hole = start
        while hole > 0 {
            let parent = (hole &- 1) >> 2
            guard entry.key < entries[parent].key else { break }
            place(entries[parent], at: hole)
            hole = parent
        }
        place(entry, at: hole)
    }

    @inlinable
    mutating func siftDown(_ entry: Entry, from start: Int) {
        var hole = start
        while true {
            let child = 4 &* hole &+ 1
            guard child < storedCount else { break }
            var best = child
            let end = Swift.min(child &+ 4, storedCount)
            var next = child &+ 1
            while next < end {
                if entries[next].key < entries[best].key { best = next }
                next &+= 1
            }
            guard entries[best].key < entry.key else { break }
            place(entries[best], at: hole)
            hole = best
        }
        place(entry, at: hole)
    }

    @usableFromInline
    mutating func grow() {
        let newCapacity = 2 * capacity
        let grown = UnsafeMutablePointer<Entry>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: entries, count: storedCount)
        entries.deallocate()
        entries = grown
        capacity = newCapacity
    }
}
