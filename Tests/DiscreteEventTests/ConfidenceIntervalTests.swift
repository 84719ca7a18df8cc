import XCTest
import DiscreteEvent

final class ConfidenceIntervalTests: XCTestCase {
    /// GSL's t distribution functions agree with exact tables to about 3e-11 relative.
    private let tTolerance = 1e-10

    func test_studentTQuantile_matchesTables() {
        XCTAssertEqual(ConfidenceInterval.studentTQuantile(0.975, degreesOfFreedom: 9), 2.2621571627409915, accuracy: tTolerance * 2.26)
        XCTAssertEqual(ConfidenceInterval.studentTQuantile(0.975, degreesOfFreedom: 1), 12.706204736174707, accuracy: tTolerance * 12.7)
        XCTAssertEqual(ConfidenceInterval.studentTQuantile(0.95, degreesOfFreedom: 9), 1.8331129326536335, accuracy: tTolerance * 1.83)
    }

    func test_halfWidth_isTTimesSDOverRootN() throws {
        let means = [20.1, 19.4, 21.0, 20.6, 18.9, 20.2, 21.4, 19.8, 20.0, 20.5]
        let statistics = RunningStatistics(means)
        let interval = try XCTUnwrap(ConfidenceInterval(replicationMeans: means))
        let expected = 2.2621571627409915 * statistics.standardDeviation! / 10.0.squareRoot()
        XCTAssertEqual(interval.halfWidth!, expected, accuracy: tTolerance * expected)
        XCTAssertEqual(interval.mean, statistics.mean!, accuracy: 1e-12)
        XCTAssertEqual(interval.count, 10)
        XCTAssertEqual(interval.lower!, interval.mean - interval.halfWidth!, accuracy: 1e-12)
        XCTAssertEqual(interval.upper!, interval.mean + interval.halfWidth!, accuracy: 1e-12)
        XCTAssertEqual(interval.relativeHalfWidth!, expected / interval.mean, accuracy: tTolerance)

        let ninety = try XCTUnwrap(ConfidenceInterval(statistics, level: 0.9))
        let expectedNinety = 1.8331129326536335 * statistics.standardDeviation! / 10.0.squareRoot()
        XCTAssertEqual(ninety.halfWidth!, expectedNinety, accuracy: tTolerance * expectedNinety)
    }

    func test_singleReplication_hasUndefinedHalfWidth_neverNaN() throws {
        let interval = try XCTUnwrap(ConfidenceInterval(replicationMeans: [12.5]))
        XCTAssertEqual(interval.mean, 12.5)
        XCTAssertNil(interval.halfWidth)
        XCTAssertNil(interval.lower)
        XCTAssertNil(interval.relativeHalfWidth)
        XCTAssertEqual(interval.description, "12.5 ± n/a (95%, n = 1)")
        XCTAssertNil(ConfidenceInterval(replicationMeans: [Double]()))
    }

    func test_identicalReplications_giveZeroHalfWidth() throws {
        let interval = try XCTUnwrap(ConfidenceInterval(replicationMeans: [3, 3, 3]))
        XCTAssertEqual(interval.halfWidth, 0)
    }
}
