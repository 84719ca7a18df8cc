/// Which points of the parameter space a sweep runs.
///
/// - `grid`: every combination of the parameters' steps; the first parameter varies slowest
///   (like nested loops in the order the parameters are written).
/// - `random`: `points` points, each parameter drawn independently and uniformly.
/// - `latinHypercube`: `points` points such that each parameter's range, cut into `points` equal
///   strata, has exactly one point in each (McKay, Beckman & Conover, Technometrics 21(2), 1979).
/// - `list`: the points written in the file, in order.
///
/// Random draws come from the design's own seed (not the simulation's), so changing the
/// simulation seed keeps the points, and the same file gives the same points on every machine.
public enum SweepDesign: Sendable, Equatable {
    case grid
    case random(points: Int, seed: UInt64)
    case latinHypercube(points: Int, seed: UInt64)
    case list([[SweepValue]])

    /// The points' values, one array per point in parameter order.
    ///
    /// - Precondition: for random and Latin hypercube designs, `parameters` are checked; for a grid, every
    ///   parameter has steps.
    public func points(_ parameters: [SweepParameter]) -> [[SweepValue]] {
        switch self {
        case .grid:
            var points: [[SweepValue]] = [[]]
            for parameter in parameters {
                let steps = parameter.steps ?? []
                points = points.flatMap { prefix in steps.map { prefix + [$0] } }
            }
            return parameters.isEmpty ? [] : points
        case let .random(n, seed):
            var random = DesignRandom(seed: seed)
            return (0..<n).map { _ in parameters.map { $0.value(at: random.uniform()) } }
        case let .latinHypercube(n, seed):
            var random = DesignRandom(seed: seed)
            var columns: [[SweepValue]] = []
            for parameter in parameters {
                var strata = Array(0..<n)
                for i in stride(from: n - 1, to: 0, by: -1) {   // Fisher-Yates
                    strata.swapAt(i, Int(random.next() % UInt64(i + 1)))
                }
                columns.append(strata.map { parameter.value(at: (Double($0) + random.uniform()) / Double(n)) })
            }
            return (0..<n).map { i in columns.map { $0[i] } }
        case let .list(points):
            return points
        }
    }
}

/// SplitMix64 (Vigna, http://prng.di.unimi.it/splitmix64.c): the design's random numbers, the same on
/// every platform.
struct DesignRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// Uniform on [0, 1) with 53 random bits.
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 64-bit FNV-1a over `bytes` (Fowler–Noll–Vo, draft-eastlake-fnv): stable across processes and platforms.
    static func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
