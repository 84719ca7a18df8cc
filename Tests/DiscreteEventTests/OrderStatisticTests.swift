import XCTest
@testable import DiscreteEvent

/// Quickselect must return exactly what sorting would, whatever the data: duplicates, sorted or
/// reversed input, one element, every rank.
final class OrderStatisticTests: XCTestCase {
    func testEveryRankMatchesSortingOnRandomData() {
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for n in [1, 2, 3, 7, 64, 500] {
            let values = (0..<n).map { _ in (next() * 20).rounded() }   // many duplicates
            let sorted = values.sorted()
            for k in 0..<n {
                var copy = values
                XCTAssertEqual(copy.selectOrderStatistic(k), sorted[k], "n = \(n), k = \(k)")
            }
        }
    }

    func testSortedReversedAndConstantInput() {
        let ascending = (0..<1000).map(Double.init)
        for values in [ascending, Array(ascending.reversed()), [Double](repeating: 4.5, count: 1000)] {
            let sorted = values.sorted()
            for k in [0, 1, 499, 899, 900, 998, 999] {
                var copy = values
                XCTAssertEqual(copy.selectOrderStatistic(k), sorted[k])
            }
        }
    }
}
