import CGSL

/// A GSL MT19937 generator (Matsumoto & Nishimura 1998, `gsl_rng_mt19937`), owned by this object
/// and freed when it is released.
///
/// It is seeded with all 624 state words rather than GSL's single 32-bit seed (`gsl_rng_set`),
/// so callers that derive the words from 64-bit seeds (as ``RandomStream`` in DiscreteEvent does)
/// get distinct sequences for distinct seeds. Should the installed GSL's private state layout ever
/// differ from the one the shim knows, it falls back to `gsl_rng_set(fallbackSeed)`.
///
/// Draw through ``uniforms``: a ``UniformSource`` reads the state in place (no reference
/// counting), inline for uniforms and through GSL's samplers for the other laws.
///
/// Not thread-safe and not `Sendable`: a generator belongs to one thread.
public final class RandomGenerator {
    /// The number of 32-bit state words of MT19937.
    public static let stateWordCount = 624

    let rng: UnsafeMutablePointer<gsl_rng>

    /// An MT19937 generator whose state is `stateWords` (exactly ``stateWordCount`` words). The first
    /// word is replaced by 0x80000000, as MT's `init_by_array` does, so the state is never all zero.
    public init(stateWords: [UInt32], fallbackSeed: UInt64) {
        precondition(stateWords.count == Self.stateWordCount,
                     "RandomGenerator: MT19937 needs \(Self.stateWordCount) state words, got \(stateWords.count)")
        ErrorHandler.turnOff()
        guard let rng = gsl_rng_alloc(ccsim_rng_mt19937()) else {
            fatalError("RandomGenerator: gsl_rng_alloc failed (out of memory)")
        }
        self.rng = rng
        var words = stateWords
        words[0] = 0x8000_0000
        if ccsim_rng_mt19937_set_words(rng, words) != 0 {
            gsl_rng_set(rng, UInt(truncatingIfNeeded: fallbackSeed))
        }
    }

    deinit { gsl_rng_free(rng) }

    /// The generator's draws. The source does not keep the generator alive (that is what makes it
    /// free of reference counting): keep the generator, or the object owning it, alive while
    /// drawing, e.g. with `withExtendedLifetime` for a local generator.
    public var uniforms: UniformSource { UniformSource(rng: rng) }
}

@available(*, unavailable, message: "a RandomGenerator belongs to one thread")
extension RandomGenerator: Sendable {}
