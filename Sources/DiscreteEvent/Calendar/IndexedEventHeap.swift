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
    // Structure of arrays: the keys the sifts compare, 16 bytes each, apart from the owners they
    // move. Both arrays start 3 slots into a 64-byte aligned allocation, so the four children
    // `4i+1 ... 4i+4` of a node share one cache line of keys (and 16 bytes of owners): a level of
    // a sift reads one line instead of the two a 32-byte (key, owner) entry needs.
    @usableFromInline var keys: UnsafeMutablePointer<UInt128>
    @usableFromInline var owners: UnsafeMutablePointer<Int32>
    @usableFromInline var keyStorage: UnsafeMutableRawPointer
    @usableFromInline var ownerStorage: UnsafeMutableRawPointer
    @usableFromInline var capacity: Int
    /// Number of pending events.
    @usableFromInline var storedCount = 0
    /// `positions[owner]`: the owner's index in the heap, or -1.
    @usableFromInline var positions: UnsafeMutablePointer<Int32>
    @usableFromInline var ownerCapacity: Int

    /// An empty heap for owners `0..<ownerCapacity`.
    public init(ownerCapacity: Int = 16) {
        capacity = max(16, ownerCapacity)
        (keyStorage, keys) = Self.allocate(UInt128.self, capacity: capacity)
        (ownerStorage, owners) = Self.allocate(Int32.self, capacity: capacity)
        self.ownerCapacity = max(16, ownerCapacity)
        positions = .allocate(capacity: self.ownerCapacity)
        positions.initialize(repeating: -1, count: self.ownerCapacity)
    }

    deinit {
        keyStorage.deallocate()
        ownerStorage.deallocate()
        positions.deallocate()
    }

    /// Room for `capacity` elements starting 3 slots into a 64-byte aligned block (see above).
    static func allocate<T>(_ type: T.Type, capacity: Int) -> (UnsafeMutableRawPointer, UnsafeMutablePointer<T>) {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: (capacity + 3) * MemoryLayout<T>.stride, alignment: 64)
        return (raw, (raw + 3 * MemoryLayout<T>.stride).bindMemory(to: T.self, capacity: capacity))
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
        contains(owner) ? EventKey(bits: keys[Int(positions[owner])]) : nil
    }

    /// The earliest key, or ``EventKey/never`` when empty.
    @inlinable
    public var firstKey: EventKey { storedCount > 0 ? EventKey(bits: keys[0]) : .never }

    /// The owner of the earliest event (the heap must not be empty).
    @inlinable
    public var firstOwner: Int { Int(owners[0]) }

    /// Gives `owner` the pending event `key`, replacing the one it had.
    @inlinable
    public mutating func set(_ owner: Int, key: EventKey) {
        precondition(owner >= 0 && owner < ownerCapacity, "IndexedEventHeap: owner \(owner) out of range")
        let position = Int(positions[owner])
        if position < 0 {
            if storedCount == capacity { grow() }
            storedCount += 1
            siftUp(key.bits, Int32(owner), from: storedCount - 1)
        } else if key.bits < keys[position] {
            siftUp(key.bits, Int32(owner), from: position)
        } else {
            siftDown(key.bits, Int32(owner), from: position)
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
        let lastKey = keys[storedCount], lastOwner = owners[storedCount]
        if position > 0 && lastKey < keys[(position &- 1) >> 2] {
            siftUp(lastKey, lastOwner, from: position)
        } else {
            siftDown(lastKey, lastOwner, from: position)
        }
    }

    /// Removes the earliest event and returns its owner (the heap must not be empty).
    ///
    /// Bottom-up deletion (Wegener 1993), as ``QuaternaryEventHeap``: the hole at the root walks down
    /// along the earliest child to a leaf, then the last entry is sifted up from there (usually not
    /// far, since it is late); the earliest of four children is found with branch-free comparisons.
    @inlinable
    public mutating func removeFirst() -> Int {
        let owner = Int(owners[0])
        positions[owner] = -1
        storedCount -= 1
        let count = storedCount
        guard count > 0 else { return owner }
        let lastKey = keys[count], lastOwner = owners[count]
        var hole = 0
        var child = 1
        while child &+ 3 < count {
            let left = child &+ (keys[child &+ 1] < keys[child] ? 1 : 0)
            let right = child &+ 2 &+ (keys[child &+ 3] < keys[child &+ 2] ? 1 : 0)
            let best = keys[right] < keys[left] ? right : left
            place(keys[best], owners[best], at: hole)
            hole = best
            child = 4 &* hole &+ 1
        }
        if child < count {
            var best = child
            var next = child &+ 1
            while next < count {
                if keys[next] < keys[best] { best = next }
                next &+= 1
            }
            place(keys[best], owners[best], at: hole)
            hole = best
        }
        siftUp(lastKey, lastOwner, from: hole)
        return owner
    }

    @inlinable @inline(__always)
    mutating func place(_ key: UInt128, _ owner: Int32, at index: Int) {
        keys[index] = key
        owners[index] = owner
        positions[Int(owner)] = Int32(index)
    }

    @inlinable
    mutating func siftUp(_ key: UInt128, _ owner: Int32, from start: Int) {
        var hole = start
        while hole > 0 {
            let parent = (hole &- 1) >> 2
            guard key < keys[parent] else { break }
            place(keys[parent], owners[parent], at: hole)
            hole = parent
        }
        place(key, owner, at: hole)
    }

    @inlinable
    mutating func siftDown(_ key: UInt128, _ owner: Int32, from start: Int) {
        var hole = start
        while true {
            let child = 4 &* hole &+ 1
            guard child < storedCount else { break }
            var best = child
            let end = Swift.min(child &+ 4, storedCount)
            var next = child &+ 1
            while next < end {
                if keys[next] < keys[best] { best = next }
                next &+= 1
            }
            guard keys[best] < key else { break }
            place(keys[best], owners[best], at: hole)
            hole = best
        }
        place(key, owner, at: hole)
    }

    @usableFromInline
    mutating func grow() {
        let newCapacity = 2 * capacity
        let (newKeyStorage, newKeys) = Self.allocate(UInt128.self, capacity: newCapacity)
        let (newOwnerStorage, newOwners) = Self.allocate(Int32.self, capacity: newCapacity)
        newKeys.update(from: keys, count: storedCount)
        newOwners.update(from: owners, count: storedCount)
        keyStorage.deallocate()
        ownerStorage.deallocate()
        (keyStorage, keys, ownerStorage, owners) = (newKeyStorage, newKeys, newOwnerStorage, newOwners)
        capacity = newCapacity
    }
}
