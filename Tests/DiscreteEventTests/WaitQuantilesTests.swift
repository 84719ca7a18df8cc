import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DiscreteEvent

final class WaitQuantilesTests: XCTestCase {
    private let probabilities = [0.01, 0.1, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999]

    /// The k-th smallest value, k = ⌈p·n⌉ (the sample quantile the estimate brackets).
    private func sampleQuantile(_ sorted: [Double], _ p: Double) -> Double {
        sorted[max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1)]
    }

    func test_quantiles_ofExponentialSample_withinBinWidthOfExactSampleQuantile() throws {
        let exponential = try Distribution.exponential(mean: 60)
        let stream = RandomStream(seed: 21)
        let values = (0..<100_000).map { _ in exponential.sample(stream) }
        let sorted = values.sorted()
        for binWidth in [0.5, 5.0] {
            var quantiles = WaitQuantiles(binWidth: binWidth, binCount: Int(2_000 / binWidth))
            values.forEach { quantiles.add($0) }
            XCTAssertEqual(quantiles.overflowCount, 0)
            for p in probabilities {
                XCTAssertEqual(quantiles.quantile(p)!, sampleQuantile(sorted, p), accuracy: binWidth * (1 + 1e-9),
                               "p = \(p), bin width \(binWidth)")
            }
            // And the sample quantiles are close to the exact exponential ones, −mean·ln(1 − p).
            XCTAssertEqual(quantiles.p50!, 60 * log(2), accuracy: binWidth + 1.5)
            XCTAssertEqual(quantiles.quantile(0)!, sorted.first!)
            XCTAssertEqual(quantiles.quantile(1)!, sorted.last!)
        }
    }

    func test_quantiles_atOrBelowShareOfZeros_areExactlyZero() {
        var waits = WaitQuantiles(binWidth: 10, binCount: 10)
        for _ in 0..<70 { waits.add(0) }
        for index in 1...30 { waits.add(Double(index)) }
        XCTAssertEqual(waits.zeroCount, 70)
        XCTAssertEqual(waits.p50, 0)
        XCTAssertEqual(waits.quantile(0.7), 0)
        XCTAssertEqual(waits.p90!, 20, accuracy: 10)
    }

    func test_quantiles_inOverflow_interpolateUpToObservedMaximum() {
        var waits = WaitQuantiles(binWidth: 1, binCount: 10)
        for value in [1.5, 2.5, 50, 90] { waits.add(value) }
        XCTAssertEqual(waits.overflowCount, 2)
        let p99 = waits.p99!
        XCTAssertTrue(p99 >= 10 && p99 <= 90, "\(p99)")
        XCTAssertEqual(waits.max, 90)
    }

    func test_merge_equalsAddingAllObservations() {
        var first = WaitQuantiles(binWidth: 1, binCount: 100)
        var second = first
        var both = first
        for value in stride(from: 0.0, to: 50, by: 0.7) { first.add(value); both.add(value) }
        for value in stride(from: 20.0, to: 120, by: 1.3) { second.add(value); both.add(value) }
        first.merge(second)
        XCTAssertEqual(first, both)
    }

    func test_empty_hasNoQuantiles() {
        let waits = WaitQuantiles(binWidth: 1, binCount: 1)
        XCTAssertNil(waits.p50)
        XCTAssertNil(waits.min)
        XCTAssertEqual(waits.count, 0)
    }
}
