/// Quantiles (p50, p90, p99, ...) of non-negative observations such as waiting times, in
/// memory fixed by the caller and independent of the number of observations.
///
/// Observations are counted in `binCount` equal bins of width `binWidth` covering
/// [0, `binCount × binWidth`), plus three exact side counts: observations equal to zero
/// (common for waits: served at once), observations beyond the range (overflow), and the
/// exact minimum and maximum. A quantile is read off the cumulative counts by linear
/// interpolation inside the bin holding the requested rank.
///
/// **Accuracy.** For p in (0, 1) let k = ⌈p·n⌉. The estimate lies in the same bin as the
/// k-th smallest observation, so it differs from that sample quantile by less than
/// `binWidth` — a deterministic bound, unlike the P² algorithm (Jain & Chlamtac 1985),
/// whose error is unbounded in theory and which cannot merge replications. Quantiles at
/// or below the share of zeros are exactly 0; p = 0 and p = 1 give the exact minimum and
/// maximum. A quantile that falls in the overflow region is interpolated between the upper
/// bound and the observed maximum, with no better guarantee: size the range so that
/// ``overflowCount`` stays below (1 − p)·n for the quantiles you report.
///
/// ```swift
/// var waits = WaitQuantiles(binWidth: 1, binCount: 3_600)  // 1 s resolution up to 1 h
/// waits.add(12.3)
/// waits.quantile(0.9)
/// ```
///
/// - Complexity: ``add(_:)`` O(1); ``quantile(_:)`` O(binCount); memory O(binCount).
public struct WaitQuantiles: Sendable, Equatable {
    /// Width of each bin: the resolution of the quantile estimates.
    public let binWidth: Double
    /// Number of bins.
    public let binCount: Int
    @usableFromInline var bins: [Int]
    @usableFromInline let inverseWidth: Double
    @usableFromInline var observations = 0
    @usableFromInline var zeros = 0
    @usableFromInline var overflow = 0
    @usableFromInline var minimum = Double.infinity
    @usableFromInline var maximum = -Double.infinity

    /// Creates an empty histogram of `binCount` (>= 1) bins of width `binWidth` (> 0).
    public init(binWidth: Double, binCount: Int) {
        precondition(binWidth > 0 && binWidth.isFinite, "WaitQuantiles: binWidth must be > 0")
        precondition(binCount >= 1, "WaitQuantiles: binCount must be >= 1")
        self.binWidth = binWidth
        self.binCount = binCount
        inverseWidth = 1 / binWidth
        bins = Array(repeating: 0, count: binCount)
    }

    /// The end of the binned range, `binCount × binWidth`.
    public var upperBound: Double { binWidth * Double(binCount) }

    /// Number of observations.
    public var count: Int { observations }

    /// Number of observations exactly equal to 0.
    public var zeroCount: Int { zeros }

    /// Number of observations at or above ``upperBound``.
    public var overflowCount: Int { overflow }

    /// The smallest observation, or `nil` with none.
    public var min: Double? { observations > 0 ? minimum : nil }

    /// The largest observation, or `nil` with none.
    public var max: Double? { observations > 0 ? maximum : nil }

    /// Counts one observation.
    ///
    /// - Precondition: `value >= 0` and finite.
    @inlinable @inline(__always)
    public mutating func add(_ value: Double) {
        precondition(value >= 0 && value.isFinite, "WaitQuantiles: observation \(value) must be finite and >= 0")
        observations += 1
        if value < minimum { minimum = value }
        if value > maximum { maximum = value }
        if value == 0 {
            zeros += 1
            return
        }
        let scaled = value * inverseWidth
        if scaled < Double(binCount) {
            bins[Swift.min(Int(scaled), binCount - 1)] += 1
        } else {
            overflow += 1
        }
    }

    /// Adds the counts of `other`, which must have the same `binWidth` and `binCount`
    /// (e.g. the same statistic from another replication).
    public mutating func merge(_ other: WaitQuantiles) {
        precondition(binWidth == other.binWidth && binCount == other.binCount,
                     "WaitQuantiles: cannot merge histograms with different bins")
        for index in bins.indices { bins[index] += other.bins[index] }
        observations += other.observations
        zeros += other.zeros
        overflow += other.overflow
        minimum = Swift.min(minimum, other.minimum)
        maximum = Swift.max(maximum, other.maximum)
    }

    /// The `p`-quantile estimate (0 <= p <= 1), or `nil` with no observations. See the
    /// type's documentation for the accuracy.
    public func quantile(_ p: Double) -> Double? {
        precondition(p >= 0 && p <= 1, "WaitQuantiles: p = \(p) must be in [0, 1]")
        guard observations > 0 else { return nil }
        if p == 0 { return minimum }
        if p == 1 { return maximum }
        let target = p * Double(observations)
        var cumulative = Double(zeros)
        if target <= cumulative { return 0 }
        for (index, binTotal) in bins.enumerated() where binTotal > 0 {
            let next = cumulative + Double(binTotal)
            if target <= next {
                let fraction = (target - cumulative) / Double(binTotal)
                let estimate = (Double(index) + fraction) * binWidth
                return Swift.min(Swift.max(estimate, minimum), maximum)
            }
            cumulative = next
        }
        let fraction = Swift.min(1, (target - cumulative) / Double(Swift.max(overflow, 1)))
        return Swift.max(upperBound + fraction * (maximum - upperBound), minimum)
    }

    /// The median estimate, or `nil` with no observations.
    public var p50: Double? { quantile(0.5) }
    /// The 90th-percentile estimate, or `nil` with no observations.
    public var p90: Double? { quantile(0.9) }
    /// The 99th-percentile estimate, or `nil` with no observations.
    public var p99: Double? { quantile(0.99) }
}
