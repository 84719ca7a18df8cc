import Foundation

extension DeferredWork {
    /// The staffing per interval that gets through the work and meets the response target.
    ///
    /// Candidates spread the work arriving in each interval evenly over the first `spread` working
    /// intervals at or after it, and staff each working interval with the agents that get through
    /// its share at the occupancy cap (rounded up), plus `extra` agents. Spreading over all working
    /// intervals of the cycle gives level staffing over the working hours; spreading over one follows
    /// the arrivals. The plan is the smoothest candidate (largest spread, then fewest extra agents)
    /// that the backlog model says meets the target. Every candidate covers the work, so agent-hours
    /// x occupancy cap >= workload holds whatever binds.
    /// - Throws: `QueueingError.responseTargetUnreachable` when no staffing inside the working hours
    ///   can meet the target (contacts arriving while nobody works wait too long).
    public func plan() throws -> DeferredPlan {
        let n = volumes.count
        if volumes.allSatisfy({ $0 == 0 }) { return evaluate([Int](repeating: 0, count: n), binding: .workload) }
        let best = bestServiceLevel
        guard best >= target.fraction - 1e-12 else {
            throw QueueingError.responseTargetUnreachable(target: target, best: best)
        }
        let spreading = WorkSpreading(work: work, working: working, agentCapacity: occupancyCap * slotLength)
        let widest = spreading.workingCount
        func meets(_ spread: Int, _ extra: Int) -> Bool {
            let p = evaluate(spreading.agents(spread: spread, extra: extra), binding: nil, waits: false)
            return p.isStable && p.serviceLevel >= target.fraction - 1e-12
        }
        /// The largest spread meeting the target with `extra` agents, if any (the share in time
        /// falls as the spread grows).
        func largestSpread(extra: Int) -> Int? {
            if meets(widest, extra) { return widest }
            guard meets(1, extra) else { return nil }
            var low = 1, high = widest   // low meets, high does not
            while high - low > 1 {
                let mid = (low + high) / 2
                if meets(mid, extra) { low = mid } else { high = mid }
            }
            return low
        }
        if let spread = largestSpread(extra: 0) {
            return evaluate(spreading.agents(spread: spread, extra: 0), binding: spread == widest ? .workload : .serviceLevel)
        }
        // Following the arrivals is not enough: add agents to every working interval (doubling, then bisection).
        let limit = 1_000_000
        var low = 0, high = 1
        while !meets(1, high) {
            low = high
            high *= 2
            guard high <= limit else {
                throw QueueingError.targetUnreachable("the response target \(QueueingError.describe(target))", limit: limit)
            }
        }
        while high - low > 1 {
            let mid = (low + high) / 2
            if meets(1, mid) { high = mid } else { low = mid }
        }
        let spread = largestSpread(extra: high) ?? 1
        return evaluate(spreading.agents(spread: spread, extra: high), binding: .serviceLevel)
    }
}

/// The candidate staffings of `DeferredWork.plan()`: each interval's work spread evenly over the
/// first `spread` working intervals at or after it (around the cycle), in agents.
struct WorkSpreading {
    let work: [Double]
    /// The working intervals, in cycle order.
    let hours: [Int]
    /// For each interval, the position in `hours` of the first working interval at or after it.
    let firstWorking: [Int]
    /// Agent-seconds one agent gets through in an interval.
    let agentCapacity: Double

    var workingCount: Int { hours.count }

    init(work: [Double], working: [Bool], agentCapacity: Double) {
        self.work = work
        self.agentCapacity = agentCapacity
        let n = work.count
        hours = (0..<n).filter { working[$0] }
        var first = [Int](repeating: 0, count: n)
        var next = 0
        for pass in 0..<2 {
            var position = hours.count
            for k in stride(from: n - 1, through: 0, by: -1) {
                if working[k] { position -= 1; next = position }
                if pass == 1 { first[k] = next }
            }
        }
        firstWorking = first
    }

    /// Agents per interval: the work spread over `spread` working intervals, rounded up, plus `extra`.
    func agents(spread: Int, extra: Int) -> [Int] {
        let m = hours.count
        var delta = [Double](repeating: 0, count: m + 1)
        for k in work.indices where work[k] > 0 {
            let share = work[k] / Double(spread)
            let first = firstWorking[k], last = first + spread
            delta[first] += share
            if last <= m {
                delta[last] -= share
            } else {   // wraps around the cycle
                delta[m] -= share
                delta[0] += share
                delta[last - m] -= share
            }
        }
        var agents = [Int](repeating: 0, count: work.count)
        var running = 0.0
        for (h, k) in hours.enumerated() {
            running += delta[h]
            agents[k] = Int((max(0, running) / agentCapacity - 1e-9).rounded(.up)) + extra
        }
        return agents
    }
}
