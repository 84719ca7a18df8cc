import CGSL

// GSL's samplers (Galassi et al., *GNU Scientific Library Reference Manual*, ch. 20 "Random Number
// Distributions"), drawing from the same generator state as the inline uniforms. Always inlined,
// so a caller that switches over distribution families calls GSL directly.
extension UniformSource {
    /// A uniform variate in [0, 1) with 32-bit resolution (`gsl_rng_uniform`): may be 0, never 1.
    @inlinable @inline(__always)
    public func uniform() -> Double { gsl_rng_uniform(rng) }

    /// A whole number uniform on 0 ..< `count` (`gsl_rng_uniform_int`, unbiased by rejection).
    ///
    /// - Precondition: 1 <= `count` <= 2³² (MT19937's range); GSL returns 0 for other counts.
    @inlinable @inline(__always)
    public func uniformInt(below count: Int) -> Int {
        Int(gsl_rng_uniform_int(rng, UInt(count)))
    }

    /// Gamma with shape `shape` (> 0) and scale `scale` (> 0), mean `shape * scale`
    /// (`gsl_ran_gamma`, Marsaglia & Tsang 2000).
    @inlinable @inline(__always)
    public func gamma(shape: Double, scale: Double) -> Double { gsl_ran_gamma(rng, shape, scale) }

    /// Lognormal: exp of a normal with mean `zeta` and standard deviation `sigma` (`gsl_ran_lognormal`).
    @inlinable @inline(__always)
    public func lognormal(zeta: Double, sigma: Double) -> Double { gsl_ran_lognormal(rng, zeta, sigma) }

    /// Weibull with scale `scale` and shape `shape`, P(X > x) = exp(-(x/scale)^shape) (`gsl_ran_weibull`).
    @inlinable @inline(__always)
    public func weibull(scale: Double, shape: Double) -> Double { gsl_ran_weibull(rng, scale, shape) }

    /// Continuous uniform on [`min`, `max`) (`gsl_ran_flat`).
    @inlinable @inline(__always)
    public func flat(min: Double, max: Double) -> Double { gsl_ran_flat(rng, min, max) }
}
