import XCTest
import DiscreteEvent

/// A toy model: each tick schedules the next one a unit later.
private struct Ticker: Simulation {
    var calendar = DefaultEventCalendar<Int>()
    var handled: [Double] = []

    mutating func handle(_ event: Event<Int>) {
        XCTAssertEqual(calendar.now, event.time)
        handled.append(event.time)
        calendar.schedule(after: 1, payload: event.payload + 1)
    }
}

/// A model that schedules nothing new.
private struct Finite: Simulation {
    var calendar = DefaultEventCalendar<String>()
    var log: [String] = []
    mutating func handle(_ event: Event<String>) { log.append(event.payload) }
}

final class SimulationTests: XCTestCase {
    func test_runUntil_handlesEventsAtOrBeforeEnd_andAdvancesClock() {
        var ticker = Ticker()
        ticker.calendar.schedule(at: 0, payload: 0)
        XCTAssertEqual(ticker.run(until: 9.5), 10)
        XCTAssertEqual(ticker.handled, (0...9).map(Double.init))
        XCTAssertEqual(ticker.calendar.now, 9.5)
        XCTAssertEqual(ticker.calendar.next?.time, 10)
    }

    func test_runUntil_includesEventsExactlyAtEnd_andContinuesSeamlessly() {
        var ticker = Ticker()
        ticker.calendar.schedule(at: 0, payload: 0)
        ticker.run(until: 3)
        XCTAssertEqual(ticker.handled, [0, 1, 2, 3])
        ticker.run(until: 5)
        XCTAssertEqual(ticker.handled, [0, 1, 2, 3, 4, 5])
    }

    func test_runToCompletion_andStep_drainTheCalendar() {
        var model = Finite()
        model.calendar.schedule(at: 2, payload: "b")
        model.calendar.schedule(at: 1, payload: "a")
        model.calendar.schedule(at: 3, payload: "c")
        XCTAssertTrue(model.step())
        XCTAssertEqual(model.runToCompletion(), 2)
        XCTAssertFalse(model.step())
        XCTAssertEqual(model.log, ["a", "b", "c"])
    }
}
