import Foundation

/// The queue model a staffing calculation assumes.
public enum QueueModel: Sendable, Equatable {
    /// Erlang C: M/M/n, nobody abandons.
    case erlangC
    /// Erlang A: M/M/n+M with exponential patience of the given mean (seconds).
    case erlangA(patience: Double)
}

/// What a staffing must achieve; every target that is set must hold at once.
public struct StaffingTargets: Sendable, Equatable {
    /// X% answered within T; for Erlang A, over ALL arrivals (abandoners count as failures).
    public var serviceLevel: ServiceLevelTarget?
    /// Upper bound on the average speed of answer, seconds.
    public var maxASA: Double?
    /// Upper bound on the share of arrivals that abandon (Erlang A only).
    public var maxAbandon: Double?
    /// Upper bound on agent occupancy, in (0, 1].
    public var maxOccupancy: Double?

    public init(serviceLevel: ServiceLevelTarget? = nil, maxASA: Double? = nil,
                maxAbandon: Double? = nil, maxOccupancy: Double? = nil) {
        self.serviceLevel = serviceLevel
        self.maxASA = maxASA
        self.maxAbandon = maxAbandon
        self.maxOccupancy = maxOccupancy
    }

    /// True when `metrics` meets every target that is set.
    public func areMet(by metrics: QueueMetrics) -> Bool {
        if let sl = serviceLevel, metrics.serviceLevel < sl.fraction { return false }
        if let asa = maxASA, metrics.asa > asa { return false }
        if let ab = maxAbandon, metrics.pAbandon > ab { return false }
        if let occ = maxOccupancy, metrics.occupancy > occ { return false }
        return true
    }

    /// The answer-time threshold metrics are evaluated at (the service-level threshold, or 0).
    public var threshold: Double { serviceLevel?.threshold ?? 0 }

    func validate(for model: QueueModel) throws {
        if serviceLevel == nil && maxASA == nil && maxAbandon == nil && maxOccupancy == nil {
            throw QueueingError.invalidParameter(name: "targets", value: 0,
                reason: "give at least one of a service level, a maximum ASA, a maximum abandonment or a maximum occupancy")
        }
        if let sl = serviceLevel {
            try requirePositive(sl.fraction, "service level share")
            guard sl.fraction < 1 else {
                throw QueueingError.invalidParameter(name: "service level share", value: sl.fraction,
                    reason: "must be below 100%: no finite staffing answers every contact within a time limit")
            }
            try requireNonNegative(sl.threshold, "service level time")
        }
        if let asa = maxASA { try requirePositive(asa, "maximum ASA") }
        if let ab = maxAbandon {
            try requirePositive(ab, "maximum abandonment")
            guard ab < 1 else {
                throw QueueingError.invalidParameter(name: "maximum abandonment", value: ab, reason: "must be below 100%")
            }
            if model == .erlangC {
                throw QueueingError.invalidParameter(name: "maximum abandonment", value: ab,
                    reason: "needs a model with abandonment (Erlang A: give a patience)")
            }
        }
        if let occ = maxOccupancy {
            try requirePositive(occ, "maximum occupancy")
            guard occ <= 1 else {
                throw QueueingError.invalidParameter(name: "maximum occupancy", value: occ, reason: "must be at most 100%")
            }
        }
    }
}

/// The least staffing that meets a set of targets, with the metrics it gives.
public struct StaffingRequirement: Sendable, Equatable {
    /// The least whole number of agents meeting every target.
    public var agents: Int
    /// Metrics with `agents` agents.
    public var metrics: QueueMetrics
    /// The continuous requirement (least real agent count meeting every target), when asked for.
    public var fractionalAgents: Double?
    /// Agents to schedule so that `agents` are available after shrinkage, when a shrinkage is given.
    public var scheduledAgents: Int?
}

/// Finds the least number of agents that meets staffing targets.
///
/// Erlang C: an upward scan from the stability bound `floor(A) + 1` (or the occupancy bound)
/// that carries one Erlang B recursion along, so each candidate costs O(1).
/// Erlang A: the metrics are monotone in n, so a doubling-then-bisection search on n, each
/// candidate costing one Erlang B evaluation from a damped start (O(sqrt A)) plus quadratures.
/// The fractional requirement is found by bisection on the real agent count in (n - 1, n].
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
        if let s = shrinkage {
            try requireNonNegative(s, "shrinkage")
            guard s < 1 else {
                throw QueueingError.invalidParameter(name: "shrinkage", value: s, reason: "must be below 100%")
            }
        }
        let (agents, metrics): (Int, QueueMetrics)
        switch model {
        case .erlangC: (agents, metrics) = try solveErlangC(load: load, aht: aht, targets: targets)
        case let .erlangA(patience): (agents, metrics) = try solveErlangA(load: load, aht: aht, patience: patience, targets: targets)
        }
        var requirement = StaffingRequirement(agents: agents, metrics: metrics)
        if fractional {
            requirement.fractionalAgents = try fractionalRequirement(
                below: agents, load: load, aht: aht, model: model, targets: targets)
        }
        if let s = shrinkage {
            requirement.scheduledAgents = Int((Double(agents) / (1 - s) - 1e-9).rounded(.up))
        }
        return requirement
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

    static func solveErlangC(load: Double, aht: Double, targets: StaffingTargets) throws -> (Int, QueueMetrics) {
        var start = Int(load.rounded(.down)) + 1
        if let occ = targets.maxOccupancy { start = max(start, Int((load / occ).rounded(.up))) }
        let limit = searchLimit(load: load)
        var recursion = try ErlangBRecursion(load: load, towards: Double(start))
        recursion.advance(to: Double(start))
        while true {
            let m = ErlangC.metrics(recursion, aht: aht, target: targets.threshold)
            if targets.areMet(by: m) { return (Int(recursion.agents), m) }
            if recursion.agents >= Double(limit) {
                throw QueueingError.targetUnreachable("the staffing targets", limit: limit)
            }
            recursion.advance()
        }
    }

    static func solveErlangA(load: Double, aht: Double, patience: Double,
                             targets: StaffingTargets) throws -> (Int, QueueMetrics) {
        func evaluate(_ n: Int) throws -> QueueMetrics {
            try ErlangA.metrics(agents: Double(n), load: load, aht: aht, patience: patience, target: targets.threshold)
        }
        let limit = searchLimit(load: load)
        var high = max(1, Int(load.rounded(.up)))
        var highMetrics = try evaluate(high)
        var low = 0   // 0 agents never meets a target
        while !targets.areMet(by: highMetrics) {
            low = high
            guard high < limit else { throw QueueingError.targetUnreachable("the staffing targets", limit: limit) }
            high = min(limit, high * 2)
            highMetrics = try evaluate(high)
        }
        while high - low > 1 {
            let mid = (low + high) / 2
            let m = try evaluate(mid)
            if targets.areMet(by: m) { high = mid; highMetrics = m } else { low = mid }
        }
        return (high, highMetrics)
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
