import Foundation

/// The cyclic fluid backlog of one deferred channel under a given staffing: the work, its variance
/// and the capacity per interval, and the backlog the mean work leaves (see `DeferredWork`).
///
/// Positions are measured in intervals from the start of the cycle; the cycle repeats, so the
/// capacity up to any position is whole cycles of totals plus a prefix. Within an interval, work
/// arrives evenly and capacity is even.
struct BacklogModel {
    /// Slots per cycle.
    let count: Int
    /// Agent-seconds of work arriving in each slot (mean), its variance, and the agent-seconds
    /// available to work on it.
    let work: [Double], variance: [Double], capacity: [Double]
    private let capacityPrefix: [Double]
    let totalWork: Double, totalVariance: Double, totalCapacity: Double
    /// Backlog (agent-seconds) at the start of each slot in the periodic regime; `count + 1`
    /// values, the last equal to the first.
    let backlogStart: [Double]

    init(work: [Double], variance: [Double], capacity: [Double]) {
        count = work.count
        self.work = work
        self.variance = variance
        self.capacity = capacity
        func prefix(_ values: [Double]) -> [Double] {
            var out = [0.0]
            out.reserveCapacity(values.count + 1)
            for v in values { out.append(out[out.count - 1] + v) }
            return out
        }
        capacityPrefix = prefix(capacity)
        totalWork = work.reduce(0, +)
        totalVariance = variance.reduce(0, +)
        totalCapacity = capacityPrefix[count]
        // One cycle from an empty backlog reaches the periodic regime when capacity exceeds work:
        // the periodic backlog empties somewhere in the cycle, and from there both agree.
        var b = 0.0
        for i in 0..<count { b = max(0, b + work[i] - capacity[i]) }
        var starts = [b]
        for i in 0..<count {
            b = max(0, b + work[i] - capacity[i])
            starts.append(b)
        }
        backlogStart = starts
    }

    /// Whether capacity exceeds work over a cycle, so the backlog does not grow from cycle to cycle.
    var isStable: Bool { totalWork == 0 || totalCapacity > totalWork }

    /// Agent-seconds available from the start of the cycle to position `x` (any real, in intervals).
    func cumulativeCapacity(_ x: Double) -> Double {
        let cycles = (x / Double(count)).rounded(.down)
        let inCycle = x - cycles * Double(count)
        let k = min(count - 1, Int(inCycle))
        return cycles * totalCapacity + capacityPrefix[k] + (inCycle - Double(k)) * capacity[k]
    }
}
