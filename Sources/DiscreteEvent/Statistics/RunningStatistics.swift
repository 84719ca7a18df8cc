/// Count, mean, variance, minimum and maximum of a stream of observations in O(1) memory,
/// updated one value at a time and mergeable across runs or threads.
///
/// Uses Welford's update (Welford, "Note on a method for calculating corrected sums of
/// squares and products", Technometrics 1962), which avoids the cancellation of the
/// textbook Σx² − n·x̄² formula, and Chan, Golub & LeVeque's pairwise combination
/// ("Algorithms for computing the sample variance", 1983) for ``merge(_:)``.
///
/// Undefined values are `nil`, never NaN: ``mean``, ``min`` and ``max`` need one
/// observation, ``variance`` (the unbiased, n − 1 sample variance) needs two.
///
/// ```swift
/// var waits = RunningStatistics()
/// for wait in [12.0, 0, 31.5] { waits.add(wait) }
/// waits.mean      // 14.5
/// ```
public struct RunningStatistics: Sendable, Equatable {
    @usableFromInline var n: Int = 0
    @usableFromInline var runningMean: Double = 0
    @usableFromInline var sumOfSquaredDeviations: Double = 0
    @usableFromInline var minimum: Double = .infinity
    @usableFromInline var maximum: Double = -.infinity

    /// Creates empty statistics.
    @inlinable
    public init() {}

    /// Creates statistics over `values`.
    @inlinable
    public init(_ values: some Sequence<Double>) {
        for value in values { add(value) }
    }

    /// Adds one observation.
    ///
    /// - Precondition: `value` is not NaN.
    /// - Complexity: O(1).
    @inlinable
    public mutating func add(_ value: Double) {
        precondition(!value.isNaN, "RunningStatistics: observation is NaN")
        n += 1
        let delta = value - runningMean
        runningMean += delta / Double(n)
        sumOfSquaredDeviations += delta * (value - runningMean)
        if value < minimum { minimum = value }
        if value > maximum { maximum = value }
    }

    /// Combines `other` into `self`, as if all of its observations had been added here.
    ///
    /// - Complexity: O(1).
    public mutating func merge(_ other: RunningStatistics) {
        guard other.n > 0 else { return }
        guard n > 0 else { self = other; return }
        let total = n + other.n
        let delta = other.runningMean - runningMean
        let weight = Double(other.n) / Double(total)
        runningMean += delta * weight
        sumOfSquaredDeviations += other.sumOfSquaredDeviations + delta * delta * Double(n) * weight
        n = total
        minimum = Swift.min(minimum, other.minimum)
        maximum = Swift.max(maximum, other.maximum)
    }

    /// The statistics of both `self`'s and `other`'s observations.
    public func merging(_ other: RunningStatistics) -> RunningStatistics {
        var result = self
        result.merge(other)
        return result
    }

    /// Number of observations.
    @inlinable
    public var count: Int { n }

    /// The arithmetic mean, or `nil` with no observations.
    public var mean: Double? { n > 0 ? runningMean : nil }

    /// The sum of the observations (0 with none).
    public var sum: Double { runningMean * Double(n) }

    /// The unbiased sample variance Σ(x − x̄)² / (n − 1), or `nil` with fewer than two observations.
    public var variance: Double? { n > 1 ? sumOfSquaredDeviations / Double(n - 1) : nil }

    /// The population variance Σ(x − x̄)² / n, or `nil` with no observations.
    public var populationVariance: Double? { n > 0 ? sumOfSquaredDeviations / Double(n) : nil }

    /// The sample standard deviation √``variance``, or `nil` with fewer than two observations.
    public var standardDeviation: Double? { variance.map { $0.squareRoot() } }

    /// The smallest observation, or `nil` with none.
    public var min: Double? { n > 0 ? minimum : nil }

    /// The largest observation, or `nil` with none.
    public var max: Double? { n > 0 ? maximum : nil }
}
