import ContactCenter
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

    /// Points the design has for `parameters`, counted without listing them (a Double, so a grid's
    /// product of step counts never overflows); a grid with an interval that has no steps has none.
    public func size(_ parameters: [SweepParameter]) -> Double {
        switch self {
        case .grid:
            guard !parameters.isEmpty else { return 0 }
            return parameters.reduce(1.0) { $0 * ($1.stepTotal ?? 0) }
        case let .random(n, _), let .latinHypercube(n, _): return Double(n)
        case let .list(points): return Double(points.count)
        }
    }

    /// The points' values, one array per point in parameter order. Lists every point: for designs of
    /// any size, use ``SweepPoints`` (each point computed when asked for).
    ///
    /// - Precondition: ``size(_:)`` is below `Int.max`; for a grid, every parameter has steps.
    public func points(_ parameters: [SweepParameter]) -> [[SweepValue]] {
        let points = SweepPoints(design: self, parameters: parameters)
        return points.map(\.values)
    }
}

/// The points of a design, each computed when it is read, so a run (or a shard of it) never holds
/// more points than it is working on: a grid point decodes its id in mixed radix, a random point
/// draws its values at its own position of the design's random sequence, a Latin hypercube keeps one
/// permutation of strata per parameter. Point `k` (0-based) has id `k + 1`; the values are the same
/// as listing the design in order.
public struct SweepPoints: RandomAccessCollection, Sendable {
    public let design: SweepDesign
    public let parameters: [SweepParameter]
    public let count: Int
    /// Latin hypercube: each parameter's stratum for each point.
    let strata: [[Int32]]

    /// - Precondition: `design.size(parameters)` is at most ``Sweep/maximumPoints``.
    public init(design: SweepDesign, parameters: [SweepParameter]) {
        self.design = design
        self.parameters = parameters
        count = Int(design.size(parameters))
        guard case let .latinHypercube(n, seed) = design else {
            strata = []
            return
        }
        var random = DesignRandom(seed: seed)
        var columns: [[Int32]] = []
        for _ in parameters {
            var column = (0..<n).map { Int32($0) }
            for i in stride(from: n - 1, to: 0, by: -1) {   // Fisher-Yates
                column.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
            columns.append(column)
            random.skip(n)   // the draws that place each point within its stratum
        }
        strata = columns
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(k: Int) -> SweepPoint {
        SweepPoint(id: k + 1, values: values(k))
    }

    func values(_ k: Int) -> [SweepValue] {
        switch design {
        case .grid:
            var rest = k
            var digits = [Int](repeating: 0, count: parameters.count)
            for p in parameters.indices.reversed() {   // the first parameter varies slowest
                let radix = Swift.max(1, parameters[p].stepCount ?? 1)
                digits[p] = rest % radix
                rest /= radix
            }
            return parameters.indices.map { parameters[$0].step(digits[$0]) }
        case let .random(_, seed):
            let draws = parameters.count
            return parameters.indices.map { p in parameters[p].value(at: DesignRandom.uniform(seed: seed, draw: k * draws + p)) }
        case let .latinHypercube(n, seed):
            return parameters.indices.map { p in
                // Parameter p's draws: n - 1 for its shuffle, then one per point, after the earlier parameters' 2n - 1 each.
                let u = DesignRandom.uniform(seed: seed, draw: p * (2 * n - 1) + (n - 1) + k)
                return parameters[p].value(at: (Double(strata[p][k]) + u) / Double(n))
            }
        case let .list(points):
            return points[k]
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

    /// Moves past `count` draws without computing them.
    mutating func skip(_ count: Int) { state &+= 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: count) }

    /// The `draw`-th (0-based) uniform of the sequence from `seed`, without the draws before it
    /// (SplitMix64's state is a counter).
    static func uniform(seed: UInt64, draw: Int) -> Double {
        var random = DesignRandom(seed: seed)
        random.skip(draw)
        return random.uniform()
    }

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
