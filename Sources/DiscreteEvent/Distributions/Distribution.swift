import GSL
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A validated, ready-to-sample probability distribution of a non-negative quantity.
///
/// Built from a ``DistributionSpecification`` (planner parameters: mean and sd, mean and
/// shape, ...), which is converted once to GSL's parameters and sampled with
/// `gsl_ran_exponential`, `gsl_ran_lognormal`, `gsl_ran_gamma`, `gsl_ran_weibull`,
/// `gsl_ran_flat` or a table lookup.
///
/// **Why one struct with an `enum` inside, not a protocol per family:** sampling is on the
/// simulation's hot path (several draws per contact). A `switch` over a small internal
/// enum is a direct call with one well-predicted branch and no existential box, witness
/// table or per-distribution allocation (`any Distribution` would need all three), and the
/// value is `Sendable` and `Equatable` for free. The price — adding a family touches the
/// enum — is small for a closed set of families. Shared interface as in Ciw's `dists`:
/// ``sample(_:)``, ``mean``, ``variance``.
///
/// ```swift
/// let handle = try Distribution.lognormal(mean: 300, sd: 120)
/// let stream = RandomStream(masterSeed: 1, replication: 0, name: "sales.handle")
/// let seconds = handle.sample(stream)
/// ```
public struct Distribution: Sendable, Equatable, CustomStringConvertible {
    /// The parameters as given.
    public let specification: DistributionSpecification

    /// The exact mean of the distribution (for an empirical one, of the sampling scheme).
    public let mean: Double

    /// The exact variance, or `nil` if it is not a finite number (e.g. a Weibull with a
    /// tiny shape whose Γ-ratio overflows).
    public let variance: Double?

    @usableFromInline let sampler: Sampler

    /// Validates `specification` and precomputes the sampler's parameters.
    ///
    /// - Throws: the first of ``DistributionSpecification/validationErrors()``, or for a
    ///   Weibull whose shape is so small that its scale or variance is not representable,
    ///   ``DistributionError/invalidParameter(distribution:name:value:reason:)`` naming `shape`.
    public init(_ specification: DistributionSpecification) throws {
        if let error = specification.validationErrors().first { throw error }
        self.specification = specification
        let moments: (mean: Double, variance: Double)
        switch specification {
        case let .exponential(mean):
            sampler = .exponential(mean: mean)
            moments = (mean, mean * mean)
        case let .lognormal(mean, sd):
            // If ln X ~ N(μ, σ²): E X = exp(μ + σ²/2), Var X = (exp(σ²) − 1)(E X)²
            // ⇒ σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2 (Johnson, Kotz & Balakrishnan, ch. 14).
            let cv = sd / mean
            let sigmaSquared = log1p(cv * cv)
            sampler = sd == 0 ? .constant(mean)
                : .lognormal(zeta: log(mean) - sigmaSquared / 2, sigma: sigmaSquared.squareRoot())
            moments = (mean, sd * sd)
        case let .gamma(mean, sd):
            // Gamma(shape a, scale b): mean = ab, variance = ab² ⇒ a = (mean/sd)², b = sd²/mean.
            sampler = sd == 0 ? .constant(mean) : .gamma(shape: (mean / sd) * (mean / sd), scale: sd * sd / mean)
            moments = (mean, sd * sd)
        case let .weibull(mean, shape):
            // Weibull(scale λ, shape k): mean = λ Γ(1 + 1/k), E X² = λ² Γ(1 + 2/k).
            let logGamma1 = try Self.logGamma(1 + 1 / shape, shape: shape)
            let logGamma2 = try Self.logGamma(1 + 2 / shape, shape: shape)
            let scale = exp(log(mean) - logGamma1)
            guard scale.isFinite, scale > 0 else {
                throw DistributionError.invalidParameter(
                    distribution: "weibull", name: "shape", value: shape,
                    reason: "is too small: the implied scale is not representable")
            }
            sampler = .weibull(scale: scale, shape: shape)
            moments = (mean, mean * mean * expm1(logGamma2 - 2 * logGamma1))
        case let .erlang(mean, k):
            sampler = .gamma(shape: Double(k), scale: mean / Double(k))
            moments = (mean, mean * mean / Double(k))
        case let .deterministic(value):
            sampler = .constant(value)
            moments = (value, 0)
        case let .uniform(min, max):
            sampler = min == max ? .constant(min) : .flat(min: min, max: max)
            moments = ((min + max) / 2, (max - min) * (max - min) / 12)
        case let .empirical(values, interpolated):
            if values.count == 1 {
                sampler = .constant(values[0])
                moments = (values[0], 0)
            } else if interpolated {
                let sorted = values.sorted()
                sampler = .interpolate(sorted: sorted)
                moments = Self.interpolatedMoments(sorted)
            } else {
                sampler = .resample(values)
                let mean = values.reduce(0, +) / Double(values.count)
                let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
                moments = (mean, squares / Double(values.count))
            }
        }
        mean = moments.mean
        variance = moments.variance.isFinite ? moments.variance : nil
    }

    /// The standard deviation, or `nil` when ``variance`` is.
    public var standardDeviation: Double? { variance.map { $0.squareRoot() } }

    /// Equal when built from equal specifications.
    public static func == (lhs: Distribution, rhs: Distribution) -> Bool {
        lhs.specification == rhs.specification
    }

    /// The specification, e.g. `gamma(mean: 180.0, sd: 60.0)`.
    public var description: String { specification.description }

    /// ln Γ(x) through `gsl_sf_lngamma_e`, reporting failure as an invalid Weibull shape.
    private static func logGamma(_ x: Double, shape: Double) throws -> Double {
        let result = SpecialFunctions.logGamma(x)
        guard result.status.isSuccess, result.value.isFinite else {
            throw DistributionError.invalidParameter(
                distribution: "weibull", name: "shape", value: shape,
                reason: "is too small: Γ(1 + 1/shape) is not representable")
        }
        return result.value
    }

    /// Mean and variance of X = x₍ᵢ₎ + f (x₍ᵢ₊₁₎ − x₍ᵢ₎), i = ⌊U(n−1)⌋, f = frac(U(n−1)):
    /// each of the n−1 segments is uniform on [a, b] with probability 1/(n−1), so
    /// E X = Σ (a+b)/2 / (n−1) and E X² = Σ (a² + ab + b²)/3 / (n−1).
    private static func interpolatedMoments(_ sorted: [Double]) -> (mean: Double, variance: Double) {
        let segments = Double(sorted.count - 1)
        var first = 0.0, second = 0.0
        for index in 1..<sorted.count {
            let a = sorted[index - 1], b = sorted[index]
            first += (a + b) / 2
            second += (a * a + a * b + b * b) / 3
        }
        let mean = first / segments
        return (mean, Swift.max(0, second / segments - mean * mean))
    }
}
