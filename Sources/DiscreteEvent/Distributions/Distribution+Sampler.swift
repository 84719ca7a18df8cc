import GSL
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Distribution {
    /// The GSL-level parameters a ``Distribution`` samples with, precomputed from the
    /// planner's parameters so ``Distribution/sample(_:)`` does no conversion work.
    @usableFromInline
    enum Sampler: Sendable {
        /// Inversion of GSL's uniform on (0, 1): `-mean log(u)`. The same law as
        /// `gsl_ran_exponential`, which computes `-mean log1p(-u)`; glibc's `log` costs about
        /// half of `log1p`, and exponentials are most of what a call-center model draws.
        case exponential(mean: Double)
        /// `gsl_ran_lognormal(r, zeta, sigma)`: exp of a normal with mean ζ and sd σ.
        case lognormal(zeta: Double, sigma: Double)
        /// `gsl_ran_gamma(r, shape, scale)` (Marsaglia & Tsang 2000); also Erlang.
        case gamma(shape: Double, scale: Double)
        /// `gsl_ran_weibull(r, scale, shape)`.
        case weibull(scale: Double, shape: Double)
        /// A fixed value (deterministic, and degenerate cases with zero spread).
        case constant(Double)
        /// `gsl_ran_flat(r, min, max)`.
        case flat(min: Double, max: Double)
        /// One of the values, uniformly (`gsl_rng_uniform_int`).
        case resample([Double])
        /// Linear interpolation between consecutive sorted values at a uniform position.
        case interpolate(sorted: [Double])
    }

    /// Draws one value using `stream`; always `>= 0`.
    ///
    /// - Complexity: O(1); one or a few uniforms from `stream` (gamma uses rejection).
    public func sample(_ stream: RandomStream) -> Double {
        sample(from: stream.uniforms)
    }

    /// One draw from the generator of a stream the caller keeps alive; for hot loops that hold
    /// ``UniformSource`` values instead of `RandomStream` references (no reference counting).
    /// Always inlined: the caller then reads the parameters of the one family it draws from in
    /// place, instead of copying the whole value (and retaining its arrays) around the call.
    @inlinable @inline(__always)
    public func sample(from source: UniformSource) -> Double {
        switch sampler {
        case let .exponential(mean):
            return -mean * log(source.uniformPositive())
        case let .lognormal(zeta, sigma):
            return source.lognormal(zeta: zeta, sigma: sigma)
        case let .gamma(shape, scale):
            return source.gamma(shape: shape, scale: scale)
        case let .weibull(scale, shape):
            return source.weibull(scale: scale, shape: shape)
        case let .constant(value):
            return value
        case let .flat(min, max):
            return source.flat(min: min, max: max)
        case let .resample(values):
            return values[source.uniformInt(below: values.count)]
        case let .interpolate(sorted):
            let position = source.uniform() * Double(sorted.count - 1)
            let index = Int(position)
            let fraction = position - Double(index)
            let lower = sorted[index]
            return lower + fraction * (sorted[Swift.min(index + 1, sorted.count - 1)] - lower)
        }
    }
}
