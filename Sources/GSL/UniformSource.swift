import CGSL

/// The draws of a ``RandomGenerator``, for hot loops: a value type holding the generator's state
/// addresses (no reference counting), valid while the generator lives.
///
/// Uniforms on (0, 1) are computed here rather than through GSL's function-pointer call: the same
/// algorithm on the same state words as GSL's `mt.c` (Matsumoto & Nishimura 1998), so the numbers
/// are exactly those of `gsl_rng_uniform_pos`, and GSL's own samplers (``gamma(shape:scale:)``,
/// ``lognormal(zeta:sigma:)``, ...) called on the same generator continue the same sequence.
/// Should GSL's private layout ever differ, it falls back to `gsl_rng_uniform_pos`.
public struct UniformSource {
    @usableFromInline let words: UnsafeMutablePointer<UInt>?
    @usableFromInline let index: UnsafeMutablePointer<Int32>?
    @usableFromInline let rng: UnsafeMutablePointer<gsl_rng>

    init(rng: UnsafeMutablePointer<gsl_rng>) {
        self.rng = rng
        words = ccsim_mt19937_words(rng)
        index = ccsim_mt19937_index(rng)
    }

    /// The same generator drawn only through GSL's function-pointer calls (the fallback path), so
    /// tests can check the inline draw against GSL's own.
    init(throughGSL rng: UnsafeMutablePointer<gsl_rng>) {
        self.rng = rng
        words = nil
        index = nil
    }

    /// A uniform variate in (0, 1) with 32-bit resolution: `gsl_rng_uniform_pos`.
    @inlinable @inline(__always)
    public func uniformPositive() -> Double {
        guard let words, let index else { return gsl_rng_uniform_pos(rng) }
        while true {
            var i = Int(index.pointee)
            if i >= 624 {
                Self.refill(words)
                i = 0
            }
            var k = words[i]
            index.pointee = Int32(truncatingIfNeeded: i &+ 1)
            k ^= k >> 11
            k ^= (k << 7) & 0x9d2c_5680
            k ^= (k << 15) & 0xefc6_0000
            k ^= k >> 18
            if k != 0 { return Double(k) * (1.0 / 4_294_967_296.0) }
        }
    }

    /// Generates the next 624 state words (GSL `mt_get`'s block step).
    @usableFromInline
    static func refill(_ mt: UnsafeMutablePointer<UInt>) {
        let n = 624, m = 397
        let upper: UInt = 0x8000_0000, lower: UInt = 0x7fff_ffff
        @inline(__always) func magic(_ y: UInt) -> UInt { y & 1 != 0 ? 0x9908_b0df : 0 }
        var kk = 0
        while kk < n - m {
            let y = (mt[kk] & upper) | (mt[kk + 1] & lower)
            mt[kk] = mt[kk + m] ^ (y >> 1) ^ magic(y)
            kk += 1
        }
        while kk < n - 1 {
            let y = (mt[kk] & upper) | (mt[kk + 1] & lower)
            mt[kk] = mt[kk + m - n] ^ (y >> 1) ^ magic(y)
            kk += 1
        }
        let y = (mt[n - 1] & upper) | (mt[0] & lower)
        mt[n - 1] = mt[m - 1] ^ (y >> 1) ^ magic(y)
    }
}
