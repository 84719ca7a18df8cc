import Foundation

/// A linear value axis: the domain widened to "nice" round tick values (1, 2, 2.5 or 5 times a
/// power of ten), and the mapping from values to pixels.
///
/// Heckbert, P. S. (1990), "Nice numbers for graph labels", *Graphics Gems*, 61-63.
public struct Axis: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var ticks: [Double]

    /// An axis covering `values` (non-finite ones ignored) and `include` (e.g. 0), with about `count` ticks.
    public init(covering values: [Double], include: [Double] = [], count: Int = 5, fixed: ClosedRange<Double>? = nil) {
        if let fixed {
            lower = fixed.lowerBound
            upper = fixed.upperBound
        } else {
            let finite = (values + include).filter(\.isFinite)
            var lo = finite.min() ?? 0, hi = finite.max() ?? 1
            if hi - lo < 1e-12 { (lo, hi) = lo == 0 ? (0, 1) : (min(0, lo) - abs(lo) * 0.1, max(0, hi) + abs(hi) * 0.1) }
            let step = Axis.niceStep((hi - lo) / Double(max(1, count)))
            lower = (lo / step).rounded(.down) * step
            upper = (hi / step).rounded(.up) * step
        }
        let step = Axis.niceStep((upper - lower) / Double(max(1, count)))
        var t: [Double] = []
        var v = (lower / step).rounded(.up) * step
        while v <= upper + step * 1e-9 && t.count < 50 {
            t.append(abs(v) < step * 1e-9 ? 0 : v)
            v += step
        }
        ticks = t
    }

    /// 1, 2, 2.5 or 5 x 10^k, the smallest such step >= `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let power = pow(10, floor(log10(raw)))
        for m in [1.0, 2, 2.5, 5, 10] where m * power >= raw * (1 - 1e-9) { return m * power }
        return 10 * power
    }

    /// The pixel position of `value` when `lower` maps to `from` and `upper` to `to`, clamped to that range.
    public func position(_ value: Double, from: Double, to: Double) -> Double {
        guard value.isFinite, upper > lower else { return from }
        let t = min(1, max(0, (value - lower) / (upper - lower)))
        return from + t * (to - from)
    }
}
