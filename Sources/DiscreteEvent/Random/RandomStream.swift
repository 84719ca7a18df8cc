import CGSL

/// One independent stream of random numbers: a GSL MT19937 generator (`gsl_rng`) owned
/// by this object and freed when it is released.
///
/// Give every random quantity of a model its own named stream (e.g. `"sales.arrival"`,
/// `"sales.handle"`), seeded from `(masterSeed, replication, name)` through
/// ``seed(masterSeed:replication:name:)``: two scenarios that differ only in staffing then
/// draw identical arrivals and handle times (common random numbers), as in L'Ecuyer's
/// `RandomStreams` (ContactCenters library).
///
/// The 64-bit seed is expanded by SplitMix64 into all 624 state words of MT19937, so
/// distinct seeds give distinct streams (GSL's own `gsl_rng_set` uses only 32 bits of a
/// seed, which makes collisions likely across tens of thousands of streams). Should the
/// installed GSL's private state layout ever differ, it falls back to `gsl_rng_set`.
///
/// Not thread-safe and not `Sendable`: a stream belongs to one replication on one thread.
public final class RandomStream {
    /// The stream's name (empty for streams created from a bare seed).
    public let name: String

    /// The 64-bit seed the generator state was derived from.
    public let seed: UInt64

    /// The underlying GSL generator, for calling `gsl_ran_*` samplers directly. Owned by
    /// this object: do not free it or keep it beyond the stream's lifetime.
    public let rng: UnsafeMutablePointer<gsl_rng>

    /// Creates an MT19937 stream whose state is derived from `seed`.
    public init(seed: UInt64, name: String = "") {
        guard let rng = gsl_rng_alloc(ccsim_rng_mt19937()) else {
            fatalError("RandomStream: gsl_rng_alloc failed (out of memory)")
        }
        self.rng = rng
        self.seed = seed
        self.name = name
        var mixer = SplitMix64(seed: seed)
        var words = [UInt32](repeating: 0, count: 624)
        for index in words.indices { words[index] = UInt32(truncatingIfNeeded: mixer.next() >> 32) }
        words[0] = 0x8000_0000  // as MT's init_by_array: guarantees a non-zero state
        if ccsim_rng_mt19937_set_words(rng, words) != 0 {
            gsl_rng_set(rng, UInt(truncatingIfNeeded: seed))
        }
    }

    /// Creates the stream named `name` of replication `replication` under `masterSeed`.
    public convenience init(masterSeed: UInt64, replication: Int, name: String) {
        self.init(seed: Self.seed(masterSeed: masterSeed, replication: replication, name: name),
                  name: name)
    }

    deinit { gsl_rng_free(rng) }

    /// The stable 64-bit seed of stream `name` in `replication` under `masterSeed`:
    /// SplitMix64's mixer applied in turn to the master seed, the replication index and the
    /// FNV-1a hash of the name's UTF-8 bytes. Identical on every run and platform.
    public static func seed(masterSeed: UInt64, replication: Int, name: String) -> UInt64 {
        var value = SplitMix64.mix(masterSeed &+ 0x9E37_79B9_7F4A_7C15)
        value = SplitMix64.mix(value ^ UInt64(bitPattern: Int64(replication)))
        value = SplitMix64.mix(value ^ SplitMix64.fnv1a(name))
        return value
    }

    /// A uniform variate in the open interval (0, 1) (`gsl_rng_uniform_pos`), with 32-bit
    /// resolution.
    @inlinable
    public func uniform() -> Double { gsl_rng_uniform_pos(rng) }
}

@available(*, unavailable, message: "a RandomStream belongs to one thread")
extension RandomStream: Sendable {}
