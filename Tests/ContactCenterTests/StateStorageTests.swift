import XCTest
@testable import ContactCenter

/// The simulator's unsafe storage (``StateTable``, ``IndexQueues``, ``PackedLists``) against plain
/// Swift collections under long random sequences of operations: any divergence is a bug that
/// would corrupt a replication silently (release builds do not check indices).
final class StateStorageTests: XCTestCase {
    /// The hot records keep their cache-friendly sizes: a contact row is two cache lines with what
    /// answering and ending it touch in the first (the engine's speed with 52,000 agents depends on
    /// it), an agent half a line; tables are 64-byte aligned. A new field must find room, not
    /// silently grow a record.
    func test_hotRecords_keepTheirSizesAndAlignment() {
        XCTAssertEqual(MemoryLayout<Contact>.stride, 128)
        XCTAssertLessThanOrEqual(MemoryLayout<Contact>.offset(of: \Contact.inQueue)!, 63)
        XCTAssertLessThanOrEqual(MemoryLayout<Contact>.offset(of: \Contact.agentSeconds)!, 56)
        XCTAssertLessThanOrEqual(MemoryLayout<Contact>.offset(of: \Contact.journey)!, 60)
        XCTAssertEqual(MemoryLayout<AgentState>.stride, 32)
        XCTAssertEqual(MemoryLayout<Journey>.stride, 64)
        var table = StateTable<Int>(capacity: 3)
        table.append(7)
        for n in [1, 100, 10_000] {
            table.reserveCapacity(n)
            XCTAssertEqual(Int(bitPattern: UnsafeRawPointer(table.withMutableAddress(of: 0))) % 64, 0, "capacity \(n)")
        }
    }

    func test_stateTable_randomOperations_matchAnArray() {
        var generator = TestGenerator(seed: 42)
        var table = StateTable<Int>(capacity: 1)
        var reference: [Int] = []
        for step in 0..<20_000 {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<4:
                let value = Int.random(in: -1000...1000, using: &generator)
                table.append(value)
                reference.append(value)
            case 4:
                let n = Int.random(in: 0..<20, using: &generator)
                table.append(repeating: step, count: n)
                reference.append(contentsOf: repeatElement(step, count: n))
            case 5..<7:
                XCTAssertEqual(table.popLast(), reference.popLast())
            case 7:
                table.reserveCapacity(Int.random(in: 0..<300, using: &generator))
            default:
                guard !reference.isEmpty else { continue }
                let i = Int.random(in: 0..<reference.count, using: &generator)
                table[i] += step
                reference[i] += step
            }
            XCTAssertEqual(table.count, reference.count)
        }
        XCTAssertEqual(table.array, reference)
        XCTAssertEqual(Array(table.indices), Array(reference.indices))
    }

    /// Elements with reference-counted payloads are retained and released exactly once.
    func test_stateTable_holdsAndReleasesObjects() {
        final class Token {}
        weak var watched: Token?
        do {
            var table = StateTable<Token>()
            for k in 0..<100 {
                let token = Token()
                if k == 50 { watched = token }
                table.append(token)
            }
            _ = table.popLast()
            XCTAssertNotNil(watched)
        }
        XCTAssertNil(watched, "the table frees its elements when it goes away")
    }

    func test_indexQueues_randomOperations_matchArrays() {
        var generator = TestGenerator(seed: 7)
        let queueCount = 5
        var queues = IndexQueues(count: queueCount)
        var reference = [[Int32]](repeating: [], count: queueCount)
        for step in 0..<50_000 {
            let q = Int.random(in: 0..<queueCount, using: &generator)
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<4:
                queues.append(Int32(step), to: q)
                reference[q].append(Int32(step))
            case 4..<6:
                XCTAssertEqual(queues.removeFirst(from: q), reference[q].isEmpty ? nil : reference[q].removeFirst())
            case 6:
                XCTAssertEqual(queues.popLast(from: q), reference[q].popLast())
            case 7:
                // Remove a present value (anywhere) or an absent one (no change).
                let value = reference[q].isEmpty || Bool.random(using: &generator)
                    ? Int32(-1) : reference[q][Int.random(in: 0..<reference[q].count, using: &generator)]
                queues.remove(value, from: q)
                if let k = reference[q].firstIndex(of: value) { reference[q].remove(at: k) }
            default:
                XCTAssertEqual(queues.first(q), reference[q].first)
            }
            XCTAssertEqual(queues.count(q), reference[q].count)
        }
        for q in 0..<queueCount {
            var drained: [Int32] = []
            while let value = queues.removeFirst(from: q) { drained.append(value) }
            XCTAssertEqual(drained, reference[q], "queue \(q) keeps its order through growth and wrap-around")
        }
    }

    func test_packedLists_matchTheNestedArrays() {
        var generator = TestGenerator(seed: 3)
        for _ in 0..<50 {
            let lists = (0..<Int.random(in: 1..<8, using: &generator)).map { _ in
                (0..<Int.random(in: 0..<6, using: &generator)).map { _ in Int.random(in: 0..<100, using: &generator) }
            }
            let packed = PackedLists(lists)
            for (i, list) in lists.enumerated() {
                XCTAssertEqual(packed.positions(of: i).map { packed[$0] }, list)
                XCTAssertEqual(packed.contains(in: i) { $0 > 50 }, list.contains { $0 > 50 })
            }
        }
    }
}
