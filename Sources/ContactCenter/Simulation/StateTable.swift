#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable array of plain values in one manually managed buffer: the hot state of one
/// replication (agents, contacts, chat sessions, per-channel counters).
///
/// Why not `[Element]`: every element mutation of a Swift array held in the simulation's struct
/// first asks the runtime whether the buffer is uniquely referenced (copy-on-write) and then
/// bounds-checks the index; at several mutations per event this was about a fifth of the run
/// time. A table is owned by exactly one replication on one thread and is never copied
/// (`~Copyable`), so neither check can fail: elements are addressed in place, indices are
/// checked by `assert` (debug builds only), and the buffer is freed in `deinit`.
///
/// The buffer is 64-byte aligned, so records whose size divides 64 or is a multiple of it (agents,
/// 32 bytes; contacts, 128) never straddle more cache lines than they must.
///
/// - Complexity: subscript O(1); `append` amortised O(1).
struct StateTable<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    /// An empty table with room for `capacity` elements.
    init(capacity: Int = 0) {
        self.capacity = Swift.max(1, capacity)
        base = Self.allocateStorage(self.capacity)
    }

    /// A table of `count` copies of `element`.
    init(repeating element: Element, count: Int) {
        self.init(capacity: count)
        base.initialize(repeating: element, count: count)
        self.count = count
    }

    /// A table holding the elements of `array`, in order.
    init(_ array: [Element]) {
        self.init(capacity: array.count)
        for element in array { append(element) }
    }

    deinit {
        base.deinitialize(count: count)
        free(base)
    }

    private static func allocateStorage(_ capacity: Int) -> UnsafeMutablePointer<Element> {
        assert(MemoryLayout<Element>.alignment <= 64, "StateTable: storage is aligned to 64 bytes")
        var bytes = Swift.max(64, capacity * MemoryLayout<Element>.stride)
        // A table of a megabyte or more (the contacts and agents of a large center) is backed by
        // 2 MB pages where the kernel allows it: far fewer TLB misses when rows are reached at
        // random, and cache placement that no longer depends on which 4 kB pages the process got.
        let hugePage = 2 << 20
        let huge = bytes >= hugePage / 2
        if huge { bytes = (bytes + hugePage - 1) / hugePage * hugePage }
        var raw: UnsafeMutableRawPointer?
        guard posix_memalign(&raw, huge ? hugePage : 64, bytes) == 0, let raw else {
            fatalError("StateTable: out of memory")
        }
        #if os(Linux)
        if huge { _ = madvise(raw, bytes, 14) }   // MADV_HUGEPAGE; a refusal leaves 4 kB pages
        #endif
        return raw.bindMemory(to: Element.self, capacity: capacity)
    }

    var isEmpty: Bool { count == 0 }

    /// `0..<count`.
    var indices: Range<Int> { 0..<count }

    subscript(index: Int) -> Element {
        unsafeAddress {
            assert(index >= 0 && index < count, "StateTable: index \(index) out of 0..<\(count)")
            return UnsafePointer(base + index)
        }
        unsafeMutableAddress {
            assert(index >= 0 && index < count, "StateTable: index \(index) out of 0..<\(count)")
            return base + index
        }
    }

    /// The address of element `index` (for types that forward their subscript to a table).
    func withAddress(of index: Int) -> UnsafePointer<Element> {
        assert(index >= 0 && index < count, "StateTable: index \(index) out of 0..<\(count)")
        return UnsafePointer(base + index)
    }

    mutating func withMutableAddress(of index: Int) -> UnsafeMutablePointer<Element> {
        assert(index >= 0 && index < count, "StateTable: index \(index) out of 0..<\(count)")
        return base + index
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow(to: 2 * capacity) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Appends `count` copies of `element`.
    mutating func append(repeating element: Element, count added: Int) {
        if count + added > capacity { grow(to: Swift.max(2 * capacity, count + added)) }
        (base + count).initialize(repeating: element, count: added)
        count += added
    }

    /// Removes and returns the last element, or nil when empty.
    mutating func popLast() -> Element? {
        guard count > 0 else { return nil }
        count -= 1
        return (base + count).move()
    }

    mutating func reserveCapacity(_ minimum: Int) {
        if minimum > capacity { grow(to: minimum) }
    }

    /// The elements as an array (to hand results out of the replication).
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

    private mutating func grow(to newCapacity: Int) {
        let newBase = Self.allocateStorage(newCapacity)
        newBase.moveInitialize(from: base, count: count)
        free(base)
        base = newBase
        capacity = newCapacity
    }
}
