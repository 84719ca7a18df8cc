/// A probability distribution as a planner writes it down — by mean and spread rather
/// than by the textbook parameters — before it is checked and turned into a sampler.
///
/// Every family describes a non-negative quantity (a duration, a size), so samples are
/// always `>= 0`. Decode these from parameter files, call ``validationErrors()`` to
/// report every problem at once, then build a ``Distribution``.
public enum DistributionSpecification: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Exponential with the given mean (> 0). Variance = mean².
    case exponential(mean: Double)
    /// Lognormal with the given mean (> 0) and standard deviation (>= 0) of the variable
    /// itself, not of its logarithm.
    case lognormal(mean: Double, sd: Double)
    /// Gamma with the given mean (> 0) and standard deviation (>= 0):
    /// shape = (mean/sd)², scale = sd²/mean.
    case gamma(mean: Double, sd: Double)
    /// Weibull with the given mean (> 0) and shape (> 0); scale = mean / Γ(1 + 1/shape).
    case weibull(mean: Double, shape: Double)
    /// Erlang: the sum of `k` (>= 1) exponential phases with total mean `mean` (> 0).
    /// Variance = mean²/k.
    case erlang(mean: Double, k: Int)
    /// Always `value` (>= 0).
    case deterministic(value: Double)
    /// Continuous uniform on [min, max], 0 <= min <= max.
    case uniform(min: Double, max: Double)
    /// Observed values (non-empty, each >= 0). With `interpolated == false` a sample is one
    /// of the values drawn uniformly (bootstrap resampling: only observed values occur);
    /// with `true` it is the linear interpolation of the sorted values at a uniform
    /// position, i.e. the inverse of the piecewise-linear empirical CDF through the order
    /// statistics x₍₁₎ … x₍ₙ₎ (smooth, bounded by the observed min and max).
    case empirical(values: [Double], interpolated: Bool)

    /// The family name used in messages, e.g. `"lognormal"`.
    public var familyName: String {
        switch self {
        case .exponential: "exponential"
        case .lognormal: "lognormal"
        case .gamma: "gamma"
        case .weibull: "weibull"
        case .erlang: "erlang"
        case .deterministic: "deterministic"
        case .uniform: "uniform"
        case .empirical: "empirical"
        }
    }

    /// Every parameter problem, in parameter order; empty when the specification is valid.
    /// (Weibull shapes so small that Γ(1 + 1/shape) overflows are caught only by
    /// ``Distribution/init(_:)``.)
    public func validationErrors() -> [DistributionError] {
        var errors: [DistributionError] = []
        func check(_ name: String, _ value: Double, _ valid: Bool, _ reason: String) {
            if !value.isFinite {
                errors.append(.invalidParameter(distribution: familyName, name: name, value: value,
                                                reason: "must be a finite number"))
            } else if !valid {
                errors.append(.invalidParameter(distribution: familyName, name: name, value: value,
                                                reason: reason))
            }
        }
        switch self {
        case let .exponential(mean):
            check("mean", mean, mean > 0, "must be > 0")
        case let .lognormal(mean, sd), let .gamma(mean, sd):
            check("mean", mean, mean > 0, "must be > 0")
            check("sd", sd, sd >= 0, "must be >= 0")
        case let .weibull(mean, shape):
            check("mean", mean, mean > 0, "must be > 0")
            check("shape", shape, shape > 0, "must be > 0")
        case let .erlang(mean, k):
            check("mean", mean, mean > 0, "must be > 0")
            check("k", Double(k), k >= 1, "must be an integer >= 1")
        case let .deterministic(value):
            check("value", value, value >= 0, "must be >= 0")
        case let .uniform(min, max):
            check("min", min, min >= 0, "must be >= 0")
            check("max", max, !min.isFinite || max >= min, "must be >= min (\(min))")
        case let .empirical(values, _):
            if values.isEmpty {
                errors.append(.invalidParameter(distribution: familyName, name: "values", value: 0,
                                                reason: "must contain at least one value"))
            }
            for (index, value) in values.enumerated() {
                check("values[\(index)]", value, value >= 0, "must be >= 0")
            }
        }
        return errors
    }

    /// The specification as written, e.g. `lognormal(mean: 300.0, sd: 120.0)`.
    public var description: String {
        switch self {
        case let .exponential(mean): "exponential(mean: \(mean))"
        case let .lognormal(mean, sd): "lognormal(mean: \(mean), sd: \(sd))"
        case let .gamma(mean, sd): "gamma(mean: \(mean), sd: \(sd))"
        case let .weibull(mean, shape): "weibull(mean: \(mean), shape: \(shape))"
        case let .erlang(mean, k): "erlang(mean: \(mean), k: \(k))"
        case let .deterministic(value): "deterministic(\(value))"
        case let .uniform(min, max): "uniform(min: \(min), max: \(max))"
        case let .empirical(values, interpolated):
            "empirical(\(values.count) values\(interpolated ? ", interpolated" : ""))"
        }
    }
}
