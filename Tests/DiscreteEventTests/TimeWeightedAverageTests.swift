import XCTest
import DiscreteEvent

final class TimeWeightedAverageTests: XCTestCase {
    func test_timeWeightedAverage_matchesHandComputedArea() {
        // Queue length: 0 on [0,1), 2 on [1,4), 1 on [4,6), 3 on [6,6) (instant), 0 on [6,10).
        var queue = TimeWeightedAverage(value: 0, at: 0)
        queue.update(to: 2, at: 1)
        queue.add(-1, at: 4)
        XCTAssertEqual(queue.average(until: 5)!, 7.0 / 5, accuracy: 1e-15)
        queue.update(to: 3, at: 6)
        queue.update(to: 0, at: 6)
        XCTAssertEqual(queue.area(until: 10), 8)  // 0·1 + 2·3 + 1·2 + 0·4
        XCTAssertEqual(queue.average(until: 10)!, 0.8, accuracy: 1e-15)
        XCTAssertEqual(queue.maximum, 3)
        XCTAssertEqual(queue.value, 0)
    }

    func test_reset_discardsWarmUp_keepsCurrentValue() {
        var busy = TimeWeightedAverage(value: 5, at: 0)
        busy.update(to: 2, at: 100)
        busy.reset(at: 120)
        busy.update(to: 4, at: 130)
        // 2 on [120,130), 4 on [130,140).
        XCTAssertEqual(busy.average(until: 140)!, 3, accuracy: 1e-15)
        XCTAssertEqual(busy.maximum, 4)
        XCTAssertNil(busy.average(until: 120), "no elapsed time: undefined, not NaN")
    }
}
