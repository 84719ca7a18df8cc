import XCTest
@testable import DiscreteEvent

final class EventCalendarTests: XCTestCase {
    /// Reference order: sort by (time, priority, sequence).
    private func referenceOrder(_ events: [(time: Double, priority: Int, id: Int)]) -> [Int] {
        events.enumerated()
            .sorted { lhs, rhs in
                let (a, b) = (lhs.element, rhs.element)
                if a.time != b.time { return a.time < b.time }
                if a.priority != b.priority { return a.priority < b.priority }
                return lhs.offset < rhs.offset
            }
            .map(\.element.id)
    }

    /// Schedules many events with deliberate ties, pops them all, and compares the order.
    private func checkOrderAgainstSortedReference<Storage: EventHeap>(_: Storage.Type) where Storage.Payload == Int {
        var generator = SplitMix64(seed: 7)
        for size in [0, 1, 2, 5, 17, 1_000, 5_000] {
            var events: [(time: Double, priority: Int, id: Int)] = []
            var calendar = EventCalendar<Storage>()
            for id in 0..<size {
                let time = Double(generator.next() % 40) / 4     // few distinct times: many ties
                let priority = Int(generator.next() % 5) - 2
                events.append((time, priority, id))
                calendar.schedule(at: time, priority: priority, payload: id)
            }
            XCTAssertEqual(calendar.count, size)
            var popped: [Int] = []
            var lastTime = -Double.infinity
            while let event = calendar.popNext() {
                XCTAssertGreaterThanOrEqual(event.time, lastTime)
                XCTAssertEqual(calendar.now, event.time)
                lastTime = event.time
                popped.append(event.payload)
            }
            XCTAssertEqual(popped, referenceOrder(events), "size \(size), \(Storage.self)")
            XCTAssertTrue(calendar.isEmpty)
        }
    }

    func test_calendar_quaternaryHeap_popsInSortedReferenceOrder() {
        checkOrderAgainstSortedReference(QuaternaryEventHeap<Int>.self)
    }

    /// Interleaves pops and schedules (as a simulation does) against a linear-scan reference.
    private func checkInterleavedAgainstReference<Storage: EventHeap>(_: Storage.Type) where Storage.Payload == Int {
        var generator = SplitMix64(seed: 11)
        var calendar = EventCalendar<Storage>()
        var pending: [(time: Double, priority: Int, sequence: Int, id: Int)] = []
        var sequence = 0, nextID = 0
        for step in 0..<20_000 {
            if pending.isEmpty || step < 500 || generator.next() % 2 == 0 {
                let time = calendar.now + Double(generator.next() % 8) / 2
                let priority = Int(generator.next() % 3)
                calendar.schedule(at: time, priority: priority, payload: nextID)
                pending.append((time, priority, sequence, nextID))
                sequence += 1
                nextID += 1
            } else {
                let best = pending.indices.min { lhs, rhs in
                    let (a, b) = (pending[lhs], pending[rhs])
                    return (a.time, a.priority, a.sequence) < (b.time, b.priority, b.sequence)
                }!
                let expected = pending.remove(at: best)
                XCTAssertEqual(calendar.popNext()?.payload, expected.id)
            }
            XCTAssertEqual(calendar.count, pending.count)
        }
    }

    func test_calendar_quaternaryHeap_interleavedOperations_matchReference() {
        checkInterleavedAgainstReference(QuaternaryEventHeap<Int>.self)
    }

    func test_calendar_equalTimes_keepSchedulingOrder() {
        var calendar = DefaultEventCalendar<String>()
        for name in ["a", "b", "c", "d"] { calendar.schedule(at: 3, payload: name) }
        calendar.schedule(at: 3, priority: -1, payload: "urgent")
        calendar.schedule(at: 2, priority: 5, payload: "earlier")
        var order: [String] = []
        while let event = calendar.popNext() { order.append(event.payload) }
        XCTAssertEqual(order, ["earlier", "urgent", "a", "b", "c", "d"])
    }

    func test_calendar_next_peeksWithoutRemovingOrAdvancingClock() {
        var calendar = DefaultEventCalendar<Int>(startTime: 1)
        calendar.schedule(after: 4, payload: 9)
        XCTAssertEqual(calendar.next?.time, 5)
        XCTAssertEqual(calendar.now, 1)
        XCTAssertEqual(calendar.count, 1)
        XCTAssertEqual(calendar.popNext()?.payload, 9)
        XCTAssertNil(calendar.popNext())
        XCTAssertEqual(calendar.now, 5)
    }

    func test_calendar_cancel_skipsCancelledEvents_andKeepsCount() {
        var calendar = DefaultEventCalendar<Int>()
        let tokens = (0..<6).map { calendar.schedule(at: Double($0), payload: $0) }
        XCTAssertTrue(calendar.cancel(tokens[0]))     // at the top: discarded at once
        XCTAssertTrue(calendar.cancel(tokens[3]))     // inside: discarded lazily
        XCTAssertFalse(calendar.cancel(EventToken(sequence: 99)))  // never issued
        XCTAssertEqual(calendar.count, 4)
        XCTAssertEqual(calendar.next?.payload, 1)
        var popped: [Int] = []
        while let event = calendar.popNext() {
            popped.append(event.payload)
            XCTAssertNotEqual(calendar.next?.payload, 3, "a cancelled event is never on top")
        }
        XCTAssertEqual(popped, [1, 2, 4, 5])
        XCTAssertEqual(calendar.count, 0)
    }

    func test_calendar_cancelLastPending_leavesEmptyCalendar() {
        var calendar = DefaultEventCalendar<Int>()
        let token = calendar.schedule(at: 1, payload: 1)
        calendar.cancel(token)
        XCTAssertTrue(calendar.isEmpty)
        XCTAssertNil(calendar.next)
        XCTAssertNil(calendar.popNext())
        XCTAssertEqual(calendar.now, 0)
    }
}
