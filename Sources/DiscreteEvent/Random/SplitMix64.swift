/// Sebastiano Vigna's SplitMix64 generator (the seeding generator recommended for the
/// xoshiro family, http://prng.di.unimi.it/splitmix64.c), used here only to turn a
/// 64-bit seed into well-mixed MT19937 state words and to combine seed components.
@usableFromInline
struct SplitMix64 {
    @usableFromInline var state: UInt64

    @usableFromInline init(seed: UInt64) { state = seed }

    /// The next 64-bit output.
    @usableFromInline mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 output function: a bijective avalanche of all 64 bits.
    @usableFromInline static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 64-bit FNV-1a over the UTF-8 bytes of `text` (Fowler–Noll–Vo, IETF draft
    /// draft-eastlake-fnv). Stable across processes and platforms, unlike `Hasher`.
    @usableFromInline static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
