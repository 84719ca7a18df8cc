import XCTest
@testable import DiscreteEvent

final class RunningStatisticsTests: XCTestCase {
    /// Values with a large offset, where the naive Σx² − n x̄² formula loses all precision.
    private func sampleValues(_ count: Int, seed: UInt64) -> [Double] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in 1e9 + Double(generator.next() % 10_000) / 100 }
    }

    private func twoPass(_ values: [Double]) -> (mean: Double, variance: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, squares / Double(values.count - 1))
    }

    func test_runningStatistics_matchTwoPassComputation() {
        let values = sampleValues(10_000, seed: 1)
        let statistics = RunningStatistics(values)
        let reference = twoPass(values)
        XCTAssertEqual(statistics.count, 10_000)
        XCTAssertEqual(statistics.mean!, reference.mean, accuracy: 1e-14 * reference.mean)
        XCTAssertEqual(statistics.variance!, reference.variance, accuracy: 1e-6 * reference.variance)
        XCTAssertEqual(statistics.min, values.min())
        XCTAssertEqual(statistics.max, values.max())
        XCTAssertEqual(statistics.sum, values.reduce(0, +), accuracy: 1e-14 * statistics.sum)
    }

    func test_merge_equalsStatisticsOfConcatenation() {
        let values = sampleValues(3_001, seed: 2)
        let whole = RunningStatistics(values)
        var merged = RunningStatistics()
        for chunk in stride(from: 0, to: values.count, by: 700) {
            merged.merge(RunningStatistics(values[chunk..<min(chunk + 700, values.count)]))
        }
        merged.merge(RunningStatistics())  // merging nothing changes nothing
        XCTAssertEqual(merged.count, whole.count)
        XCTAssertEqual(merged.mean!, whole.mean!, accuracy: 1e-14 * whole.mean!)
        XCTAssertEqual(merged.variance!, whole.variance!, accuracy: 1e-6 * whole.variance!)
        XCTAssertEqual(merged.min, whole.min)
        XCTAssertEqual(merged.max, whole.max)
        XCTAssertEqual(RunningStatistics().merging(whole), whole)
    }

    func test_undefinedStatistics_areNilNotNaN() {
        let empty = RunningStatistics()
        XCTAssertNil(empty.mean)
        XCTAssertNil(empty.variance)
        XCTAssertNil(empty.min)
        XCTAssertEqual(empty.sum, 0)
        let single = RunningStatistics([4])
        XCTAssertEqual(single.mean, 4)
        XCTAssertNil(single.variance)
        XCTAssertNil(single.standardDeviation)
        XCTAssertEqual(single.populationVariance, 0)
    }
}
