import DiscreteEvent
import XCTest
@testable import ccsim_bench

/// The heaps `ccsim-bench heap` measures pop exactly what the simulator's heap pops
/// (DiscreteEvent's `QuaternaryEventHeap`, itself checked against a sorted reference in
/// DiscreteEventTests), so the benchmark compares equal work.
final class AlternativeHeapTests: XCTestCase {
    /// Interleaved schedules and pops with many ties, driven by one seeded stream; returns the
    /// payloads in pop order.
    private func popOrder<Storage: EventHeap>(_: Storage.Type, seed: UInt64) -> [Int] where Storage.Payload == Int {
        let random = RandomStream(seed: seed)
        var calendar = EventCalendar<Storage>()
        var popped: [Int] = []
        for id in 0..<20_000 {
            if id < 500 || random.uniform() < 0.55 {
                let time = calendar.now + Double(Int(random.uniform() * 8)) / 2   // few distinct times: ties
                calendar.schedule(at: time, priority: Int(random.uniform() * 3) - 1, payload: id)
            } else if let event = calendar.popNext() {
                popped.append(event.payload)
            }
        }
        while let event = calendar.popNext() { popped.append(event.payload) }
        return popped
    }

    func test_binaryAndCollectionsHeaps_popInTheSimulatorsHeapOrder() {
        for seed: UInt64 in [1, 2, 3] {
            let reference = popOrder(QuaternaryEventHeap<Int>.self, seed: seed)
            XCTAssertEqual(Set(reference).count, reference.count, "no event popped twice (seed \(seed))")
            XCTAssertGreaterThan(reference.count, 10_000)
            XCTAssertEqual(popOrder(BinaryEventHeap<Int>.self, seed: seed), reference, "seed \(seed)")
            XCTAssertEqual(popOrder(CollectionsEventHeap<Int>.self, seed: seed), reference, "seed \(seed)")
        }
    }

    func test_alternativeHeaps_containAndCount_likeTheSimulatorsHeap() {
        var binary = BinaryEventHeap<Int>(), collections = CollectionsEventHeap<Int>()
        for sequence: UInt64 in 0..<10 {
            let event = Event(time: Double(10 - sequence), priority: 0, sequence: sequence, payload: Int(sequence))
            binary.insert(event)
            collections.insert(event)
        }
        XCTAssertEqual(binary.count, 10)
        XCTAssertEqual(collections.count, 10)
        XCTAssertTrue(binary.contains(sequence: 4) && collections.contains(sequence: 4))
        XCTAssertFalse(binary.contains(sequence: 99) || collections.contains(sequence: 99))
        XCTAssertEqual(binary.first?.payload, 9)
        XCTAssertEqual(collections.removeFirst()?.payload, 9)
    }

    /// The benchmark's checksum (sum of popped times) is the same for every implementation: they did the same work.
    func test_heapBenchmark_everyImplementationDoesTheSameWork() {
        let results = HeapBenchmark.run(pendingEvents: 100, operations: 5_000, repetitions: 1)
        XCTAssertEqual(results.map(\.implementation),
                       ["QuaternaryEventHeap", "BinaryEventHeap", "CollectionsEventHeap (swift-collections Heap)"])
        XCTAssertEqual(Set(results.map(\.checksum)).count, 1, "\(results.map(\.checksum))")
        XCTAssertTrue(results.allSatisfy { $0.seconds > 0 && $0.operations == 5_000 })
    }
}
