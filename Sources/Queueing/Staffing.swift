import Foundation

/// The queue model a staffing calculation assumes.
public enum QueueModel: Sendable, Equatable {
    /// Erlang C: M/M/n, nobody abandons.
    case erlangC
    /// Erlang A: M/M/n+M with exponential patience of the given mean (seconds).
    case erlangA(patience: Double)
}

/// Finds the least number of agents that meets staffing targets.
///
/// Erlang C: an upward scan from the stability bound `floor(A) + 1` (or the occupancy bound)
/// that carries one Erlang B recursion along, so each candidate costs O(1).
/// Erlang A: the metrics are monotone in n, so a doubling-then-bisection search on n, each
/// candidate costing one Erlang B evaluation from a damped start (O(sqrt A)) plus quadratures.
/// The fractional requirement is found by bisection on the real agent count in (n - 1, n].
/// The binding target is the one the agent count below the answer misses (already evaluated
/// by the search, so it costs nothing).
public enum StaffingSolver {
    /// Largest agent count searched before a target is declared unreachable.
    public static func searchLimit(load: Double) -> Int { Int(load + 100 * load.squareRoot() + 1_000) }

    /// The least whole (and optionally fractional) staffing meeting `targets`.
    public static func solve(load: Double, aht: Double, model: QueueModel, targets: StaffingTargets,
                             shrinkage: Double? = nil, fractional: Bool = false) throws -> StaffingRequirement {
        try requireLoad(load)
        try requirePositive(aht, "aht")
        if case let .erlangA(patience) = model { try requirePositive(patience, "patience") }
        try targets.validate(for: model)
        if let s = shrinkage { try requireShrinkage(s) }
        let (agents, metrics, binding): (Int, QueueMetrics, BindingTarget)
        switch model {
        case .erlangC: (agents, metrics, binding) = try solveErlangC(load: load, aht: aht, targets: targets)
        case let .erlangA(patience):
            (agents, metrics, binding) = try solveErlangA(load: load, aht: aht, patience: patience, targets: targets)
        }
        var requirement = StaffingRequirement(agents: agents, metrics: metrics, binding: binding)
        if fractional {
            requirement.fractionalAgents = try fractionalRequirement(
                below: agents, load: load, aht: aht, model: model, targets: targets)
        }
        if let s = shrinkage { requirement.scheduledAgents = scheduled(agents, shrinkage: s) }
        return requirement
    }

    /// Agents to schedule so that `agents` are available after `shrinkage` (in [0, 1)).
    public static func scheduled(_ agents: Int, shrinkage: Double) -> Int {
        Int((Double(agents) / (1 - shrinkage) - 1e-9).rounded(.up))
    }

    /// Checks a shrinkage: finite, in [0, 1).
    public static func requireShrinkage(_ s: Double) throws {
        try requireNonNegative(s, "shrinkage")
        guard s < 1 else {
            throw QueueingError.invalidParameter(name: "shrinkage", value: s, reason: "must be below 100%")
        }
    }

    /// Metrics for a real agent count under `model` (Erlang C requires agents > load).
    public static func metrics(agents: Double, load: Double, aht: Double, model: QueueModel,
                               threshold: Double) throws -> QueueMetrics {
        switch model {
        case .erlangC: return try ErlangC.metrics(agents: agents, load: load, aht: aht, target: threshold)
        case let .erlangA(patience):
            return try ErlangA.metrics(agents: agents, load: load, aht: aht, patience: patience, target: threshold)
        }
    }

    static func solveErlangC(load: Double, aht: Double, targets: StaffingTargets) throws -> (Int, QueueMetrics, BindingTarget) {
        let stable = Int(load.rounded(.down)) + 1
        var start = stable
        if let occ = targets.maxOccupancy { start = max(start, Int((load / occ).rounded(.up))) }
        let limit = searchLimit(load: load)
        var recursion = try ErlangBRecursion(load: load, towards: Double(start))
        recursion.advance(to: Double(start))
        var missedBelow: BindingTarget?   // what the previous candidate missed
        while true {
            let m = ErlangC.metrics(recursion, aht: aht, target: targets.threshold)
            guard let missed = targets.firstMissed(by: m) else {
                let binding: BindingTarget
                if let missedBelow {
                    binding = missedBelow
                } else if start > stable {
                    // The occupancy bound started the scan; one agent fewer is stable, so ask it what it misses.
                    let below = try ErlangC.metrics(agents: Double(start - 1), load: load, aht: aht, target: targets.threshold)
                    binding = targets.firstMissed(by: below) ?? .maxOccupancy
                } else {
                    binding = .stability
                }
                return (Int(recursion.agents), m, binding)
            }
            if recursion.agents >= Double(limit) {
                throw QueueingError.targetUnreachable("the staffing targets", limit: limit)
            }
            missedBelow = missed
            recursion.advance()
        }
    }

    static func solveErlangA(load: Double, aht: Double, patience: Double,
                             targets: StaffingTargets) throws -> (Int, QueueMetrics, BindingTarget) {
        func evaluate(_ n: Int) throws -> QueueMetrics {
            try ErlangA.metrics(agents: Double(n), load: load, aht: aht, patience: patience, target: targets.threshold)
        }
        let limit = searchLimit(load: load)
        var high = max(1, Int(load.rounded(.up)))
        var highMetrics = try evaluate(high)
        var low = 0   // 0 agents never meets a target
        var missedAtLow: BindingTarget?
        while let missed = targets.firstMissed(by: highMetrics) {
            (low, missedAtLow) = (high, missed)
            guard high < limit else { throw QueueingError.targetUnreachable("the staffing targets", limit: limit) }
            high = min(limit, high * 2)
            highMetrics = try evaluate(high)
        }
        while high - low > 1 {
            let mid = (low + high) / 2
            let m = try evaluate(mid)
            if let missed = targets.firstMissed(by: m) { (low, missedAtLow) = (mid, missed) } else { (high, highMetrics) = (mid, m) }
        }
        // With no agent at all, every target is missed: the first one given binds.
        return (high, highMetrics, missedAtLow ?? targets.firstSet)
    }

    static func fractionalRequirement(below n: Int, load: Double, aht: Double, model: QueueModel,
                                      targets: StaffingTargets) throws -> Double {
        var low = Double(n - 1)
        if model == .erlangC { low = max(low, load) }   // Erlang C needs more agents than Erlangs
        var high = Double(n)
        // Bisection to 1e-9 agents: metrics are continuous and monotone in the agent count.
        while high - low > 1e-9 * max(1, high) {
            let mid = 0.5 * (low + high)
            if mid <= 0 { low = mid; continue }
            let m = try metrics(agents: mid, load: load, aht: aht, model: model, threshold: targets.threshold)
            if targets.areMet(by: m) { high = mid } else { low = mid }
        }
        return high
    }
}
