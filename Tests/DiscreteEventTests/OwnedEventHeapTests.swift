import XCTest
@testable import DiscreteEvent

/// The owned heap against a plain list of pending events under random inserts and pops: keys with
/// equal times (ordered by sequence), owners up to the largest, sequences up to the largest, growth.
final class OwnedEventHeapTests: XCTestCase {
    func test_randomOperations_matchAReference() {
        let priority = 1
        var heap = OwnedEventHeap(priority: priority)
        var reference: [(key: EventKey, owner: Int)] = []
        var seed: UInt64 = 987_654_321
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var sequence = OwnedEventHeap.maximumSequence - 40_000   // the top of the range is reached
        for step in 0..<30_000 {
            if next(20) < 11 {
                sequence += 1
                let owner = next(4) == 0 ? OwnedEventHeap.maximumOwner - next(100) : next(5000)
                let key = EventKey(time: Double(next(500)) / 4, priority: priority, sequence: sequence)
                heap.insert(owner, key: key)
                reference.append((key, owner))
            } else {
                guard let index = reference.indices.min(by: { reference[$0].key < reference[$1].key }) else {
                    XCTAssertEqual(heap.count, 0)
                    XCTAssertEqual(heap.firstKey, .never)
                    continue
                }
                XCTAssertEqual(heap.firstKey, reference[index].key, "step \(step)")
                let second = reference.indices.filter { $0 != index }.min { reference[$0].key < reference[$1].key }
                XCTAssertEqual(heap.secondOwner, second.map { reference[$0].owner }, "step \(step)")
                XCTAssertEqual(heap.removeFirst(), reference[index].owner, "step \(step)")
                reference.remove(at: index)
            }
            XCTAssertEqual(heap.count, reference.count)
        }
        XCTAssertGreaterThan(sequence, OwnedEventHeap.maximumSequence - 30_000)
        XCTAssertGreaterThan(reference.count, 1000)   // deep enough for several levels
    }

    func test_firstKey_isTheFullEventKey() {
        var heap = OwnedEventHeap(priority: -3)
        let key = EventKey(time: 12.25, priority: -3, sequence: 41)
        heap.insert(7, key: key)
        XCTAssertEqual(heap.firstKey, key)
        XCTAssertEqual(heap.firstKey.time, 12.25)
        XCTAssertEqual(heap.firstKey.priority, -3)
        XCTAssertEqual(heap.removeFirst(), 7)
        XCTAssertEqual(heap.firstKey, .never)
    }
}
