import GSL

/// A Student-t confidence interval for a mean, computed over independent replications:
/// x̄ ± t₍(1+level)/2, n−1₎ · s / √n (e.g. Law, *Simulation Modeling and Analysis*, §9.4.1).
///
/// The observations should be one value per replication (e.g. each replication's mean
/// wait), which are independent and, by the central limit theorem, close to normal; the
/// observations *within* one run are correlated and must not be fed here directly.
///
/// With a single replication the half-width is undefined and reported as `nil` (not NaN
/// nor infinity, which would leak into JSON or CSV output as non-numbers); renderers
/// should show it as "n/a" and suggest more replications.
///
/// ```swift
/// let ci = ConfidenceInterval(replicationMeans: [20.1, 19.4, 21.0, 20.6])!
/// ci.halfWidth   // t₀.₉₇₅,₃ · s / 2
/// ```
public struct ConfidenceInterval: Sendable, Equatable, CustomStringConvertible {
    /// The mean of the replication values.
    public let mean: Double
    /// t · s / √n, or `nil` with a single replication.
    public let halfWidth: Double?
    /// The confidence level, e.g. 0.95.
    public let level: Double
    /// Number of replications.
    public let count: Int

    /// The interval over the replication values summarised in `statistics`; `nil` if it
    /// holds no values.
    ///
    /// - Precondition: 0 < `level` < 1.
    public init?(_ statistics: RunningStatistics, level: Double = 0.95) {
        precondition(level > 0 && level < 1, "ConfidenceInterval: level \(level) must be in (0, 1)")
        guard let mean = statistics.mean else { return nil }
        self.mean = mean
        self.level = level
        count = statistics.count
        if let sd = statistics.standardDeviation {
            let t = Self.studentTQuantile((1 + level) / 2, degreesOfFreedom: count - 1)
            halfWidth = t * sd / Double(count).squareRoot()
        } else {
            halfWidth = nil
        }
    }

    /// The interval over `replicationMeans` (one value per replication); `nil` if empty.
    public init?(replicationMeans: some Sequence<Double>, level: Double = 0.95) {
        self.init(RunningStatistics(replicationMeans), level: level)
    }

    /// The lower end, `mean − halfWidth`, or `nil` when the half-width is undefined.
    public var lower: Double? { halfWidth.map { mean - $0 } }

    /// The upper end, `mean + halfWidth`, or `nil` when the half-width is undefined.
    public var upper: Double? { halfWidth.map { mean + $0 } }

    /// Half-width relative to |mean| (a common stopping rule: run until it is below 5%),
    /// or `nil` when undefined or the mean is 0.
    public var relativeHalfWidth: Double? {
        guard let halfWidth, mean != 0 else { return nil }
        return halfWidth / Swift.abs(mean)
    }

    /// The `probability` quantile of Student's t with `degreesOfFreedom` (>= 1) degrees of
    /// freedom (``SpecialFunctions/studentTQuantile(_:degreesOfFreedom:)``, GSL's
    /// `gsl_cdf_tdist_Pinv`); e.g. t(0.975, 9) = 2.2621571627409915.
    public static func studentTQuantile(_ probability: Double, degreesOfFreedom: Int) -> Double {
        precondition(probability > 0 && probability < 1, "ConfidenceInterval: probability must be in (0, 1)")
        precondition(degreesOfFreedom >= 1, "ConfidenceInterval: degrees of freedom must be >= 1")
        return SpecialFunctions.studentTQuantile(probability, degreesOfFreedom: Double(degreesOfFreedom))
    }

    /// E.g. `20.28 ± 0.71 (95%, n = 4)`, or `20.1 ± n/a (95%, n = 1)`.
    public var description: String {
        let percent = (level * 100).rounded() == level * 100 ? "\(Int(level * 100))" : "\(level * 100)"
        let half = halfWidth.map { "\($0)" } ?? "n/a"
        return "\(mean) ± \(half) (\(percent)%, n = \(count))"
    }
}
