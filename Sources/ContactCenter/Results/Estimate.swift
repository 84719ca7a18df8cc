import DiscreteEvent

/// A measure estimated over replications: the mean and the half-width of its 95% Student-t
/// confidence interval (nil with a single replication, where no interval exists).
public struct Estimate: Sendable, Equatable {
    public var mean: Double
    public var ci95: Double?
    /// Replications in which the measure was defined.
    public var count: Int

    public init(mean: Double, ci95: Double?, count: Int) {
        self.mean = mean
        self.ci95 = ci95
        self.count = count
    }

    /// The estimate of the values that are defined (nil ones, e.g. a service level with no
    /// contacts, are left out); nil when none is.
    public init?(_ values: [Double?]) {
        let defined = values.compactMap { $0 }.filter(\.isFinite)
        guard let interval = ConfidenceInterval(replicationMeans: defined) else { return nil }
        mean = interval.mean
        ci95 = interval.halfWidth
        count = interval.count
    }

    /// Whether the interval excludes zero (for differences: a significant change).
    public var excludesZero: Bool {
        guard let ci95 else { return false }
        return mean - ci95 > 0 || mean + ci95 < 0
    }
}
