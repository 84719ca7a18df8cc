extension Distribution {
    /// Exponential with the given mean (> 0): memoryless inter-arrival or service times.
    public static func exponential(mean: Double) throws -> Distribution {
        try Distribution(.exponential(mean: mean))
    }

    /// Lognormal with the given mean (> 0) and standard deviation (>= 0) of the variable
    /// itself; the usual model of handle times.
    public static func lognormal(mean: Double, sd: Double) throws -> Distribution {
        try Distribution(.lognormal(mean: mean, sd: sd))
    }

    /// Gamma with the given mean (> 0) and standard deviation (>= 0).
    public static func gamma(mean: Double, sd: Double) throws -> Distribution {
        try Distribution(.gamma(mean: mean, sd: sd))
    }

    /// Weibull with the given mean (> 0) and shape (> 0); shape < 1 gives a decreasing
    /// hazard (e.g. patience), shape 1 is exponential.
    public static func weibull(mean: Double, shape: Double) throws -> Distribution {
        try Distribution(.weibull(mean: mean, shape: shape))
    }

    /// Erlang-k with total mean `mean` (> 0) and `k` (>= 1) phases.
    public static func erlang(mean: Double, k: Int) throws -> Distribution {
        try Distribution(.erlang(mean: mean, k: k))
    }

    /// Always `value` (>= 0).
    public static func deterministic(_ value: Double) throws -> Distribution {
        try Distribution(.deterministic(value: value))
    }

    /// Continuous uniform on [min, max], 0 <= min <= max.
    public static func uniform(min: Double, max: Double) throws -> Distribution {
        try Distribution(.uniform(min: min, max: max))
    }

    /// Resamples observed values (non-empty, >= 0); see
    /// ``DistributionSpecification/empirical(values:interpolated:)`` for `interpolated`.
    public static func empirical(_ values: [Double], interpolated: Bool = false) throws -> Distribution {
        try Distribution(.empirical(values: values, interpolated: interpolated))
    }
}
