import GSL

/// One independent stream of random numbers: a named, seeded GSL MT19937 generator
/// (``RandomGenerator`` of the GSL module), owned by this object.
///
/// Give every random quantity of a model its own named stream (e.g. `"sales.arrival"`,
/// `"sales.handle"`), seeded from `(masterSeed, replication, name)` through
/// ``seed(masterSeed:replication:name:)``: two scenarios that differ only in staffing then
/// draw identical arrivals and handle times (common random numbers), as in L'Ecuyer's
/// `RandomStreams` (ContactCenters library).
///
/// The 64-bit seed is expanded by SplitMix64 into all 624 state words of MT19937, so
/// distinct seeds give distinct streams (GSL's own `gsl_rng_set` uses only 32 bits of a
/// seed, which makes collisions likely across tens of thousands of streams).
/// Draw with ``uniform()``, ``Distribution/sample(_:)``, or in hot loops through ``uniforms``.
///
/// Not thread-safe and not `Sendable`: a stream belongs to one replication on one thread.
public final class RandomStream {
    /// The stream's name (empty for streams created from a bare seed).
    public let name: String

    /// The 64-bit seed the generator state was derived from.
    public let seed: UInt64

    /// The stream's generator; its draws are ``uniforms``.
    let generator: RandomGenerator

    /// The stream's draws for hot loops: uniforms inline and GSL's samplers, without reference
    /// counting. Valid while this stream lives.
    public let uniforms: UniformSource

    /// Creates an MT19937 stream whose state is derived from `seed`: the high halves of
    /// SplitMix64's outputs fill the 624 state words.
    public init(seed: UInt64, name: String = "") {
        self.seed = seed
        self.name = name
        var mixer = SplitMix64(seed: seed)
        let words = (0..<RandomGenerator.stateWordCount).map { _ in UInt32(truncatingIfNeeded: mixer.next() >> 32) }
        generator = RandomGenerator(stateWords: words, fallbackSeed: seed)
        uniforms = generator.uniforms
    }

    /// Creates the stream named `name` of replication `replication` under `masterSeed`.
    public convenience init(masterSeed: UInt64, replication: Int, name: String) {
        self.init(seed: Self.seed(masterSeed: masterSeed, replication: replication, name: name),
                  name: name)
    }

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
    public func uniform() -> Double { uniforms.uniformPositive() }
}

@available(*, unavailable, message: "a RandomStream belongs to one thread")
extension RandomStream: Sendable {}
