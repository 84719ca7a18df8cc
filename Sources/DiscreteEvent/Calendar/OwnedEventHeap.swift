import GSL

/// A 4-ary min-heap of events of one priority that are never moved or cancelled once scheduled,
/// each with an owner: the session ends of agents holding one contact at a time, which are
/// scheduled when the session starts and happen exactly then.
///
/// Each entry is one 128-bit word, the event's time above its sequence number above its owner, so
/// words compare in event order and a level of a sift reads one cache line (the four children)
/// and writes nothing else. ``IndexedEventHeap`` can move and remove an owner's event in place, and
/// pays for it with an owner array and a position array written on every move: three cache lines
/// per level instead of one, which is what a large heap (tens of thousands of agents) costs most.
/// Merge with an ``EventCalendar`` through ``EventKey``: ``firstKey`` is the full key.
///
/// - Complexity: ``insert(_:key:)`` and ``removeFirst()`` O(log₄ n); ``firstKey`` O(1).
public struct OwnedEventHeap: ~Copyable {
    /// Owners are `0...maximumOwner` (2^26 - 1, about 67 million; a model has at most 10 million
    /// agents at its peak, and agents finishing their contacts after their shift add at most as many).
    public static var maximumOwner: Int { (1 << ownerBits) - 1 }
    /// Sequence numbers are at most 2^38 - 1, about 2.7 x 10^11 (a replication has at most 10^9
    /// contacts and schedules a few events for each).
    public static var maximumSequence: UInt64 { (1 << 38) - 1 }
    @usableFromInline static var ownerBits: Int { 26 }
    /// Up to this many entries (32 kB, a first-level data cache) the heap stays cached and
    /// ``removeFirst()`` prefetches nothing.
    @usableFromInline static var cachedEntries: Int { 2048 }

    /// The priority field of every key, `(priority + 32768) << 48`, as ``EventKey`` lays it out.
    @usableFromInline let priorityBits: UInt64
    /// `time bits << 64 | sequence << 26 | owner`; starts 3 slots into a 64-byte aligned block, so
    /// the children `4i+1 ... 4i+4` of a node share one cache line.
    @usableFromInline var entries: UnsafeMutablePointer<UInt128>
    @usableFromInline var storage: UnsafeMutableRawPointer
    @usableFromInline var capacity: Int
    @usableFromInline var storedCount = 0

    /// An empty heap whose events all have `priority`.
    public init(priority: Int, capacity: Int = 16) {
        priorityBits = UInt64(truncatingIfNeeded: priority &+ 32768) << 48
        self.capacity = max(16, capacity)
        (storage, entries) = Self.allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    static func allocate(capacity: Int) -> (UnsafeMutableRawPointer, UnsafeMutablePointer<UInt128>) {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: (capacity + 3) * 16, alignment: 64)
        return (raw, (raw + 3 * 16).bindMemory(to: UInt128.self, capacity: capacity))
    }

    /// Number of pending events.
    @inlinable public var count: Int { storedCount }

    /// Makes room for `n` pending events.
    public mutating func reserveCapacity(_ n: Int) {
        if n > capacity { grow(to: n) }
    }

    /// The key of the earliest event, or ``EventKey/never`` when empty.
    @inlinable
    public var firstKey: EventKey {
        guard storedCount > 0 else { return .never }
        let entry = entries[0]
        return EventKey(bits: (entry >> 64) << 64 | UInt128(priorityBits | UInt64(truncatingIfNeeded: entry) >> Self.ownerBits))
    }

    /// The owner of the earliest event (the heap must not be empty).
    @inlinable
    public var firstOwner: Int { Self.owner(of: entries[0]) }

    /// The owner of the second earliest event, or nil when there is none: the earliest of the
    /// root's children, so a model can prefetch what that event will read two events ahead.
    @inlinable
    public var secondOwner: Int? {
        guard storedCount > 1 else { return nil }
        return Self.owner(of: entries[earliest(in: 1..<min(5, storedCount))])
    }

    /// Schedules `owner`'s event at `key` (whose priority is the heap's).
    @inlinable
    public mutating func insert(_ owner: Int, key: EventKey) {
        let sequence = UInt64(truncatingIfNeeded: key.bits) & Event<Void>.maximumSequence
        precondition(owner >= 0 && owner <= Self.maximumOwner && sequence <= Self.maximumSequence
                     && UInt64(truncatingIfNeeded: key.bits) & ~Event<Void>.maximumSequence == priorityBits,
                     "OwnedEventHeap: owner \(owner), sequence \(sequence) or priority out of range")
        if storedCount == capacity { grow(to: 2 * capacity) }
        storedCount += 1
        siftUp((key.bits >> 64) << 64 | UInt128(sequence << Self.ownerBits | UInt64(owner)), from: storedCount - 1)
    }

    /// Removes the earliest event and returns its owner (the heap must not be empty).
    ///
    /// Bottom-up deletion (Wegener 1993), as ``QuaternaryEventHeap``: the hole at the root walks
    /// down along the earliest child to a leaf, then the last entry is sifted up from there. While
    /// it compares four children, the lines of their sixteen children are prefetched, so in a heap
    /// larger than the cache the walk waits for memory about once instead of once per level.
    @inlinable
    public mutating func removeFirst() -> Int {
        let owner = firstOwner
        storedCount -= 1
        let count = storedCount
        guard count > 0 else { return owner }
        let last = entries[count]
        var hole = 0
        var child = 1
        let prefetches = count > Self.cachedEntries
        while child &+ 3 < count {
            let grandchild = 4 &* child &+ 1
            if prefetches && grandchild < count {   // the next level's line is one of these four: load them while comparing
                let line = UnsafeRawPointer(entries + grandchild)
                prefetch(line)
                prefetch(line + 64)
                prefetch(line + 128)
                prefetch(line + 192)
            }
            let left = child &+ (entries[child &+ 1] < entries[child] ? 1 : 0)
            let right = child &+ 2 &+ (entries[child &+ 3] < entries[child &+ 2] ? 1 : 0)
            let best = entries[right] < entries[left] ? right : left
            entries[hole] = entries[best]
            hole = best
            child = 4 &* hole &+ 1
        }
        if child < count {
            let best = earliest(in: child..<count)
            entries[hole] = entries[best]
            hole = best
        }
        siftUp(last, from: hole)
        return owner
    }

    /// The owner bits of an entry.
    @inlinable @inline(__always)
    static func owner(of entry: UInt128) -> Int { Int(UInt64(truncatingIfNeeded: entry) & UInt64(maximumOwner)) }

    /// The index of the earliest entry in `range` (not empty).
    @inlinable @inline(__always)
    func earliest(in range: Range<Int>) -> Int {
        var best = range.lowerBound
        var next = best &+ 1
        while next < range.upperBound {
            if entries[next] < entries[best] { best = next }
            next &+= 1
        }
        return best
    }

    /// Moves the hole at `start` up past the entries later than `entry`, and puts `entry` there.
    @inlinable @inline(__always)
    mutating func siftUp(_ entry: UInt128, from start: Int) {
        var hole = start
        while hole > 0 {
            let parent = (hole &- 1) >> 2
            guard entry < entries[parent] else { break }
            entries[hole] = entries[parent]
            hole = parent
        }
        entries[hole] = entry
    }

    @usableFromInline
    mutating func grow(to newCapacity: Int) {
        let (newStorage, newEntries) = Self.allocate(capacity: newCapacity)
        newEntries.update(from: entries, count: storedCount)
        storage.deallocate()
        (storage, entries, capacity) = (newStorage, newEntries, newCapacity)
    }
}
