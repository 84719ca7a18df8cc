import XCTest
@testable import DiscreteEvent

/// The indexed heap against a plain dictionary of pending events under random operations:
/// setting, moving and removing owners' events, and popping the earliest.
final class IndexedEventHeapTests: XCTestCase {
    func test_randomOperations_matchAReference() {
        var heap = IndexedEventHeap(ownerCapacity: 4)
        var reference: [Int: EventKey] = [:]
        var seed: UInt64 = 12345
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var sequence: UInt64 = 0
        for step in 0..<50_000 {
            let owner = next(200)
            switch next(10) {
            case 0..<5:
                heap.reserveOwners(owner + 1)
                sequence += 1
                let key = EventKey(time: Double(next(1000)), priority: next(3), sequence: sequence)
                heap.set(owner, key: key)
                reference[owner] = key
            case 5..<7:
                heap.remove(owner)
                reference[owner] = nil
            default:
                guard let earliest = reference.min(by: { $0.value < $1.value }) else {
                    XCTAssertEqual(heap.count, 0)
                    continue
                }
                XCTAssertEqual(heap.firstKey, earliest.value, "step \(step)")
                XCTAssertEqual(heap.removeFirst(), earliest.key, "step \(step)")
                reference[earliest.key] = nil
            }
            XCTAssertEqual(heap.count, reference.count)
            XCTAssertEqual(heap.contains(owner), reference[owner] != nil)
        }
    }

    func test_eventKeys_orderLikeCalendarEvents() {
        let a = EventKey(time: 1.5, priority: 2, sequence: 7)
        XCTAssertEqual(a.time, 1.5)
        XCTAssertEqual(a.priority, 2)
        XCTAssertLessThan(EventKey(time: 1, priority: 5, sequence: 9), EventKey(time: 2, priority: 0, sequence: 0))
        XCTAssertLessThan(EventKey(time: 1, priority: 0, sequence: 9), EventKey(time: 1, priority: 1, sequence: 0))
        XCTAssertLessThan(EventKey(time: 1, priority: 1, sequence: 3), EventKey(time: 1, priority: 1, sequence: 4))
        XCTAssertLessThan(EventKey(time: -3, priority: 0, sequence: 0), EventKey(time: 0, priority: 0, sequence: 0))
        XCTAssertLessThan(a, EventKey.never)
    }
}
