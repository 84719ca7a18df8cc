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
        let hours = (0..<n).filter { working[$0] }
        let totalVolume = volumes.reduce(0, +)
        if totalVolume == 0 { return evaluate([Int](repeating: 0, count: n), binding: .workload) }
        let best = bestServiceLevel
        guard best >= target.fraction - 1e-12 else {
            throw QueueingError.responseTargetUnreachable(target: target, best: best)
        }
        let slotWork = work
        // For each interval, the position in `hours` of the first working interval at or after it.
        var firstWorking = [Int](repeating: 0, count: n)
        var next = 0
        for pass in 0..<2 {
            for k in stride(from: n - 1, through: 0, by: -1) {
                if working[k] { next = hours.firstIndex(of: k)! }
                if pass == 1 { firstWorking[k] = next }
            }
        }
        func candidate(spread: Int, extra: Int) -> [Int] {
            var delta = [Double](repeating: 0, count: hours.count + 1)
            for k in 0..<n where slotWork[k] > 0 {
                let share = slotWork[k] / Double(spread)
                let first = firstWorking[k], last = first + spread
                if last <= hours.count {
                    delta[first] += share
                    delta[last] -= share
                } else {
                    delta[first] += share
                    delta[hours.count] -= share
                    delta[0] += share
                    delta[last - hours.count] -= share
                }
            }
            var agents = [Int](repeating: 0, count: n)
            var running = 0.0
            for (h, k) in hours.enumerated() {
                running += delta[h]
                let needed = max(0, running) / (occupancyCap * slotLength)
                agents[k] = Int((needed - 1e-9).rounded(.up)) + extra
            }
            return agents
        }
        func meets(_ agents: [Int]) -> Bool {
            let p = evaluate(agents, binding: .serviceLevel, waits: false)
            return p.isStable && p.serviceLevel >= target.fraction - 1e-12
        }
        /// The largest spread meeting the target with `extra` agents, if any.
        func widest(extra: Int) -> Int? {
            if meets(candidate(spread: hours.count, extra: extra)) { return hours.count }
            guard meets(candidate(spread: 1, extra: extra)) else { return nil }
            var low = 1, high = hours.count   // low meets, high does not
            while high - low > 1 {
                let mid = (low + high) / 2
                if meets(candidate(spread: mid, extra: extra)) { low = mid } else { high = mid }
            }
            return low
        }
        if let spread = widest(extra: 0) {
            return evaluate(candidate(spread: spread, extra: 0), binding: spread == hours.count ? .workload : .serviceLevel)
        }
        // Following the arrivals is not enough: add agents to every working interval (doubling, then bisection).
        let limit = 1_000_000
        var low = 0, high = 1
        while !meets(candidate(spread: 1, extra: high)) {
            low = high
            high *= 2
            guard high <= limit else {
                throw QueueingError.targetUnreachable("the response target \(QueueingError.describe(target))", limit: limit)
            }
        }
        while high - low > 1 {
            let mid = (low + high) / 2
            if meets(candidate(spread: 1, extra: mid)) { high = mid } else { low = mid }
        }
        let spread = widest(extra: high) ?? 1
        return evaluate(candidate(spread: spread, extra: high), binding: .serviceLevel)
    }
}
