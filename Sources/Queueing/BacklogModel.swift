import Foundation

/// The cyclic fluid backlog of one deferred channel under a given staffing: the work, its variance
/// and the capacity per interval, and the backlog the mean work leaves (see `DeferredWork`).
///
/// Within an interval, work arrives evenly and capacity is even; the cycle repeats.
struct BacklogModel {
    /// Slots per cycle.
    let count: Int
    /// Agent-seconds of work arriving in each slot (mean), its variance, and the agent-seconds
    /// available to work on it.
    let work: [Double], variance: [Double], capacity: [Double]
    let totalWork: Double, totalVariance: Double, totalCapacity: Double
    /// Backlog (agent-seconds) at the start of each slot in the periodic regime; `count + 1`
    /// values, the last equal to the first.
    let backlogStart: [Double]

    init(work: [Double], variance: [Double], capacity: [Double]) {
        count = work.count
        self.work = work
        self.variance = variance
        self.capacity = capacity
        totalWork = work.reduce(0, +)
        totalVariance = variance.reduce(0, +)
        totalCapacity = capacity.reduce(0, +)
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
}
